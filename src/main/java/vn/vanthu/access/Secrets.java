package vn.vanthu.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random secrets (tokens, session ids, CSRF tokens) and the hashes kept in their place. */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes in URL-safe base64 without padding: 43 characters. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Secrets() {
    }

    /** 32 random bytes, URL-safe base64 without padding. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be a secret made by {@link #random()}: garbage is refused without a lookup. */
    static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares in constant time, so a guess's timing does not tell how much of it was right. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
