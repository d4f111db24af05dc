package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Text beyond the extraction's limit is cut, with a warning that says so and that the original is whole. */
class TextLimitTest {
    @Test
    void aSingleLineLongerThanTheLimitIsCutWithAWarning() throws ExtractionException {
        TikaExtractor tika = new TikaExtractor(1_000, new OcrSettings(false, "vie"));
        byte[] line = "hội đồng nhân dân tỉnh kỳ họp thứ ba ".repeat(500).getBytes(StandardCharsets.UTF_8);
        ExtractedText t = tika.extract(line, "mot-dong.txt");
        assertTrue(t.text().strip().length() <= 1_000, "kept " + t.text().length());
        assertTrue(t.text().startsWith("hội đồng nhân dân"), t.text());
        assertEquals(1, t.warnings().stream().filter(w -> w.equals("text truncated at 1,000 characters: only that much is "
                + "searchable; the original file is kept whole")).count(), t.warnings().toString());
    }

    @Test
    void textWithinTheLimitIsWholeAndUnwarned() throws ExtractionException {
        TikaExtractor tika = new TikaExtractor(1_000, new OcrSettings(false, "vie"));
        ExtractedText t = tika.extract("Thông báo kết luận hội nghị".getBytes(StandardCharsets.UTF_8), "ngan.txt");
        assertTrue(t.text().contains("Thông báo kết luận hội nghị"), t.text());
        assertTrue(t.warnings().stream().noneMatch(w -> w.contains("truncated")), t.warnings().toString());
    }
}
