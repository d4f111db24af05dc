package vn.vanthu.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditPage;
import vn.vanthu.catalog.AuditStore;

/** The audit log of writes: who (a {@link Caller}) did what, to which document, and when. */
public final class AuditLog {
    private static final int MAX_DETAIL = 2000;
    /** Days without a time are days in Vietnam, where the archive's offices are. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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

    /**
     * A bound of a period of the log: a day (2026-11-27, Vietnam time; as an upper bound the whole
     * day is included) or an instant (2026-11-27T08:00:00Z).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Instant bound(String value, boolean upper) {
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                LocalDate day = LocalDate.parse(v);
                return (upper ? day.plusDays(1) : day).atStartOfDay(OFFICE_ZONE).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date like 2026-11-27 or an instant like 2026-11-27T08:00:00Z");
        }
    }
}
