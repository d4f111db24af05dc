package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanthu.text.LegacyTestFiles;

/** Legacy-encoded files (made by scripts/make-legacy-test-files) through extraction and repair, as ingestion runs them. */
class LegacyExtractionTest {
    private static TikaExtractor tika;
    private static final TextRepair REPAIR = new TextRepair();

    @BeforeAll
    static void load() {
        tika = new TikaExtractor(1_000_000, OcrSettings.disabled());
    }

    private static ExtractedText extract(String file) throws Exception {
        try (InputStream in = LegacyExtractionTest.class.getResourceAsStream("/legacy/" + file)) {
            return tika.extract(in.readAllBytes(), file);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource({
        "tcvn3.rtf, .VnTime, TCVN3", "tcvn3.doc, .VnTime, TCVN3", "vni.rtf, VNI-Times, VNI", "vni.doc, VNI-Times, VNI",
        "vni.docx, VNI-Times, VNI", "tcvn3.txt, , TCVN3", "vni.txt, , VNI", "viqr.txt, , VIQR", "cp1258.txt, , CP1258",
    })
    void legacyFilesArriveInUnicodeWithTheirFontNamesAsEvidence(String file, String font, String encoding) throws Exception {
        ExtractedText t = extract(file);
        if (font != null) {
            assertTrue(t.fonts().contains(font), file + " fonts " + t.fonts());
        }
        TextRepair.Repaired r = REPAIR.repair(t);
        assertEquals(LegacyTestFiles.LINES, lines(r.text()), file);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("converted from legacy encoding " + encoding)), r.notes().toString());
        if (font != null) {
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("font " )), r.notes().toString());
        }
    }

    @Test
    void unicodeTextIsLeftAloneApartFromCleaning() {
        String text = "HỘI ĐỒNG NHÂN DÂN\nKế hoạch số 40/KH-\nHĐND ngày 14/11/2016 về tiếp xúc cử tri\r\n";
        TextRepair.Repaired r = REPAIR.repair(new ExtractedText(text, "text/plain", List.of()));
        assertTrue(r.text().contains("Kế hoạch số 40/KH-HĐND ngày 14/11/2016"), r.text());
        assertTrue(r.notes().stream().noneMatch(n -> n.startsWith("converted")), r.notes().toString());
        assertTrue(!r.text().contains("\r"));
    }

    @Test
    void pdfPagesAreSeparatedByFormFeeds() throws Exception {
        var pdf = TestDocuments.pdf(TestDocuments.SENTENCE, java.util.Optional.empty());
        org.junit.jupiter.api.Assumptions.assumeTrue(pdf.isPresent());
        assertTrue(tika.extract(pdf.get(), "a.pdf").text().contains("\f"));
    }
}
