package vn.vanthu.cli;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanthu.access.AccessControl;
import vn.vanthu.access.AuditLog;
import vn.vanthu.catalog.AuditEntry;
import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditPage;

/** {@code vanthu audit}: the audit log of writes, newest first. Reads the catalog alone (safe while serving). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit log of writes (uploads, corrections, tokens), newest first.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--from", paramLabel = "DATE", description = "from this day (2026-11-27, Vietnam time) or instant")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this day, included, or instant")
    String to;

    @Option(names = "--actor", paramLabel = "NAME", description = "only this actor (a token's label, cli:USER, …)")
    String actor;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "entries to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--page", paramLabel = "P", defaultValue = "1", description = "page of --limit entries (default: 1)")
    int page;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 10_000 || page < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit is 1 to 10000 and --page at least 1");
        }
        Optional<Instant> start = bound("--from", from, false);
        Optional<Instant> end = bound("--to", to, true);
        try (AccessControl access = data.openAccess()) {
            AuditPage found = access.audit().find(new AuditFilter(start, end,
                    Optional.ofNullable(actor).filter(a -> !a.isBlank()), (page - 1) * limit, limit));
            for (AuditEntry e : found.entries()) {
                System.out.printf("%s  %s (%s)  %s  %s  %s%n", TokenCommand.shown(Optional.of(e.at())), e.actor(), e.role(),
                        e.action(), e.documentId().map(id -> "#" + id).orElse("-"), e.detail());
            }
            System.out.println(found.entries().size() + " of " + found.total() + " entries");
            return 0;
        }
    }

    private Optional<Instant> bound(String option, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AuditLog.bound(value, upper));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be " + e.getMessage());
        }
    }
}
