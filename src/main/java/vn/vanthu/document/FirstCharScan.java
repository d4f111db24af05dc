package vn.vanthu.document;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find(int)} for patterns that open with a lookbehind: the regex engine would run
 * the lookbehind (a Unicode letter test) at every position of the text, which made the scans for
 * dates and numbers the costliest step of indexing a document. Here the pattern is tried only where
 * its first character can start a match; transparent bounds let the lookbehind still see the text
 * before that position, so the matches are exactly find()'s.
 */
final class FirstCharScan {
    static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';

    private FirstCharScan() {
    }

    /** Finds the first match starting at or after {@code from}; the matcher then holds it. */
    static boolean find(Matcher m, CharSequence text, int from, IntPredicate first) {
        m.useTransparentBounds(true);
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (first.test(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
