package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanthu.TestPaths;

class TikaExtractorTest {
    private final TikaExtractor tika = new TikaExtractor();

    @Test
    void everySampleFormatKeepsItsVietnamese() throws Exception {
        Map<String, String> byExtension = Map.of(
                "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "doc", "application/msword",
                "pdf", "application/pdf",
                "odt", "application/vnd.oasis.opendocument.text",
                "html", "text/html",
                "txt", "text/plain");
        try (var files = Files.list(TestPaths.sampleDocs())) {
            for (Path f : files.toList()) {
                String ext = f.getFileName().toString().replaceAll(".*\\.", "");
                ExtractedText t = tika.extract(Files.readAllBytes(f), f.getFileName().toString());
                assertEquals(byExtension.get(ext), t.mediaType(), f.toString());
                assertTrue(t.text().contains("HĐND") || t.text().contains("Hội đồng nhân dân")
                        || t.text().contains("HỘI ĐỒNG NHÂN DÂN"), f + " lost its diacritics: " + t.text().substring(0, 200));
                assertTrue(t.warnings().isEmpty(), f + ": " + t.warnings());
            }
        }
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        byte[] html = "<html><head><meta charset=\"utf-8\"></head><body><p>Kế hoạch số 40/KH-HĐND</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        ExtractedText t = tika.extract(html, "ke-hoach.doc");
        assertEquals("text/html", t.mediaType());
        assertTrue(t.text().contains("Kế hoạch số 40/KH-HĐND"), t.text());
    }

    @Test
    void plainTextInALegacyCodePageIsDecoded() throws Exception {
        String s = "Thông báo kết luận hội nghị liên tịch chuẩn bị kỳ họp thứ ba của Hội đồng nhân dân huyện. "
                .repeat(5);
        byte[] utf16 = s.getBytes(Charset.forName("UTF-16"));
        assertTrue(tika.extract(utf16, "tb.txt").text().contains("hội nghị liên tịch"));
    }

    @Test
    void emptyDamagedAndUnsupportedFilesGetReasonsAPersonCanActOn() {
        assertEquals("the file is empty (0 bytes)",
                assertThrows(ExtractionException.class, () -> tika.extract(new byte[0], "a.pdf")).getMessage());
        String damaged = assertThrows(ExtractionException.class,
                () -> tika.extract("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII), "a.pdf")).getMessage();
        assertTrue(damaged.startsWith("the file is damaged or not a valid application/pdf"), damaged);
        // Images are scans to OCR now (issue 4); a truncated one is damaged, whatever its name.
        String png = assertThrows(ExtractionException.class,
                () -> tika.extract(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "x.docx")).getMessage();
        assertTrue(png.startsWith("the file is damaged or not a valid image/png"), png);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 62, 0};
        String program = assertThrows(ExtractionException.class, () -> tika.extract(elf, "x.doc")).getMessage();
        assertTrue(program.startsWith("unsupported file type application/x-"), program);
    }
}
