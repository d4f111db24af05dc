package vn.vanthu.web;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;

/**
 * The archive as a request's caller sees it: handlers read documents only through this, so the
 * caller's role (from {@link StaffToken}) reaches every read and no handler checks access itself.
 */
final class CallerViews {
    private final Archive archive;
    private final StaffToken staff;

    CallerViews(Archive archive) {
        this.archive = archive;
        this.staff = new StaffToken(archive);
    }

    ArchiveView of(Context ctx) {
        return archive.as(staff.caller(ctx));
    }
}
