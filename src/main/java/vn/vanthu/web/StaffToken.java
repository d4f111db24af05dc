package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.access.LoginSession;
import vn.vanthu.access.Role;

/**
 * Who is calling: the one place a request's credentials are read. A bearer token
 * ({@code Authorization: Bearer TOKEN}, or {@code X-Staff-Token}) that the archive knows gives its
 * role; without one, the page login cookie read by {@link PageSession} does; neither is an
 * anonymous visitor. A bearer token wins over the cookie (and needs no CSRF token: the browser
 * never sends it by itself). Writes need staff or admin, administration needs admin.
 */
final class StaffToken {
    private static final String CALLER = "vanthu.caller";

    private final Archive archive;

    StaffToken(Archive archive) {
        this.archive = archive;
    }

    /** The caller: anonymous without credentials or with an unknown or revoked token. Read once per request. */
    Caller caller(Context ctx) {
        Caller known = ctx.attribute(CALLER);
        if (known != null) {
            return known;
        }
        String given = token(ctx);
        Caller caller = !given.isEmpty() ? archive.callerOf(given)
                : PageSession.current(ctx).map(LoginSession::caller).orElse(Caller.ANONYMOUS);
        ctx.attribute(CALLER, caller);
        return caller;
    }

    /** The caller's role. */
    Role role(Context ctx) {
        return caller(ctx).role();
    }

    /**
     * Throws a 401 {@link ApiError} unless the request comes from staff or an admin (a token or a
     * login); {@code action} says what needs it. Returns the caller, for the audit log.
     */
    Caller require(Context ctx, String action) {
        Caller caller = caller(ctx);
        if (!caller.role().canWrite()) {
            throw unauthorized(ctx, action);
        }
        return caller;
    }

    /** Throws 401 without credentials, 403 for staff: {@code action} needs an admin token. Returns the caller. */
    Caller requireAdmin(Context ctx, String action) {
        Caller caller = require(ctx, action);
        if (!caller.role().isAdmin()) {
            throw new ApiError(403, "forbidden", action + " needs an admin token; this one is a "
                    + caller.role().key() + " token");
        }
        return caller;
    }

    private static ApiError unauthorized(Context ctx, String action) {
        ctx.header("WWW-Authenticate", "Bearer");
        return new ApiError(401, "unauthorized", hasBearer(ctx)
                ? "this token is not a staff token (unknown or revoked)"
                : action + " needs a staff token: send Authorization: Bearer TOKEN, or log in at /login");
    }

    /** Whether the request carries a bearer token (then the login cookie is not read). */
    static boolean hasBearer(Context ctx) {
        return !token(ctx).isEmpty();
    }

    private static String token(Context ctx) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        return auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                : Optional.ofNullable(ctx.header("X-Staff-Token")).orElse("").strip();
    }
}
