package vn.vanthu.extract;

import java.util.regex.Pattern;
import vn.vanthu.text.LegacySyllables;

/**
 * Joins words that a line end cut at a hyphen.
 *
 * <ul>
 *   <li>Codes and ranges keep their hyphen: "40/KH-⏎HĐND" → "40/KH-HĐND", "2016-⏎2021" →
 *       "2016-2021": the part before the hyphen is capitals or digits and so is the start of
 *       the next line.</li>
 *   <li>A syllable cut in two loses the hyphen: "nghi-⏎êng" → "nghiêng", only when a piece is no
 *       syllable and the whole is one.</li>
 * </ul>
 * Anything else ("kinh tế -⏎xã hội", a hyphen after a space, words that are fine apart) stays.
 */
public final class HyphenationJoiner {

    /** What {@link #apply} joins (the reference for its scan; tests compare the two). */
    static final Pattern BREAK = Pattern.compile(
        "([\\p{L}\\p{M}\\d/.]*[\\p{L}\\p{M}\\d])-[ \\t]*\\r?\\n[ \\t]*([\\p{L}\\p{M}\\d]+)");

    private HyphenationJoiner() {
    }

    public static String join(String text) {
        return apply(text).text();
    }

    static TextCleaner.Step apply(String text) {
        if (text.indexOf('-') < 0) {
            return new TextCleaner.Step(text, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int changes = 0;
        int last = 0;
        int from = 0;
        // The matches of BREAK, found from each line-end hyphen rather than tried at every
        // position of the text (Matcher.find did that, a fifth of a long document's ingestion).
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
            if (h < from) {
                continue;
            }
            int[] match = matchAt(text, h, from);
            if (match == null) {
                continue;
            }
            String left = text.substring(match[0], h);
            String right = text.substring(match[1], match[2]);
            String joined = null;
            String leftSegment = left.substring(Math.max(left.lastIndexOf('/'), left.lastIndexOf('.')) + 1);
            if (isCodePart(leftSegment) && startsCodePart(right)) {
                joined = left + "-" + right;
            } else if (isLowerLetters(left) && isLowerLetters(right)
                && !(LegacySyllables.isSyllable(left) && LegacySyllables.isSyllable(right))
                && LegacySyllables.isSyllable(left + right)) {
                joined = left + right;
            }
            if (joined != null) {
                out.append(text, last, match[0]).append(joined);
                last = match[2];
                changes++;
            }
            from = match[2];
        }
        out.append(text, last, text.length());
        return new TextCleaner.Step(out.toString(), changes);
    }

    /**
     * The match of {@link #BREAK} whose hyphen is at {@code h}, not starting before {@code from}
     * (the end of the previous match), as {start of the left word, start and end of the right
     * word}; null when the hyphen does not end a line after a word.
     */
    static int[] matchAt(String text, int h, int from) {
        if (h == from || !isWordChar(text.codePointBefore(h))) {
            return null;
        }
        int start = h;
        while (start > from && isWordOrCodeChar(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        int i = skipBlanks(text, h + 1);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '\n') {
            return null;
        }
        int rightStart = skipBlanks(text, i + 1);
        int end = rightStart;
        while (end < text.length() && isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end == rightStart ? null : new int[]{start, rightStart, end};
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** [\p{L}\p{M}\d] of {@link #BREAK} (\d is ASCII digits there). */
    private static boolean isWordChar(int c) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    }

    private static boolean isWordOrCodeChar(int c) {
        return c == '/' || c == '.' || isWordChar(c);
    }

    /** "KH", "QĐ", "2016": capitals or digits only. */
    private static boolean isCodePart(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCodePart(String s) {
        int end = 0;
        while (end < s.length() && (Character.isUpperCase(s.charAt(end)) || Character.isDigit(s.charAt(end))
            || Character.getType(s.charAt(end)) == Character.NON_SPACING_MARK)) {
            end++;
        }
        // the whole first word is a code part ("HĐND", "2021"), not a capitalised word ("Hội")
        return end == s.length();
    }

    private static boolean isLowerLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLowerCase(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
