package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Zip-based office files that expand beyond the limits (a part of zeros compressed a thousandfold,
 * packages nested in packages) are refused before a parser opens them, with a reason naming the
 * limit; entity expansion (billion laughs) is never performed. The bombs are built here, in memory,
 * from a few KB of compressed zeros.
 */
public class PackageBombTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final TikaExtractor tika = new TikaExtractor(1_000_000, new OcrSettings(false, "vie"));

    @Test
    void aDocxWhosePartInflatesAThousandfoldIsRefusedNamingTheLimit() {
        String reason = refused(docx(Map.of("word/document.xml", zeros(32 << 20))), "bom.docx");
        assertTrue(reason.contains("expands beyond the limit when decompressed"), reason);
        assertTrue(reason.contains("word/document.xml"), reason);
        assertTrue(reason.contains("limit: 200× per part"), reason);
    }

    @Test
    void anXlsxAndAnOdtBombAreRefusedTheSameWay() {
        String xlsx = refused(xlsx(zeros(32 << 20)), "bang.xlsx");
        assertTrue(xlsx.contains("xl/worksheets/sheet1.xml") && xlsx.contains("limit: 200×"), xlsx);
        String odt = refused(odt(zeros(32 << 20)), "van-ban.odt");
        assertTrue(odt.contains("content.xml") && odt.contains("limit: 200×"), odt);
    }

    @Test
    void aBombEmbeddedInADocxIsFoundInside() {
        byte[] inner = docx(Map.of("word/document.xml", zeros(32 << 20)));
        Map<String, byte[]> parts = new LinkedHashMap<>(body("Văn bản có tệp đính kèm"));
        parts.put("word/embeddings/dinh-kem.docx", inner);
        String reason = refused(docx(parts), "co-dinh-kem.docx");
        assertTrue(reason.contains("word/embeddings/dinh-kem.docx!/word/document.xml"), reason);
        assertTrue(reason.contains("limit: 200× per part"), reason);
    }

    @Test
    void packagesNestedDeeperThanTheLimitAreRefused() {
        byte[] nested = docx(body("tầng trong cùng"));
        for (int level = 0; level < 3; level++) {
            Map<String, byte[]> parts = new LinkedHashMap<>(body("tầng " + level));
            parts.put("word/embeddings/tang-" + level + ".docx", nested);
            nested = docx(parts);
        }
        String reason = refused(nested, "long-nhau.docx");
        assertTrue(reason.contains("nests packages deeper than 3 levels") && reason.contains("limit: 3 levels"), reason);
    }

    @Test
    void manyPartsThatTogetherInflateBeyondTheTotalAreRefused() throws ExtractionException {
        // Each part under the ratio (random-looking bytes barely compress), together past a small total.
        PackageLimits small = new PackageLimits(200, 4L << 20, 3);
        Map<String, byte[]> parts = new LinkedHashMap<>(body("nhiều phần"));
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 6; i++) {
            byte[] noise = new byte[1 << 20];
            r.nextBytes(noise);
            parts.put("word/media/anh-" + i + ".bin", noise);
        }
        byte[] docx = docx(parts);
        ExtractionException e = assertThrows(ExtractionException.class, () -> small.check(docx));
        assertTrue(e.getMessage().contains("more than 4 MB; limit: 4 MB in all"), e.getMessage());
        PackageLimits.defaults().check(docx); // within the shipped limits
    }

    @Test
    void ordinaryPackagesStillExtractEmbeddedOnesIncluded() throws ExtractionException {
        Map<String, byte[]> parts = new LinkedHashMap<>(body("Nghị quyết về kỳ họp thứ ba"));
        parts.put("word/embeddings/phu-luc.docx", docx(body("Phụ lục")));
        ExtractedText text = tika.extract(docx(parts), "nghi-quyet.docx");
        assertTrue(text.text().contains("Nghị quyết về kỳ họp thứ ba"), text.text());
        // A damaged zip is left to the parser, which gives its own reason.
        byte[] damaged = Arrays.copyOf(docx(body("hỏng")), 200);
        ExtractionException e = assertThrows(ExtractionException.class, () -> tika.extract(damaged, "hong.docx"));
        assertFalse(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void billionLaughsAreNeverExpandedInADocxAnXlsxOrAnOdt() {
        String laughs = laughs();
        String[] packages = {"docx", "xlsx", "odt"};
        for (String kind : packages) {
            byte[] file = switch (kind) {
                case "docx" -> docx(Map.of("word/document.xml", (laughs + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>"
                        + "&l9;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
                case "xlsx" -> xlsx((laughs + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>")
                        .getBytes(StandardCharsets.UTF_8));
                default -> odt((laughs + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>&l9;"
                        + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            };
            try {
                ExtractedText t = tika.extract(file, "cuoi." + kind);
                assertFalse(t.text().contains("hahahahaha"), kind + ": the entities were expanded");
            } catch (ExtractionException e) {
                assertTrue(e.getMessage().contains("declares XML entities") || e.getMessage().contains("expands beyond"),
                        kind + ": " + e.getMessage());
            }
        }
    }

    private String refused(byte[] file, String name) {
        return assertThrows(ExtractionException.class, () -> tika.extract(file, name), name).getMessage();
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static byte[] zeros(int n) {
        return new byte[n];
    }

    private static Map<String, byte[]> body(String text) {
        return Map.of("word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>"
                + text + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }

    /** A .docx of these parts (besides the content types and the package relationship). */
    public static byte[] docx(Map<String, byte[]> parts) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", contentTypes("<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
                + "<Default Extension=\"docx\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/>"));
        all.put("_rels/.rels", rels("officeDocument", "word/document.xml"));
        all.putAll(parts);
        return zip(all, false);
    }

    static byte[] xlsx(byte[] sheet) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", contentTypes("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        all.put("_rels/.rels", rels("officeDocument", "xl/workbook.xml"));
        all.put("xl/workbook.xml", ("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
        all.put("xl/_rels/workbook.xml.rels", rels("worksheet", "worksheets/sheet1.xml"));
        all.put("xl/worksheets/sheet1.xml", sheet);
        return zip(all, false);
    }

    static byte[] odt(byte[] content) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        all.put("META-INF/manifest.xml", ("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                .getBytes(StandardCharsets.UTF_8));
        all.put("content.xml", content);
        return zip(all, true);
    }

    /** A package's [Content_Types].xml: the defaults every package here has, then these entries. */
    private static byte[] contentTypes(String entries) {
        return ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + entries + "</Types>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rels(String type, String target) {
        return ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type
                + "\" Target=\"" + target + "\"/></Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the parts, best compression; ODF's first part ("mimetype") stored, as the format requires. */
    private static byte[] zip(Map<String, byte[]> parts, boolean firstStored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            boolean first = true;
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(p.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(p.getValue().length);
                    e.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(e);
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
