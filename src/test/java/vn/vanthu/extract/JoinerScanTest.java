package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import vn.vanthu.text.LegacySyllables;

/**
 * The joiners find their matches without trying their patterns at every position of the text
 * (a scan from each line-end hyphen, a check that a slash sits beside a line end): on random
 * texts made of the pieces those patterns care about, they must give what the patterns give.
 */
class JoinerScanTest {
    private static final String[] PIECES = {
        "nghi", "êng", "ê", "ng", "HĐND", "KH", "40", "2016", "2021", "a", "Hội", "đồng", "x", "1",
        "/", ".", "-", "-", "-", " ", " ", "\t", "\n", "\n", "\r\n", "\r", "\u0301", "Đ", "kinh", "tế", "xã", "hội", "Q",
        "𝐀", ",", "-\n", "- \r\n", "-\n ", "/\n", "/ \n", "\n/", "\n /", "40/", "nghi-\nêng", "KH-\nHĐND",
    };

    @Test
    void hyphenationScanFindsWhatThePatternFinds() {
        Random random = new Random(20261127);
        int joined = 0;
        for (int n = 0; n < 40_000; n++) {
            String text = randomText(random);
            TextCleaner.Step expected = byPattern(text);
            TextCleaner.Step actual = HyphenationJoiner.apply(text);
            assertEquals(expected.text(), actual.text(), () -> "text: " + escape(text));
            assertEquals(expected.changes(), actual.changes(), () -> "text: " + escape(text));
            joined += actual.changes();
        }
        assertTrue(joined > 300, "the random texts must exercise the joins: " + joined);
    }

    @Test
    void brokenNumbersGiveWhatThePatternsGive() {
        Random random = new Random(7);
        int joined = 0;
        for (int n = 0; n < 40_000; n++) {
            String text = randomText(random);
            String first = BrokenNumberJoiner.SLASH_THEN_BREAK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            String expected = BrokenNumberJoiner.BREAK_THEN_SLASH.matcher(first).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            TextCleaner.Step actual = BrokenNumberJoiner.apply(text);
            assertEquals(expected, actual.text(), () -> "text: " + escape(text));
            joined += actual.changes();
        }
        assertTrue(joined > 300, "the random texts must exercise the joins: " + joined);
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(24);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** What HyphenationJoiner did before its scan: Matcher.find over the whole text. */
    private static TextCleaner.Step byPattern(String text) {
        Matcher m = HyphenationJoiner.BREAK.matcher(text);
        StringBuilder out = new StringBuilder();
        int changes = 0;
        int last = 0;
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            String joined = null;
            String leftSegment = left.substring(Math.max(left.lastIndexOf('/'), left.lastIndexOf('.')) + 1);
            if (isCode(leftSegment) && startsCode(right)) {
                joined = left + "-" + right;
            } else if (lower(left) && lower(right)
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

    private static boolean isCode(String s) {
        return !s.isEmpty() && startsCode(s);
    }

    private static boolean startsCode(String s) {
        return s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)
            || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static boolean lower(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isLowerCase(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
