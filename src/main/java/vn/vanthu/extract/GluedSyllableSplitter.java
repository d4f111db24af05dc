package vn.vanthu.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.vanthu.text.LegacySyllables;

/**
 * Splits syllables that PDF extraction glued together: "nhândân" → "nhân dân", "ngày03" →
 * "ngày 03", "03tháng" → "03 tháng".
 *
 * <p>A run of letters is split only when it carries a Vietnamese mark, is not a syllable
 * itself, and has exactly one reading as two or three well-formed syllables
 * ({@link LegacySyllables}): "hoàngan" (hoàng an / hoàn gan) stays as it is, and so do
 * names and loan words that no reading explains ("Đắk", "Microsoft"); one-letter syllables are
 * not read, so "triệ" (a torn "triệu") is not "tri ệ". Letters and digits are
 * parted only when the letters are a marked syllable, so codes such as "QH11", "A4" or "m2"
 * are left alone.
 */
public final class GluedSyllableSplitter {

    private static final int MAX_PARTS = 3;
    private static final int MAX_RUN = 21;
    private static final int MAX_CACHED = 100_000;
    private static final Map<String, String> SPLIT_CACHE = new ConcurrentHashMap<>();

    private GluedSyllableSplitter() {
    }

    /** The text with glued syllables parted by a space; the number of splits made is in {@link #count}. */
    public static String split(String text) {
        return apply(text).text();
    }

    /** How many places {@link #split} inserts a space. */
    public static int count(String text) {
        return apply(text).changes();
    }

    static TextCleaner.Step apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int changes = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isMark(text.charAt(i)))) {
                i++;
            }
            if (isAscii(text, start, i)) {
                // No Vietnamese mark, so nothing to split (most words of a text, and every code).
                out.append(text, start, i);
                continue;
            }
            String word = text.substring(start, i);
            String fixed = cachedSplit(word);
            if (!fixed.equals(word)) {
                changes += countSpaces(fixed) - countSpaces(word);
            }
            out.append(fixed);
        }
        return new TextCleaner.Step(out.toString(), changes);
    }

    private static boolean isAscii(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #splitWord}, remembered: a text repeats the same few thousand syllables, and reading
     * each again (normalising it twice) was half the cost of the repairs. Bounded; pure, so
     * sharing it between threads changes nothing.
     */
    private static String cachedSplit(String word) {
        if (word.length() > MAX_RUN) {
            return splitWord(word);
        }
        String fixed = SPLIT_CACHE.get(word);
        if (fixed == null) {
            fixed = splitWord(word);
            if (SPLIT_CACHE.size() < MAX_CACHED) {
                SPLIT_CACHE.put(word, fixed);
            }
        }
        return fixed;
    }

    /** One run of letters and digits. */
    static String splitWord(String word) {
        List<String> pieces = letterDigitPieces(word);
        StringBuilder sb = new StringBuilder(word.length() + 4);
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            boolean letters = Character.isLetter(piece.charAt(0));
            if (k > 0) {
                String prev = pieces.get(k - 1);
                String lettersSide = letters ? piece : prev;
                // "ngày03", "03tháng": a marked syllable against a number
                if (LegacySyllables.hasVietnameseMark(lettersSide) && lettersSide.length() >= 2
                    && LegacySyllables.isSyllable(lettersSide)) {
                    sb.append(' ');
                }
            }
            sb.append(letters ? splitLetters(piece) : piece);
        }
        return sb.toString();
    }

    private static String splitLetters(String run) {
        if (run.length() < 4 || run.length() > MAX_RUN || !LegacySyllables.hasVietnameseMark(run)
            || LegacySyllables.isSyllable(run)) {
            return run;
        }
        String nfc = Normalizer.normalize(run, Normalizer.Form.NFC);
        List<List<String>> readings = new ArrayList<>();
        segment(nfc, 0, new ArrayList<>(), readings);
        if (readings.size() != 1) {
            return run;
        }
        return String.join(" ", readings.get(0));
    }

    /** All ways to cut s[from..] into at most MAX_PARTS syllables (stops early past two). */
    private static void segment(String s, int from, List<String> parts, List<List<String>> readings) {
        if (readings.size() > 1) {
            return;
        }
        if (from == s.length()) {
            if (parts.size() >= 2) {
                readings.add(new ArrayList<>(parts));
            }
            return;
        }
        if (parts.size() == MAX_PARTS) {
            return;
        }
        for (int end = from + 1; end <= s.length() && end - from <= 7; end++) {
            String part = s.substring(from, end);
            // a one-letter syllable (ệ, ê, ở) is more often a glyph torn off by the PDF than a word
            if (part.length() >= 2 && LegacySyllables.isSyllable(part) && !breaksCase(part, from)) {
                parts.add(part);
                segment(s, end, parts, readings);
                parts.remove(parts.size() - 1);
            }
        }
    }

    /** A capital inside a glued run starts a part: "TổngCục" may split before C, not elsewhere. */
    private static boolean breaksCase(String part, int from) {
        for (int i = 1; i < part.length(); i++) {
            if (Character.isUpperCase(part.charAt(i)) && Character.isLowerCase(part.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> letterDigitPieces(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || isDigitChar(word.charAt(i)) != isDigitChar(word.charAt(i - 1))
                && !isMark(word.charAt(i))) {
                pieces.add(word.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    private static boolean isDigitChar(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int countSpaces(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                k++;
            }
        }
        return k;
    }
}
