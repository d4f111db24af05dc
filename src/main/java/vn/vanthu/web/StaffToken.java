package vn.vanthu.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * The staff check for edits: the token in {@code VANTHU_STAFF_TOKEN} (or the system property
 * {@code vanthu.staffToken}), sent as {@code Authorization: Bearer TOKEN} or {@code X-Staff-Token}.
 * With no token configured, edits are refused: an archive served without one is read-only.
 * (Stand-in until the ingestion work's staff tokens reach main; the check is the one place to swap.)
 */
final class StaffToken {
    private final Optional<String> token;

    private StaffToken(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank());
    }

    static StaffToken fromEnvironment() {
        String env = System.getenv("VANTHU_STAFF_TOKEN");
        return new StaffToken(Optional.ofNullable(env != null && !env.isBlank() ? env : System.getProperty("vanthu.staffToken")));
    }

    /** Throws a 401/403 {@link ApiError} unless the request carries the staff token. */
    void require(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiError(403, "forbidden", "staff edits are disabled on this server (no VANTHU_STAFF_TOKEN is set)");
        }
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                : Optional.ofNullable(ctx.header("X-Staff-Token")).orElse("").strip();
        if (given.isEmpty()) {
            throw new ApiError(401, "unauthorized", "this needs a staff token: send 'Authorization: Bearer TOKEN'");
        }
        // Constant-time comparison, so the token cannot be guessed byte by byte from response times.
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "forbidden", "the staff token is not valid");
        }
    }
}
