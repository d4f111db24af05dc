package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Scans through Tesseract's Vietnamese model, in the child process as ingestion runs it. Skips without Tesseract. */
class OcrTest {
    private static final String[] PAGE = {"HỘI ĐỒNG NHÂN DÂN HUYỆN KHOA", "Kế hoạch tổ chức tiếp xúc cử tri", "trước kỳ họp thứ ba"};

    @Test
    void aScannedPdfAndAnImageAreReadInVietnamese() throws Exception {
        OcrSettings ocr = OcrSettings.detect();
        Assumptions.assumeTrue(ocr.enabled(), "tesseract-ocr with tesseract-ocr-vie is not installed");
        var img = TestDocuments.scan(PAGE);
        Assumptions.assumeTrue(img.isPresent(), "no font for Vietnamese");
        try (ForkedExtractor x = new ForkedExtractor(ForkedExtractor.Settings.tika(1_000_000, ocr, Optional.empty()))) {
            for (var file : new Object[][]{{TestDocuments.scannedPdf(img.get()), "scan.pdf"}, {TestDocuments.png(img.get()), "scan.png"}}) {
                ExtractedText t = x.extract((byte[]) file[0], (String) file[1], Duration.ofMinutes(5));
                assertFalse(t.needsOcr());
                String text = java.text.Normalizer.normalize(t.text(), java.text.Normalizer.Form.NFC);
                assertTrue(text.contains("tiếp xúc cử tri"), file[1] + ": " + text);
                assertTrue(text.contains("HỘI ĐỒNG NHÂN DÂN"), file[1] + ": " + text);
            }
        }
    }

    @Test
    void theOcrSettingsNameTheVietnameseModel() {
        assertEquals("vie", OcrSettings.detect().language());
        assertFalse(OcrSettings.disabled().enabled());
    }
}
