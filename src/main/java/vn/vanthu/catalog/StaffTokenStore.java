package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bearer tokens, kept only as SHA-256 hashes, each with a role and a label (migrations V2, V6). */
public final class StaffTokenStore {
    private static final String COLUMNS = "id, role, label, created_at, last_used_at, revoked_at";

    private final Catalog catalog;

    public StaffTokenStore(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The token with this hash, if it exists and is not revoked. */
    public Optional<TokenRecord> active(String tokenSha256) {
        return catalog.withConnection("check a token", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM staff_tokens WHERE token_sha256 = ? AND revoked_at IS NULL")) {
                ps.setString(1, tokenSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<TokenRecord>empty();
                }
            }
        });
    }

    /** Stores a new token's hash; returns its id. */
    public long add(String tokenSha256, String role, String label, Instant at) {
        return catalog.withConnection("add a token", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_tokens (token_sha256, role, label, created_at) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, tokenSha256);
                ps.setString(2, role);
                ps.setString(3, label);
                ps.setString(4, Timestamps.format(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Every token ever issued, revoked ones included, oldest first. */
    public List<TokenRecord> all() {
        return catalog.withConnection("list the tokens", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff_tokens ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<TokenRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    /** Marks a token revoked; false when there is no such token or it already was. */
    public boolean revoke(long id, Instant at) {
        return catalog.withConnection("revoke a token", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, Timestamps.format(at));
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Records that a token was used. */
    public void touch(long id, Instant at) {
        catalog.withConnection("note a token's use", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff_tokens SET last_used_at = ? WHERE id = ?")) {
                ps.setString(1, Timestamps.format(at));
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    private static TokenRecord row(ResultSet rs) throws SQLException {
        return new TokenRecord(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                Timestamps.parse(rs.getString(5)), Timestamps.parse(rs.getString(6)));
    }
}
