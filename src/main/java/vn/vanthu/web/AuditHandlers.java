package vn.vanthu.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.access.AuditLog;
import vn.vanthu.catalog.AuditEntry;
import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditPage;

/** {@code GET /api/audit}: the audit log of writes, newest first, for admins. */
final class AuditHandlers {
    private static final int MAX_SIZE = 500;

    private final Archive archive;
    private final StaffToken staff;

    AuditHandlers(Archive archive, StaffToken staff) {
        this.archive = archive;
        this.staff = staff;
    }

    record Entry(long id, Instant at, String actor, String role, String action, Optional<Long> documentId, String detail) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id(), e.at(), e.actor(), e.role(), e.action(), e.documentId(), e.detail());
        }
    }

    record Answer(int total, int page, int size, List<Entry> entries) {
    }

    void list(Context ctx) {
        staff.requireAdmin(ctx, "reading the audit log");
        Optional<Instant> from = instant(ctx, "from", false);
        Optional<Instant> to = instant(ctx, "to", true);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw ApiError.badRequest("'from' must come before 'to'");
        }
        Optional<String> actor = Params.text(ctx, "actor");
        int page = Params.integer(ctx, "page", 1, 1, 100_000);
        int size = Params.integer(ctx, "size", 50, 1, MAX_SIZE);
        AuditPage found = archive.auditLog(new AuditFilter(from, to, actor, (page - 1) * size, size));
        ctx.json(new Answer(found.total(), page, size, found.entries().stream().map(Entry::of).toList()));
    }

    private static Optional<Instant> instant(Context ctx, String name, boolean upper) {
        return Params.text(ctx, name).map(v -> {
            try {
                return AuditLog.bound(v, upper);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("'" + name + "' must be " + e.getMessage() + ", got '" + Params.abbreviate(v) + "'");
            }
        });
    }
}
