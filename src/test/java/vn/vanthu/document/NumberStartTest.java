package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/**
 * The number finder tries its pattern only where {@link DocumentNumberFinder#separatorFollows}
 * holds: that test must hold wherever the pattern matches, or numbers would be lost.
 */
class NumberStartTest {
    private static final List<String> PIECES = List.of("40", "15", "2020", "1234567", "7", "0", "a", "b", "z", "A", "KH", "HĐND",
            "QĐ-UBND", "TT-BTC", "NĐ-CP", "/", "/", "-", "-", " ", " ", "\t", "\n", ".", ",", "số ", "ngày ", "(C13)", "&", "Đ",
            "năm", "Điều ", "khoản ", "–", "x", "m3", "QH11", "TTg");

    @Test
    void everyPositionThePatternMatchesAtPassesTheTest() {
        Random random = new Random(42);
        int matches = 0;
        int refused = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = sb.toString();
            Matcher m = DocumentNumberFinder.IN_TEXT.matcher(text).useTransparentBounds(true);
            for (int i = 0; i < text.length(); i++) {
                boolean match = m.region(i, text.length()).lookingAt();
                boolean passes = DocumentNumberFinder.separatorFollows(text, i, text.length());
                if (match) {
                    matches++;
                    assertTrue(passes, () -> "refused a match at " + m.start() + " in «" + text + "»");
                } else if (!passes && Character.isDigit(text.charAt(i))) {
                    refused++;
                }
            }
        }
        // Both sides exercised: numbers found, and digits the test spares the pattern.
        assertTrue(matches > 1000, "matches " + matches);
        assertTrue(refused > 1000, "refused " + refused);
    }

    @Test
    void readsTheShapesOfANumber() {
        assertTrue(DocumentNumberFinder.separatorFollows("40/KH-HĐND", 0, 10));
        assertTrue(DocumentNumberFinder.separatorFollows("105 /2021/TT-BQP", 0, 16));
        assertTrue(DocumentNumberFinder.separatorFollows("21 - TC/TCT", 0, 11));
        assertTrue(DocumentNumberFinder.separatorFollows("12a/QĐ", 0, 6));
        assertFalse(DocumentNumberFinder.separatorFollows("Điều 5 khoản 2", 5, 14));
        assertFalse(DocumentNumberFinder.separatorFollows("1234567/QĐ", 0, 10));
        assertFalse(DocumentNumberFinder.separatorFollows("40/KH", 0, 2), "the separator must lie before the end");
        assertEquals(List.of("40/KH-HĐND"), DocumentNumberFinder.findAll("Kế hoạch số 40/KH-HĐND ngày 5").stream()
                .map(x -> x.number().raw()).toList());
    }
}
