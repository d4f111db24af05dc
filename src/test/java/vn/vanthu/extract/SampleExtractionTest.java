package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanthu.TestPaths;

/** Every format of the shipped sample archive extracts with its Vietnamese intact. */
class SampleExtractionTest {
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
}
