package vn.vanthu.document;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find(int)} for patterns that open with a lookbehind or an alternation of words:
 * the regex engine would try the pattern (a Unicode letter test, then every alternative) at every
 * position of the text, which made the scans for dates, numbers, citations and header lines the
 * costliest step of reading and indexing a document. Here the pattern is tried only where a match
 * can start (a {@link Start}: its possible first characters, optionally its second ones and the
 * characters its lookbehind rules out before it); transparent bounds let a lookbehind still see the
 * text before that position, so the matches are exactly find()'s.
 */
public final class FirstCharScan {
    public static final Start DIGIT = Start.anyOf("0123456789");

    private FirstCharScan() {
    }

    /** Finds the first match starting at or after {@code from}; the matcher then holds it. */
    public static boolean find(Matcher m, CharSequence text, int from, Start start) {
        return find(m, text, from, text.length(), start);
    }

    /**
     * Finds the first match starting at or after {@code from} and ending at or before {@code to},
     * as find() does in the region [from, to) with transparent bounds; the matcher then holds it.
     */
    public static boolean find(Matcher m, CharSequence text, int from, int to, Start start) {
        m.useTransparentBounds(true);
        for (int i = Math.max(0, from); i < to; i++) {
            if (start.first[text.charAt(i)] && start.rest(text, i, to) && m.region(i, to).lookingAt()) {
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
        for (int i = 0; i < to; i = nextLineBreak(text, i, to)) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int nextLineBreak(CharSequence text, int i, int to) {
        for (int j = i + 1; j < to; j++) {
            if (text.charAt(j) == '\n') {
                return j;
            }
        }
        return to;
    }

    /**
     * Where a pattern's match can start. Each test must accept every position a match can start
     * at: for a case-insensitive pattern ({@code (?iu)}) use the {@code IgnoringCase} forms, which
     * compare characters the way {@link java.util.regex.Pattern} does under {@code UNICODE_CASE};
     * {@link #notAfterLetter} only for a pattern whose every alternative opens with
     * {@code (?<!\p{L})} or a lookbehind that rules out more.
     */
    public static final class Start {
        private final boolean[] first;
        private final boolean[] second;
        private final boolean[] third;
        private final boolean[] notAfter;
        private final Ahead ahead;

        private Start(boolean[] first, boolean[] second, boolean[] notAfter) {
            this(first, second, null, notAfter, null);
        }

        private Start(boolean[] first, boolean[] second, boolean[] third, boolean[] notAfter, Ahead ahead) {
            this.first = first;
            this.second = second;
            this.third = third;
            this.notAfter = notAfter;
            this.ahead = ahead;
        }

        /**
         * ... and {@code ahead} holds at the position: a test of the text after it that every match
         * starting there passes (it must never refuse a position the pattern matches at), tried
         * after the character tests and before the pattern.
         */
        public Start thenAhead(Ahead ahead) {
            return new Start(first, second, third, notAfter, ahead);
        }

        /** A match starts with one of these characters (a case-sensitive pattern). */
        public static Start anyOf(String chars) {
            return new Start(exactly(chars), null, null);
        }

        /** A match starts with a character that matches one of these under {@code (?iu)}. */
        public static Start anyOfIgnoringCase(String chars) {
            return new Start(ignoringCase(chars), null, null);
        }

        /** ... and goes on with one of these (case-sensitive). */
        public Start thenAnyOf(String chars) {
            return new Start(first, exactly(chars), null, notAfter, ahead);
        }

        /** ... and goes on with a character that matches one of these under {@code (?iu)}. */
        public Start thenAnyOfIgnoringCase(String chars) {
            return new Start(first, ignoringCase(chars), third, notAfter, ahead);
        }

        /**
         * ... and its third character matches one of these under {@code (?iu)} (after a second
         * character test: "ng" then "aà" for "ngày|ngay", which "người", "nghị"… do not pass).
         */
        public Start thirdAnyOfIgnoringCase(String chars) {
            if (second == null) {
                throw new IllegalStateException("a third character test needs a second one");
            }
            return new Start(first, second, ignoringCase(chars), notAfter, ahead);
        }

        /** ... and never right after one of these characters (what the pattern's lookbehind rules out). */
        public Start notAfter(String chars) {
            return new Start(first, second, third, exactly(chars), ahead);
        }

        /**
         * ... and never right after a letter, for patterns opening with {@code (?<!\p{L})}: a BMP
         * character that {@link Character#isLetter(char)} accepts is a code point in \p{L}.
         */
        public Start notAfterLetter() {
            boolean[] t = new boolean[0x10000];
            for (int c = 0; c < t.length; c++) {
                t[c] = Character.isLetter((char) c);
            }
            return new Start(first, second, third, t, ahead);
        }

        private boolean rest(CharSequence text, int i, int to) {
            if (second != null && (i + 1 >= to || !second[text.charAt(i + 1)])) {
                return false;
            }
            if (third != null && (i + 2 >= to || !third[text.charAt(i + 2)])) {
                return false;
            }
            return (notAfter == null || i == 0 || !notAfter[text.charAt(i - 1)]) && (ahead == null || ahead.mayMatchAt(text, i, to));
        }

        private static boolean[] exactly(String chars) {
            boolean[] t = new boolean[0x10000];
            chars.chars().forEach(c -> t[c] = true);
            return t;
        }

        // java.util.regex under UNICODE_CASE compares the lower case of the upper case of both characters.
        private static boolean[] ignoringCase(String chars) {
            String keys = chars.chars().map(FirstCharScan::key)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            boolean[] t = new boolean[0x10000];
            for (int c = 0; c < t.length; c++) {
                t[c] = chars.indexOf(c) >= 0 || keys.indexOf(key(c)) >= 0;
            }
            return t;
        }
    }

    /** A test of the text from a position on ({@link Start#thenAhead}). */
    @FunctionalInterface
    public interface Ahead {
        /** False only where no match of the pattern can start at {@code i} and end by {@code to}. */
        boolean mayMatchAt(CharSequence text, int i, int to);
    }

    private static int key(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
