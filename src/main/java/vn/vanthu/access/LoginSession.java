package vn.vanthu.access;

import java.time.Instant;

/** A page login in use: who it is (read again from its token on each request) and its CSRF token. */
public record LoginSession(Caller caller, String csrfToken, Instant idleExpiry) {
}
