package vn.vanthu.catalog;

import java.time.Instant;

/** A page login as the catalog keeps it: the hash of the token it was made with, its CSRF token, its times. */
public record LoginSessionRecord(String tokenSha256, String csrfToken, Instant createdAt, Instant lastSeenAt) {
}
