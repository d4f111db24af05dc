package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;

/**
 * The one staff check for every write: a bearer token ({@code Authorization: Bearer TOKEN}, or
 * {@code X-Staff-Token}) that the archive knows (hashes in the catalog, or {@code VANTHU_STAFF_TOKEN}).
 * Missing or unknown tokens get a 401 JSON answer.
 */
final class StaffToken {
    private final Archive archive;

    StaffToken(Archive archive) {
        this.archive = archive;
    }

    /** Throws a 401 {@link ApiError} unless the request carries a staff token; {@code action} says what needs it. */
    void require(Context ctx, String action) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                : Optional.ofNullable(ctx.header("X-Staff-Token")).orElse("").strip();
        if (given.isEmpty() || !archive.isStaffToken(given)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", given.isEmpty()
                    ? action + " needs a staff token: send Authorization: Bearer TOKEN"
                    : "this token is not a staff token");
        }
    }
}
