package vn.vanthu.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.access.AccessControl;
import vn.vanthu.access.AuditLog;
import vn.vanthu.access.Caller;
import vn.vanthu.access.IssuedToken;
import vn.vanthu.access.Role;
import vn.vanthu.catalog.TokenRecord;

/**
 * {@code vanthu token create|list|revoke}: the bearer tokens of staff and admins. Works on the
 * catalog alone, so it can run while the server does; a revoked token stops working at once.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Create, list and revoke access tokens (staff: upload and correct; admin: also the audit log).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(AuditLog.OFFICE_ZONE);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static String shown(Optional<Instant> at) {
        return at.map(SHOWN::format).orElse("-");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Issue a new random token and print it (on stdout, once: only its hash is kept).")
    static final class Create implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--role", required = true, paramLabel = "staff|admin", description = "what the token may do")
        String role;

        @Option(names = "--label", required = true, paramLabel = "NAME",
                description = "who holds it: shown on the pages and written in the audit log")
        String label;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.ofToken(role).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--role must be staff or admin, got '" + role + "'"));
            try (AccessControl access = data.openAccess()) {
                IssuedToken t = access.createToken(r, label, Caller.commandLine());
                System.err.println("created token " + t.id() + " '" + t.label() + "' (" + r.key()
                        + "); it is shown only now, keep it safe:");
                System.out.println(t.token());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every token issued (never the tokens themselves): id, role, label, created, last used, revoked.")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            try (AccessControl access = data.openAccess()) {
                List<TokenRecord> all = access.allTokens();
                System.out.printf("%-5s %-6s %-30s %-17s %-17s %s%n", "id", "role", "label", "created", "last used", "revoked");
                for (TokenRecord t : all) {
                    System.out.printf("%-5d %-6s %-30s %-17s %-17s %s%n", t.id(), t.role(), t.label(),
                            shown(Optional.of(t.createdAt())), shown(t.lastUsedAt()), shown(t.revokedAt()));
                }
                System.out.println(all.size() + " tokens, " + all.stream().filter(t -> !t.revoked()).count() + " in use");
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a token by its id or label: it stops working at once, its page logins too.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "ID|LABEL", description = "the token's id or label (see `vanthu token list`)")
        String token;

        @Override
        public Integer call() {
            try (AccessControl access = data.openAccess()) {
                TokenRecord t = access.revokeToken(token, Caller.commandLine());
                System.out.println("revoked token " + t.id() + " '" + t.label() + "' (" + t.role() + ")");
                return 0;
            }
        }
    }
}
