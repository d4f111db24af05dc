package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;

/**
 * The staff check for edits, the same as for uploads: a bearer token the archive accepts
 * ({@code VANTHU_STAFF_TOKEN} or a token staff added), sent as {@code Authorization: Bearer TOKEN}.
 */
final class StaffToken {
    private final Archive archive;

    StaffToken(Archive archive) {
        this.archive = archive;
    }

    /** Throws a 401/403 {@link ApiError} unless the request carries a staff token. */
    void require(Context ctx) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (given.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "this needs a staff token: send 'Authorization: Bearer TOKEN'");
        }
        if (!archive.isStaffToken(given)) {
            throw new ApiError(403, "forbidden", "this token is not a staff token");
        }
    }
}
