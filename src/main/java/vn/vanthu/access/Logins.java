package vn.vanthu.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.vanthu.catalog.LoginSessionRecord;
import vn.vanthu.catalog.LoginSessions;

/**
 * Page logins: a token pasted once becomes a server-side session whose random id travels as a
 * cookie. Sessions live in the catalog (only the id's hash), so they survive a restart and a
 * token revoked by `vanthu token revoke` in another process ends them at once: each request
 * asks {@link StaffTokens} again who the session's token is.
 */
public final class Logins {
    /** A session unused this long ends: a working day with a lunch break. */
    public static final Duration IDLE = Duration.ofHours(8);
    /** Even a session in constant use ends after this, so a stolen cookie does not live for ever. */
    public static final Duration MAX_AGE = Duration.ofDays(7);
    /** Last use is written at most this often, so reading pages does not write on every request. */
    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final LoginSessions store;
    private final StaffTokens tokens;
    private final Clock clock;

    public Logins(LoginSessions store, StaffTokens tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Logs in with a token; empty when the token is unknown or revoked. */
    public Optional<NewLogin> login(String token) {
        Caller caller = tokens.callerOf(token);
        if (!caller.role().canWrite()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        store.removeExpired(now.minus(IDLE), now.minus(MAX_AGE)); // old sessions go when new ones come
        String id = Secrets.random();
        String csrf = Secrets.random();
        store.add(Secrets.sha256(id), StaffTokens.hashOf(token), csrf, now);
        return Optional.of(new NewLogin(id, new LoginSession(caller, csrf, now.plus(IDLE))));
    }

    /** The session a cookie names, if it is current and its token still valid. */
    public Optional<LoginSession> session(String sessionId) {
        if (!Secrets.wellFormed(sessionId)) {
            return Optional.empty();
        }
        String key = Secrets.sha256(sessionId);
        Optional<LoginSessionRecord> found = store.get(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoginSessionRecord s = found.get();
        Instant now = clock.instant();
        Caller caller = tokens.callerOfHash(s.tokenSha256());
        if (!now.isBefore(s.lastSeenAt().plus(IDLE)) || !now.isBefore(s.createdAt().plus(MAX_AGE))
                || !caller.role().canWrite()) {
            store.remove(key);
            return Optional.empty();
        }
        Instant seen = s.lastSeenAt();
        if (Duration.between(seen, now).compareTo(SEEN_RESOLUTION) >= 0) {
            store.touch(key, now);
            seen = now;
        }
        Instant expiry = seen.plus(IDLE);
        Instant hardEnd = s.createdAt().plus(MAX_AGE);
        return Optional.of(new LoginSession(caller, s.csrfToken(), expiry.isBefore(hardEnd) ? expiry : hardEnd));
    }

    /** Ends the session a cookie names (nothing happens for an unknown one). */
    public void logout(String sessionId) {
        if (Secrets.wellFormed(sessionId)) {
            store.remove(Secrets.sha256(sessionId));
        }
    }
}
