package vn.vanthu.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding for matching words whatever their case, tone-mark placement ("hòa"/"hoà") or
 * diacritics: lower case, marks dropped, đ to d. Only for comparing; text is never stored folded.
 * Length-preserving on NFC input, so offsets in folded text are offsets in the original.
 */
final class Fold {
    private Fold() {
    }

    static String fold(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(foldChar(s.charAt(i)));
        }
        return sb.toString();
    }

    // Latin letters with their Vietnamese marks lie below U+2000: folded once here rather than
    // normalised again for every character of every header line.
    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    static char foldChar(char c) {
        return c < TABLE.length ? TABLE[c] : compute(c);
    }

    private static char compute(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
            return 'd';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.isLetter(base) ? Character.toLowerCase(base) : Character.toLowerCase(c);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Upper-case letters only (digits, spaces and punctuation allowed): a header line in capitals. */
    static boolean isUpperLine(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
