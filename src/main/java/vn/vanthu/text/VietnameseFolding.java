package vn.vanthu.text;

import java.text.Normalizer;

/**
 * The accent-insensitive form of Vietnamese: lower case, no tone marks, no vowel marks, đ → d
 * ("Hội đồng" → "hoi dong"), which is what a query typed without an input method looks like.
 */
public final class VietnameseFolding {
    private VietnameseFolding() {
    }

    /** The folded text (also accepts NFD or unnormalised input). */
    public static String fold(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] out = new char[nfc.length()];
        int n = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a mark left over with no precomposed letter for it
            }
            out[n++] = VietnameseLetters.fold(c);
        }
        return new String(out, 0, n);
    }

    /**
     * The text as typed without an input method: marks removed and đ → d, but case kept
     * ("Hội đồng" → "Hoi dong").
     */
    public static String stripDiacritics(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return sb.toString();
    }

    /** Folds {@code buf[0..len)} in place, for already NFC text; returns the new length. */
    public static int fold(char[] buf, int len) {
        return fold(buf, 0, len);
    }

    /** Folds {@code buf[off..off+len)} in place, for already NFC text; returns the new length. */
    public static int fold(char[] buf, int off, int len) {
        int n = off;
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c >= '\u0300' && c < '\u0370') {
                continue;
            }
            buf[n++] = VietnameseLetters.fold(c);
        }
        return n - off;
    }

    /** Whether the text carries any Vietnamese diacritic (so a query was typed with them). */
    public static boolean hasDiacritics(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (VietnameseLetters.hasDiacritic(c) || (c >= '\u0300' && c < '\u0370')) {
                return true;
            }
        }
        return false;
    }
}
