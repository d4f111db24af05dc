package vn.vanthu.catalog;

import java.time.Instant;
import java.util.Optional;

/** Which audit entries to read: at or after {@code from}, before {@code to}, by one actor; a page of them. */
public record AuditFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> actor, int offset, int limit) {
    public AuditFilter {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1");
        }
    }
}
