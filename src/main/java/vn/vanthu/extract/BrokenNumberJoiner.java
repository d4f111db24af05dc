package vn.vanthu.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins document numbers and dates that a line end cut at a slash: "40/⏎KH-HĐND" →
 * "40/KH-HĐND", "15/2020/⏎NQ-HĐND", "14/11/⏎2016", and "40⏎/KH-HĐND". The piece before the
 * break starts with a digit and the piece after is capitals or digits, as in every number of
 * Nghị định 30/2020 Phụ lục I; a line ending "và/" or "A/" is left alone.
 */
public final class BrokenNumberJoiner {

    /** "40/", "15/2020/", "14/11/" at a line end, then a line starting with a capital or digit. */
    static final Pattern SLASH_THEN_BREAK = Pattern.compile(
        "(?<![\\p{L}\\d/])(\\d{1,4}(?:/[\\p{Lu}\\p{M}\\d-]+)*/)[ \\t]*\\r?\\n[ \\t]*(?=[\\p{Lu}\\d])");
    /** "40" at a line end, then "/KH-HĐND". */
    static final Pattern BREAK_THEN_SLASH = Pattern.compile(
        "(?<![\\p{L}\\d/])(\\d{1,4})[ \\t]*\\r?\\n[ \\t]*(?=/[\\p{Lu}\\d])");

    private BrokenNumberJoiner() {
    }

    public static String join(String text) {
        return apply(text).text();
    }

    static TextCleaner.Step apply(String text) {
        if (text.indexOf('/') < 0) {
            return new TextCleaner.Step(text, 0);
        }
        // Each pattern runs only on a text that has its slash beside a line end: trying them at
        // every position of a long document cost more than the rest of the repairs together.
        TextCleaner.Step first = slashBesideLineEnd(text, true) ? replace(SLASH_THEN_BREAK, text) : new TextCleaner.Step(text, 0);
        TextCleaner.Step second = slashBesideLineEnd(first.text(), false) ? replace(BREAK_THEN_SLASH, first.text())
                : new TextCleaner.Step(first.text(), 0);
        return new TextCleaner.Step(second.text(), first.changes() + second.changes());
    }

    /**
     * Whether a slash ends a line ({@code before}: "/", spaces or tabs, CR, LF) or starts one
     * (LF, spaces or tabs, "/"): what each pattern needs to match at all.
     */
    static boolean slashBesideLineEnd(String text, boolean before) {
        for (int s = text.indexOf('/'); s >= 0; s = text.indexOf('/', s + 1)) {
            int i = s;
            if (before) {
                i++;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '\n') {
                    return true;
                }
            } else {
                i--;
                while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i--;
                }
                if (i >= 0 && text.charAt(i) == '\n') {
                    return true;
                }
            }
        }
        return false;
    }

    private static TextCleaner.Step replace(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int changes = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
            changes++;
        }
        m.appendTail(out);
        return new TextCleaner.Step(out.toString(), changes);
    }
}
