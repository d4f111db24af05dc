package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;

/**
 * Who is calling: the one place a request's credentials are read. A bearer token
 * ({@code Authorization: Bearer TOKEN}, or {@code X-Staff-Token}) that the archive knows gives its
 * role; no token is an anonymous visitor. Writes need staff: missing or unknown tokens get a 401 JSON answer.
 */
final class StaffToken {
    private final Archive archive;

    StaffToken(Archive archive) {
        this.archive = archive;
    }

    /** The caller: anonymous without a token or with an unknown one. */
    Caller caller(Context ctx) {
        String given = token(ctx);
        return given.isEmpty() ? Caller.ANONYMOUS : archive.callerOf(given);
    }

    /** The caller's role. */
    Role role(Context ctx) {
        return caller(ctx).role();
    }

    /** Throws a 401 {@link ApiError} unless the request carries a staff token; {@code action} says what needs it. */
    void require(Context ctx, String action) {
        String given = token(ctx);
        if (given.isEmpty() || !archive.roleOf(given).canWrite()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", given.isEmpty()
                    ? action + " needs a staff token: send Authorization: Bearer TOKEN"
                    : "this token is not a staff token");
        }
    }

    private static String token(Context ctx) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        return auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                : Optional.ofNullable(ctx.header("X-Staff-Token")).orElse("").strip();
    }
}
