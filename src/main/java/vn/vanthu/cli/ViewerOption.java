package vn.vanthu.cli;

import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.Role;

/**
 * Whom a reading command answers as: the local operator is an administrator and sees every
 * document; {@code --as public} (or {@code staff}) shows what an anonymous visitor (or staff) sees.
 */
final class ViewerOption {
    @Option(names = "--as", paramLabel = "ROLE", defaultValue = "admin",
            description = "answer as: public (an anonymous visitor), staff, or admin (default: ${DEFAULT-VALUE})")
    String as;

    ArchiveView view(Archive archive) {
        return archive.as(role());
    }

    Role role() {
        return switch (as.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "public", "anonymous" -> Role.ANONYMOUS;
            case "staff" -> Role.STAFF;
            case "admin" -> Role.ADMIN;
            default -> throw new IllegalArgumentException("--as must be public, staff or admin, not '" + as + "'");
        };
    }
}
