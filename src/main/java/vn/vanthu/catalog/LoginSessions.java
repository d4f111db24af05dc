package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions of the pages (migration V6), keyed by the SHA-256 of the session id: the cookie
 * itself is never stored, so a copy of the catalog cannot be used to log in.
 */
public final class LoginSessions {
    private final Catalog catalog;

    public LoginSessions(Catalog catalog) {
        this.catalog = catalog;
    }

    public void add(String idSha256, String tokenSha256, String csrfToken, Instant at) {
        catalog.withConnection("start a login session", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_sessions "
                    + "(id_sha256, token_sha256, csrf_token, created_at, last_seen_at) VALUES (?,?,?,?,?)")) {
                ps.setString(1, idSha256);
                ps.setString(2, tokenSha256);
                ps.setString(3, csrfToken);
                ps.setString(4, Timestamps.format(at));
                ps.setString(5, Timestamps.format(at));
                return ps.executeUpdate();
            }
        });
    }

    public Optional<LoginSessionRecord> get(String idSha256) {
        return catalog.withConnection("read a login session", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token_sha256, csrf_token, created_at, last_seen_at "
                    + "FROM login_sessions WHERE id_sha256 = ?")) {
                ps.setString(1, idSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new LoginSessionRecord(rs.getString(1), rs.getString(2),
                                    Instant.parse(rs.getString(3)), Instant.parse(rs.getString(4))))
                            : Optional.<LoginSessionRecord>empty();
                }
            }
        });
    }

    public void touch(String idSha256, Instant at) {
        catalog.withConnection("note a login session's use", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE login_sessions SET last_seen_at = ? WHERE id_sha256 = ?")) {
                ps.setString(1, Timestamps.format(at));
                ps.setString(2, idSha256);
                return ps.executeUpdate();
            }
        });
    }

    public void remove(String idSha256) {
        catalog.withConnection("end a login session", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_sessions WHERE id_sha256 = ?")) {
                ps.setString(1, idSha256);
                return ps.executeUpdate();
            }
        });
    }

    /** Drops sessions idle since before {@code idleBefore} or started before {@code startedBefore}; returns how many. */
    public int removeExpired(Instant idleBefore, Instant startedBefore) {
        return catalog.withConnection("drop expired login sessions", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM login_sessions WHERE last_seen_at < ? OR created_at < ?")) {
                ps.setString(1, Timestamps.format(idleBefore));
                ps.setString(2, Timestamps.format(startedBefore));
                return ps.executeUpdate();
            }
        });
    }
}
