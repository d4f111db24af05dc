package vn.vanthu.text;

import java.util.Locale;

/**
 * Brings back the capitals of text typed in the upper-case TCVN3 fonts (.VnTimeH): those fonts
 * draw capitals at the lower-case byte positions, so a heading "QUYẾT ĐỊNH" decodes to
 * "QUYếT ĐịNH". Without the font runs we go by the surrounding letters: a word with at least
 * two capitals, a decoded lower-case letter and no lower-case ASCII letter ("ĐịNH") is upper
 * case; so is a whole line with no lower-case ASCII letter once it holds such a word or two
 * words of capital letters only ("Uỷ BAN NHÂN DÂN"). "Để" and "Số: 15/2010/QĐ-UBND" (one
 * capital before the decoded letter, and a number) stay as they are.
 */
final class Tcvn3Capitals {

    private static final int MIN_LETTERS_FOR_CAPS_LINE = 4;

    private Tcvn3Capitals() {
    }

    /** @param original the mojibake line, @param decoded its TCVN3 repair (same length). */
    static String restore(String original, String decoded) {
        if (original.length() != decoded.length()) {
            return decoded;
        }
        int asciiUpper = 0;
        int asciiLower = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                asciiUpper++;
            } else if (c >= 'a' && c <= 'z') {
                asciiLower++;
            }
        }
        boolean capsLine = asciiLower == 0 && asciiUpper >= MIN_LETTERS_FOR_CAPS_LINE;
        int capitalOnlyWords = 0;
        StringBuilder sb = new StringBuilder(decoded);
        boolean anyCapitalWord = false;
        int i = 0;
        while (i < decoded.length()) {
            while (i < decoded.length() && Character.isWhitespace(decoded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < decoded.length() && !Character.isWhitespace(decoded.charAt(i))) {
                i++;
            }
            if (isLettersInCapitals(decoded, start, i)) {
                capitalOnlyWords++;
            }
            if (isCapitalWord(original, decoded, start, i)) {
                sb.replace(start, i, decoded.substring(start, i).toUpperCase(Locale.ROOT));
                anyCapitalWord = true;
            }
        }
        return capsLine && (anyCapitalWord || capitalOnlyWords >= 2) ? decoded.toUpperCase(Locale.ROOT) : sb.toString();
    }

    private static boolean isLettersInCapitals(String decoded, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = decoded.charAt(i);
            if (!Character.isUpperCase(c)) {
                if (Character.isLetterOrDigit(c) || i < end - 1) {
                    return false; // a lower-case letter, a digit, or punctuation inside ("15/KH")
                }
            } else {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isCapitalWord(String original, String decoded, int start, int end) {
        int capitals = 0;
        boolean lowerAscii = false;
        boolean decodedLower = false;
        for (int i = start; i < end; i++) {
            char o = original.charAt(i);
            char d = decoded.charAt(i);
            if (o >= 'a' && o <= 'z') {
                lowerAscii = true;
            } else if (Character.isUpperCase(d)) {
                capitals++;
            } else if (Character.isLowerCase(d)) {
                decodedLower = true;
            }
        }
        return !lowerAscii && decodedLower && capitals >= 2;
    }
}
