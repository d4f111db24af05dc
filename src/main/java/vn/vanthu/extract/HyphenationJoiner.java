package vn.vanthu.extract;

import java.util.regex.Matcher;
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

    private static final Pattern BREAK = Pattern.compile(
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
        Matcher m = BREAK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int changes = 0;
        int last = 0;
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
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
                out.append(text, last, m.start()).append(joined);
                last = m.end();
                changes++;
            }
        }
        out.append(text, last, text.length());
        return new TextCleaner.Step(out.toString(), changes);
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
