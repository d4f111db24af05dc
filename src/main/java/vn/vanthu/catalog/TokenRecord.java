package vn.vanthu.catalog;

import java.time.Instant;
import java.util.Optional;

/** A bearer token as the catalog keeps it (never the token itself): role is "staff" or "admin". */
public record TokenRecord(long id, String role, String label, Instant createdAt, Optional<Instant> lastUsedAt,
                          Optional<Instant> revokedAt) {
    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
