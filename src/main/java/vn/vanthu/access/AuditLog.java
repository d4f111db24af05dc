package vn.vanthu.access;

import java.time.Clock;
import java.util.Optional;

import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditPage;
import vn.vanthu.catalog.AuditStore;

/** The audit log of writes: who (a {@link Caller}) did what, to which document, and when. */
public final class AuditLog {
    private static final int MAX_DETAIL = 2000;

    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records a write; {@code documentId} may be null when the write concerns no one document. */
    public void record(Caller who, String action, Long documentId, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        String text = detail == null ? "" : detail.strip();
        if (text.length() > MAX_DETAIL) {
            text = text.substring(0, MAX_DETAIL) + "…";
        }
        store.record(clock.instant(), who.name(), who.role().key(), action.strip(), Optional.ofNullable(documentId), text);
    }

    public AuditPage find(AuditFilter filter) {
        return store.find(filter);
    }
}
