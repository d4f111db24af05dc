package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tab- and comma-separated text files are read as text, not refused (MANIFEST.tsv of the shared originals). */
class TableTextFilesTest {

    private final TikaExtractor tika = new TikaExtractor(50_000_000, OcrSettings.disabled());

    @Test
    void aTsvFileIsReadAsText() throws Exception {
        byte[] tsv = "file\tso_ky_hieu\ttrích yếu\nQD15UB.DOC\t15/2010/QĐ-UBND\tBan hành Quy định về quản lý Internet\n"
                .getBytes(StandardCharsets.UTF_8);
        ExtractedText t = tika.extract(tsv, "MANIFEST.tsv");
        assertEquals("text/tab-separated-values", t.mediaType());
        assertTrue(t.text().contains("15/2010/QĐ-UBND"), t.text());
        assertTrue(t.text().contains("Ban hành Quy định về quản lý Internet"), t.text());
    }

    @Test
    void aCsvFileIsReadAsText() throws Exception {
        byte[] csv = "số,tên\n40/KH-HĐND,Kế hoạch tiếp xúc cử tri\n".getBytes(StandardCharsets.UTF_8);
        ExtractedText t = tika.extract(csv, "danh-sach.csv");
        assertEquals("text/csv", t.mediaType());
        assertTrue(t.text().contains("Kế hoạch tiếp xúc cử tri"), t.text());
    }
}
