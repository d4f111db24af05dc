package vn.vanthu.catalog;

import java.time.Instant;
import java.util.Optional;

/** One write recorded in the audit log: when, who (name and role), what, on which document. */
public record AuditEntry(long id, Instant at, String actor, String role, String action, Optional<Long> documentId,
                         String detail) {
}
