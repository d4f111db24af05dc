package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanthu.text.LegacySharedData;
import vn.vanthu.text.LegacySyllables;

/** The clean-up does not damage normal text: the seed report and the 59 shared reference texts. */
class TextCleanerSharedCorpusTest {

    @Test
    void seedReportIsUntouched() {
        String seed = LegacySharedData.seedReport();
        TextCleaner.Cleaned c = TextCleaner.cleanWithCounts(seed);
        assertEquals(0, c.changes());
        assertEquals(seed, c.text());
    }

    @Test
    void referenceTextsChangeOnlyInSpacingAndRarely() {
        int words = 0;
        int changes = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : LegacySharedData.referenceTexts().entrySet()) {
            String text = e.getValue();
            TextCleaner.Cleaned c = TextCleaner.cleanWithCounts(text);
            int docWords = text.split("\\s+").length;
            words += docWords;
            changes += c.changes();
            // no page breaks in these texts, so no header lines; what remains only moves spaces
            if (!c.text().replaceAll("\\s+", "").equals(text.replaceAll("\\s+", ""))) {
                problems.add(e.getKey() + ": characters changed");
            }
            if (c.changes() > 0.02 * docWords) {
                problems.add(e.getKey() + ": " + c.changes() + " changes in " + docWords + " words");
            }
            // a word that is a syllable is never cut
            Map<String, Integer> before = counts(text);
            Map<String, Integer> after = counts(c.text());
            before.forEach((w, n) -> {
                if (LegacySyllables.isSyllable(w) && after.getOrDefault(w, 0) < n) {
                    problems.add(e.getKey() + ": syllable '" + w + "' was cut");
                }
            });
        }
        assertEquals(List.of(), problems);
        assertTrue(changes > 0, "the shared texts hold glued footnote marks and numbers cut at a line end");
        assertTrue(changes < 0.005 * words, changes + " changes in " + words + " words");
    }

    @Test
    void sampledChangesAreTheLegitimateKinds() {
        // seen in the shared texts: a footnote mark glued to its word, a list number glued to
        // the next word, two words glued at a line join, a code cut at a hyphen
        assertEquals("CHỨC 2", TextCleaner.clean("CHỨC2"));
        assertEquals("gửi 3:", TextCleaner.clean("gửi3:"));
        assertEquals("3 Trường hợp", TextCleaner.clean("3Trường hợp"));
        assertEquals("tỉnh Hàng", TextCleaner.clean("tỉnhHàng"));
        assertEquals("01/QĐ-VKS-DS", TextCleaner.clean("01/QĐ-VKS-\nDS"));
        int found = 0;
        for (String text : LegacySharedData.referenceTexts().values()) {
            for (String sample : List.of("CHỨC2", "gửi3:", "3Trường", "tỉnhHàng", "VKS-\nDS")) {
                if (text.contains(sample)) {
                    found++;
                }
            }
        }
        assertTrue(found >= 5, "samples found " + found);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : text.split("[\\s\\p{Punct}…“”]+")) {
            if (!w.isEmpty()) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }
}
