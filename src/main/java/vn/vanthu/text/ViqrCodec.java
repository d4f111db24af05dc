package vn.vanthu.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * VIQR (RFC 1456): Vietnamese in plain ASCII, each mark written after its vowel: breve "(",
 * circumflex "^", horn "+", acute "'", grave "`", hook "?", tilde "~", dot below ".", and "dd"
 * for đ; "\" escapes a mark character that is meant literally.
 *
 * <p>The tone characters are also ordinary punctuation, so {@link #decode} reads a "." or "?"
 * that ends a word as punctuation when a capital, a line end or the end of the text follows
 * (the end of a sentence); within a word, and before lower-case text, it is a mark. Callers
 * decide first that the text is VIQR at all (see {@link LegacyEncodingDetector}).
 */
public final class ViqrCodec {

    private static final Map<Character, String> SHAPES = Map.of('(', "\u0306", '^', "\u0302", '+', "\u031B", '*', "\u031B");
    private static final Map<Character, String> TONES = Map.of(
        '\'', "\u0301", '`', "\u0300", '?', "\u0309", '~', "\u0303", '.', "\u0323");

    private ViqrCodec() {
    }

    /** "To^i ddi ho.c" → "Tôi đi học". */
    public static String decode(String viqr) {
        StringBuilder sb = new StringBuilder(viqr.length());
        int n = viqr.length();
        for (int i = 0; i < n; i++) {
            char c = viqr.charAt(i);
            if (c == '\\' && i + 1 < n && isMarkChar(viqr.charAt(i + 1))) {
                sb.append(viqr.charAt(++i));
                continue;
            }
            if ((c == 'd' || c == 'D') && i + 1 < n && (viqr.charAt(i + 1) == 'd' || viqr.charAt(i + 1) == 'D')
                && (i == 0 || !Character.isLetter(viqr.charAt(i - 1))
                    || (c == 'D' && Character.isUpperCase(viqr.charAt(i - 1)) && viqr.charAt(i + 1) == 'D'))) {
                sb.append(c == 'D' ? 'Đ' : 'đ');
                i++;
                continue;
            }
            sb.append(c);
            if (!isVowel(c)) {
                continue;
            }
            // shape mark (only where it makes a Vietnamese letter), then tone mark
            if (i + 1 < n) {
                char m = viqr.charAt(i + 1);
                String shape = SHAPES.get(m);
                if (shape != null && shapeFits(Character.toLowerCase(c), m)) {
                    sb.append(shape);
                    i++;
                }
            }
            if (i + 1 < n) {
                char m = viqr.charAt(i + 1);
                String tone = TONES.get(m);
                if (tone != null && !(isSentencePunctuation(m) && endsSentence(viqr, i + 2)
                    && !inCapitalWordBeforeCapital(viqr, i, i + 2))) {
                    sb.append(tone);
                    i++;
                }
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Unicode → VIQR, for making test files. */
    public static String encode(String unicode) {
        // canonical order puts the dot below before the circumflex; VIQR wants shape, then tone
        String nfd = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length() + 16);
        int i = 0;
        boolean toneFree = false; // the last letter was a vowel with no tone: a mark character would attach
        while (i < nfd.length()) {
            char c = nfd.charAt(i++);
            StringBuilder shape = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = nfd.charAt(i++);
                switch (m) {
                    case '\u0306' -> shape.append('(');
                    case '\u0302' -> shape.append('^');
                    case '\u031B' -> shape.append('+');
                    case '\u0301' -> tone.append('\'');
                    case '\u0300' -> tone.append('`');
                    case '\u0309' -> tone.append('?');
                    case '\u0303' -> tone.append('~');
                    case '\u0323' -> tone.append('.');
                    default -> tone.append(m);
                }
            }
            if (c == 'đ') {
                sb.append("dd");
            } else if (c == 'Đ') {
                sb.append("DD");
            } else {
                // a literal mark character after a vowel must be escaped
                if (isMarkChar(c) && toneFree) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append(shape).append(tone);
            toneFree = isVowel(c) && tone.length() == 0;
        }
        return sb.toString();
    }

    private static boolean shapeFits(char vowel, char mark) {
        return switch (mark) {
            case '(' -> vowel == 'a';
            case '^' -> vowel == 'a' || vowel == 'e' || vowel == 'o';
            default -> vowel == 'o' || vowel == 'u';
        };
    }

    private static boolean isSentencePunctuation(char m) {
        return m == '.' || m == '?';
    }

    /** True at the end of the text or a line, or where a space and a capital follow. */
    private static boolean endsSentence(String s, int from) {
        int i = from;
        if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
            return true;
        }
        if (!Character.isWhitespace(s.charAt(i)) && Character.isLetterOrDigit(s.charAt(i))) {
            return false;
        }
        if (",;:".indexOf(s.charAt(i)) >= 0) {
            return false; // "uy?;" – no sentence ends just before a comma
        }
        if (!Character.isWhitespace(s.charAt(i))) {
            return true; // more punctuation: "ho.c?)"
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i >= s.length() || !Character.isLowerCase(s.charAt(i));
    }

    /**
     * In an all-capitals heading, "CHU? NGHI~A", a mark between two capital words is a tone,
     * not the end of a sentence.
     */
    private static boolean inCapitalWordBeforeCapital(String s, int vowelAt, int after) {
        int start = vowelAt;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        int letters = 0;
        for (int k = start; k <= vowelAt; k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        int j = after;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return letters >= 2 && j > after && j + 1 < s.length()
            && Character.isUpperCase(s.charAt(j)) && Character.isUpperCase(s.charAt(j + 1));
    }

    private static boolean isVowel(char c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0;
    }

    private static boolean isMarkChar(char c) {
        return "(^+*'`?~.".indexOf(c) >= 0;
    }
}
