package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.extract.TestDocuments.SENTENCE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractionFormatsTest {
    private static TikaExtractor tika;

    @BeforeAll
    static void load() {
        tika = new TikaExtractor(1_000_000, OcrSettings.disabled());
    }

    private static void assertKeeps(byte[] bytes, String name, String mediaType) throws Exception {
        ExtractedText t = tika.extract(bytes, name);
        assertEquals(mediaType, t.mediaType(), name);
        assertTrue(Normalizer.normalize(t.text(), Normalizer.Form.NFC).contains(SENTENCE), name + ": " + t.text());
        assertFalse(t.needsOcr());
    }

    @Test
    void officeFormatsByContentNotName() throws Exception {
        assertKeeps(TestDocuments.docx(SENTENCE), "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertKeeps(TestDocuments.odt(SENTENCE), "a.odt", "application/vnd.oasis.opendocument.text");
        assertKeeps(TestDocuments.xlsx(SENTENCE), "bang.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertKeeps(TestDocuments.xls(SENTENCE), "bang.xls", "application/vnd.ms-excel");
        // HTML and RTF saved with a .doc name, as the shared originals have them.
        assertKeeps(TestDocuments.html(SENTENCE), "Ke_hoach.doc", "text/html");
        assertKeeps(TestDocuments.rtf(SENTENCE), "File Test 01.doc", "application/rtf");
        // A .docx renamed .pdf is still a .docx.
        assertKeeps(TestDocuments.docx(SENTENCE), "renamed.pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void plainTextInAnyUnicodeEncodingIsDetected() throws Exception {
        String body = SENTENCE + ".\nHội đồng nhân dân huyện đã thảo luận và thống nhất thông qua nghị quyết về dự toán ngân sách.\n";
        for (Charset cs : new Charset[]{StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = TestDocuments.text(body, cs);
            if (cs != StandardCharsets.UTF_8) {
                byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
                byte[] withBom = new byte[bom.length + bytes.length];
                System.arraycopy(bom, 0, withBom, 0, bom.length);
                System.arraycopy(bytes, 0, withBom, bom.length, bytes.length);
                bytes = withBom;
            }
            assertKeeps(bytes, "bao-cao.txt", "text/plain");
        }
    }

    @Test
    void pdfWithATextLayer() throws Exception {
        Optional<byte[]> pdf = TestDocuments.pdf(SENTENCE, Optional.empty());
        Assumptions.assumeTrue(pdf.isPresent(), "DejaVu Sans is not installed");
        assertKeeps(pdf.get(), "kh.pdf", "application/pdf");
    }

    @Test
    void encryptedPdfIsReportedAsSuch() throws Exception {
        Optional<byte[]> pdf = TestDocuments.pdf(SENTENCE, Optional.of("mat-khau"));
        Assumptions.assumeTrue(pdf.isPresent(), "DejaVu Sans is not installed");
        ExtractionException e = assertThrows(ExtractionException.class, () -> tika.extract(pdf.get(), "bi-mat.pdf"));
        assertTrue(e.getMessage().contains("encrypted or password-protected"), e.getMessage());
    }

    @Test
    void emptyAndUnsupportedFilesFailClearly() {
        assertTrue(assertThrows(ExtractionException.class, () -> tika.extract(new byte[0], "a.doc"))
                .getMessage().contains("empty"));
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 62, 0};
        assertTrue(assertThrows(ExtractionException.class, () -> tika.extract(elf, "a.doc"))
                .getMessage().startsWith("unsupported file type"));
    }

    @Test
    void aScanWithoutOcrIsKeptAndFlagged() throws Exception {
        var img = TestDocuments.scan("HỘI ĐỒNG NHÂN DÂN");
        Assumptions.assumeTrue(img.isPresent(), "no font for Vietnamese");
        ExtractedText t = tika.extract(TestDocuments.scannedPdf(img.get()), "scan.pdf");
        assertTrue(t.needsOcr());
        assertFalse(t.hasText());
        assertTrue(t.warnings().get(0).startsWith("needs OCR"), t.warnings().toString());
        ExtractedText png = tika.extract(TestDocuments.png(img.get()), "scan.png");
        assertEquals("image/png", png.mediaType());
        assertTrue(png.needsOcr());
    }

    @Test
    void entityExpansionIsNotExpanded() throws Exception {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">");
        String prev = "a";
        for (int i = 1; i < 10; i++) {
            String name = "e" + i;
            lol.append("<!ENTITY ").append(name).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = name;
        }
        lol.append("]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&").append(prev).append(";</p></body></html>");
        try {
            ExtractedText t = tika.extract(lol.toString().getBytes(StandardCharsets.UTF_8), "bomb.xhtml");
            assertTrue(t.text().length() < 1_000_000, "a billion laughs must not expand: " + t.text().length());
        } catch (ExtractionException refused) {
            // Refusing the file is as good as not expanding it.
        }
    }
}
