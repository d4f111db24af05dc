package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** Staff bearer tokens, kept only as SHA-256 hashes (migration V2). */
public final class StaffTokenStore {
    private final Catalog catalog;

    public StaffTokenStore(Catalog catalog) {
        this.catalog = catalog;
    }

    public boolean contains(String tokenSha256) {
        return catalog.withConnection("check a staff token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM staff_tokens WHERE token_sha256 = ?")) {
                ps.setString(1, tokenSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The label of a known token, empty for an unknown one. */
    public java.util.Optional<String> labelOf(String tokenSha256) {
        return catalog.withConnection("read a staff token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT label FROM staff_tokens WHERE token_sha256 = ?")) {
                ps.setString(1, tokenSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    public void add(String tokenSha256, String label) {
        catalog.withConnection("add a staff token", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO staff_tokens (token_sha256, label, created_at) VALUES (?,?,?)")) {
                ps.setString(1, tokenSha256);
                ps.setString(2, label);
                ps.setString(3, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }
}
