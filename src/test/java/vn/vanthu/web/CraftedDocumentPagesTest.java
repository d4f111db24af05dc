package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.TestDocuments;

/**
 * The pages over documents made for the purpose: markup and spreadsheet formulas in titles and
 * text (shown as text everywhere, neutralised in exports), a document in two versions, and a zip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CraftedDocumentPagesTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"bấm\")";

    @TempDir
    static Path data;
    @TempDir
    static Path in;
    Archive archive;
    ServedArchive served;
    private final ObjectMapper json = new ObjectMapper();
    long hostile;
    long formula;
    long draft;
    long final_;
    long zip;

    private static String notice(String number, String title, String body) {
        return "HĐND HUYỆN KHOA                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "THƯỜNG TRỰC                                 Độc lập - Tự do - Hạnh phúc\n"
                + "Số: " + number + "                              Khoa, ngày 20 tháng 6 năm 2016\n\n"
                + "                                     THÔNG BÁO\n"
                + "              " + title + "\n\n" + body + "\n";
    }

    private long ingestOne(Path file) {
        return archive.ingest(List.of(file), line -> { }).added().get(0).id();
    }

    @BeforeAll
    void start() throws Exception {
        archive = Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config")));
        Path h = in.resolve("hostile.txt");
        Files.writeString(h, notice("31/TB-HĐND", "Kết luận " + SCRIPT + " " + IMG,
                "Nội dung có " + SCRIPT + " và " + IMG + " trong câu về kỳ họp thứ hai HĐND huyện khóa XI."));
        hostile = ingestOne(h);
        Path f = in.resolve("formula.txt");
        Files.writeString(f, notice("32/TB-HĐND", FORMULA, "Thông báo về kỳ họp thứ hai HĐND huyện khóa XI."));
        formula = ingestOne(f);
        Path v = in.resolve("tb-18.txt");
        Files.writeString(v, notice("18/TB-HĐND", "Kết luận hội nghị liên tịch (dự thảo)", "Bản dự thảo."));
        draft = ingestOne(v);
        Files.writeString(v, notice("18/TB-HĐND", "Kết luận hội nghị liên tịch", "Bản chính thức."));
        final_ = ingestOne(v);
        Path z = in.resolve("ho-so.zip");
        Files.write(z, TestDocuments.zip("a.txt", notice("41/TB-HĐND", "Tệp thứ nhất trong gói", "Một.").getBytes(StandardCharsets.UTF_8),
                "b.txt", notice("42/TB-HĐND", "Tệp thứ hai trong gói", "Hai.").getBytes(StandardCharsets.UTF_8)));
        zip = archive.ingest(List.of(z), line -> { }).added().stream()
                .filter(a -> a.path().endsWith("ho-so.zip")).findFirst().orElseThrow().id();
        served = ServedArchive.of(archive);
    }

    @AfterAll
    void stop() {
        served.close();
    }

    private HttpResponse<byte[]> get(String pathAndQuery) {
        return served.get(pathAndQuery);
    }

    private Document page(String pathAndQuery) {
        return Jsoup.parse(served.page(pathAndQuery));
    }

    /** No element or attribute the hostile strings could have made. */
    private static void inert(Document d, String where) {
        assertTrue(d.select("script").isEmpty(), where + ": a script element");
        assertTrue(d.select("img").isEmpty(), where + ": an img element");
        assertTrue(d.select("[onerror]").isEmpty(), where + ": an onerror attribute");
    }

    @Test
    void markupInTitlesAndTextShowsAsTextOnTheSearchPage() throws Exception {
        assertTrue(json.readTree(get("/api/documents/" + hostile).body()).get("title").asText().contains(SCRIPT),
                "the crafted title was read as the title");
        Document d = page("/?q=alert");
        inert(d, "search");
        Element title = d.selectFirst(".hit h2 a");
        assertNotNull(title);
        assertTrue(title.text().contains(SCRIPT) && title.text().contains(IMG), title.text());
        assertTrue(d.select(".hit .snippet").text().contains(SCRIPT), "the snippet shows the markup as text");
    }

    @Test
    void markupInFilterValuesShowsAsTextInChipsFacetsAndLinks() throws Exception {
        String evil = IMG + SCRIPT;
        Document d = page("/?q=alert&issuer=" + enc(evil) + "&session=" + enc(evil) + "&type=" + enc(evil));
        inert(d, "filters");
        assertTrue(d.selectFirst(".chips").text().contains(evil), d.selectFirst(".chips").text());
        for (Element a : d.select("a[href]")) {
            String href = a.attr("href");
            assertFalse(href.contains("<") || href.contains("\""), href);
        }
        assertEquals(evil, d.selectFirst("input[type=hidden][name=issuer]").val(), "kept as a value, not markup");
    }

    @Test
    void markupShowsAsTextOnTheDocumentPageWithHighlights() throws Exception {
        Document d = page("/documents/" + hostile + "?q=" + enc("alert " + SCRIPT));
        inert(d, "document");
        assertTrue(d.selectFirst("h1").text().contains(SCRIPT));
        assertFalse(d.select("pre.doc-text mark").isEmpty());
        assertTrue(d.selectFirst("pre.doc-text").text().contains(IMG));
        assertTrue(d.selectFirst(".found").text().contains(SCRIPT), "the query echoed as text");
    }

    @Test
    void exportsNeutraliseFormulasAndKeepMarkupAsText() throws Exception {
        String csv = new String(get("/api/search.csv?q=" + enc("thông báo")).body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"bấm\"\")\""), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
        assertTrue(csv.contains(SCRIPT), "markup is plain text in a CSV");
        byte[] xlsx = get("/api/search.xlsx?q=" + enc("thông báo")).body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == formula) {
                    assertEquals(CellType.STRING, row.getCell(3).getCellType(), "a string cell is never evaluated");
                    assertEquals(FORMULA, row.getCell(3).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the formula document is exported");
        }
    }

    @Test
    void versionsLinkToEachOther() throws Exception {
        Document older = page("/documents/" + draft);
        Element next = older.selectFirst(".versions a[rel=next]");
        assertNotNull(next);
        assertEquals("/documents/" + final_, next.attr("href"));
        Document newer = page("/documents/" + final_);
        assertEquals("/documents/" + draft, newer.selectFirst(".versions a[rel=prev]").attr("href"));
    }

    @Test
    void aZipListsItsEntriesAndEachEntryNamesItsZip() throws Exception {
        Document container = page("/documents/" + zip);
        List<String> entries = container.select("ul.entries a").eachAttr("href");
        assertEquals(2, entries.size(), container.select("ul.entries").text());
        for (String entry : entries) {
            Document e = page(entry);
            assertTrue(e.select("a[href=/documents/" + zip + "]").size() > 0, entry + " links back to its zip");
            assertTrue(e.text().contains(".txt"), "the path inside the zip is shown");
        }
    }
}
