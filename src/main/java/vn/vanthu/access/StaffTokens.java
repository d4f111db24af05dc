package vn.vanthu.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import vn.vanthu.catalog.StaffTokenStore;

/**
 * Who may change the archive (upload): a bearer token whose SHA-256 is in the catalog, or the
 * token in {@code VANTHU_STAFF_TOKEN}. The one place this decision is made, so a real account
 * system can replace it.
 */
public final class StaffTokens {
    private final StaffTokenStore store;
    private final Optional<byte[]> environmentToken;

    public StaffTokens(StaffTokenStore store, String environmentToken) {
        this.store = store;
        this.environmentToken = Optional.ofNullable(environmentToken).filter(t -> !t.isBlank())
                .map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    public boolean accepts(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        byte[] given = token.strip().getBytes(StandardCharsets.UTF_8);
        if (environmentToken.isPresent() && MessageDigest.isEqual(environmentToken.get(), given)) {
            return true;
        }
        return store.contains(sha256(given));
    }

    /** The role a bearer token gives: staff for a known token, anonymous otherwise. */
    public Role roleOf(String token) {
        return callerOf(token).role();
    }

    /** Who a bearer token is: staff named by the token's label, or an anonymous visitor. */
    public Caller callerOf(String token) {
        if (token == null || token.isBlank()) {
            return Caller.ANONYMOUS;
        }
        byte[] given = token.strip().getBytes(StandardCharsets.UTF_8);
        if (environmentToken.isPresent() && MessageDigest.isEqual(environmentToken.get(), given)) {
            return new Caller(Role.STAFF, "VANTHU_STAFF_TOKEN");
        }
        return store.labelOf(sha256(given))
                .map(label -> new Caller(Role.STAFF, label.isBlank() ? "nhân viên" : label))
                .orElse(Caller.ANONYMOUS);
    }

    /** Remembers a token (only its hash is stored). */
    public void add(String token, String label) {
        store.add(sha256(token.strip().getBytes(StandardCharsets.UTF_8)), label);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
