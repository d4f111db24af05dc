package vn.vanthu.document;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find(int)} for patterns that open with a lookbehind or an alternation of words:
 * the regex engine would try the pattern (a Unicode letter test, then every alternative) at every
 * position of the text, which made the scans for dates, numbers, citations and header lines the
 * costliest step of reading and indexing a document. Here the pattern is tried only where its first
 * character can start a match; transparent bounds let a lookbehind still see the text before that
 * position, so the matches are exactly find()'s.
 *
 * <p>The first-character tests must accept every character a match can start with: for a
 * case-insensitive pattern ({@code (?iu)}) build them with {@link #anyOfIgnoringCase}, which
 * compares characters the way {@link java.util.regex.Pattern} does under {@code UNICODE_CASE}.
 */
public final class FirstCharScan {
    public static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';

    private FirstCharScan() {
    }

    /** Finds the first match starting at or after {@code from}; the matcher then holds it. */
    public static boolean find(Matcher m, CharSequence text, int from, IntPredicate first) {
        return find(m, text, from, text.length(), first);
    }

    /**
     * Finds the first match starting at or after {@code from} and ending at or before {@code to},
     * as find() does in the region [from, to) with transparent bounds; the matcher then holds it.
     */
    public static boolean find(Matcher m, CharSequence text, int from, int to, IntPredicate first) {
        m.useTransparentBounds(true);
        for (int i = Math.max(0, from); i < to; i++) {
            if (first.test(text.charAt(i)) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a pattern that opens with {@code (?:^|\n)} (a line's first words): the first match in
     * [0, to), tried only at the text's start and at its line breaks, where such a match can start.
     * Anchoring bounds are off, so {@code ^} holds only at the text's start, as with find().
     */
    public static boolean findAtLineStart(Matcher m, CharSequence text, int to) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < to; i = next(text, i, to)) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int next(CharSequence text, int i, int to) {
        for (int j = i + 1; j < to; j++) {
            if (text.charAt(j) == '\n') {
                return j;
            }
        }
        return to;
    }

    /** Exactly these characters (a case-sensitive pattern's possible first characters). */
    public static IntPredicate anyOf(String chars) {
        return c -> chars.indexOf(c) >= 0;
    }

    /**
     * The characters that match one of these under {@code (?iu)}: java.util.regex compares the
     * lower case of the upper case of both characters.
     */
    public static IntPredicate anyOfIgnoringCase(String chars) {
        StringBuilder keys = new StringBuilder();
        chars.chars().forEach(c -> keys.append((char) key(c)));
        String k = keys.toString();
        return c -> k.indexOf(key(c)) >= 0;
    }

    private static int key(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
