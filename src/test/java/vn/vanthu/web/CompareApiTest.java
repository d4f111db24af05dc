package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.compare.SampleArchive;

/** Sessions and comparisons over HTTP on the sample archive: JSON, staff corrections, exports, pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareApiTest {
    private static final String THU_HAI = "kỳ họp thứ hai khóa XI";
    private static final String THU_BA = "kỳ họp thứ ba khóa XI";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer server;
    private String token;

    @TempDir
    Path tmp;

    @BeforeAll
    void start() {
        token = "test-staff-token-7";
        SampleArchive.get().addStaffToken(token, "compare test");
        server = WebServer.start(SampleArchive.get(), "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder at(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    }

    private JsonNode getJson(String pathAndQuery, int status) throws Exception {
        return jsonOf(send(at(pathAndQuery)), status, pathAndQuery);
    }

    private JsonNode jsonOf(HttpResponse<byte[]> r, int status, String what) throws Exception {
        assertEquals(status, r.statusCode(), what + " → " + new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        return json.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String pair(String a, String b) {
        return "a=" + enc(a) + "&b=" + enc(b);
    }

    private long sessionId(int number, int term) throws Exception {
        for (JsonNode s : getJson("/api/sessions", 200).get("sessions")) {
            if (s.get("number").asInt() == number && s.get("term").asInt() == term) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no session " + number + "/" + term);
    }

    @Test
    void sessionsListAndDetail() throws Exception {
        JsonNode list = getJson("/api/sessions", 200);
        // Kỳ họp thứ hai, ba, tư, năm of the district (thứ năm: one resolution) and the province's thứ ba.
        assertEquals(5, list.get("total").asInt());
        long ba = sessionId(3, 11);
        JsonNode detail = getJson("/api/sessions/" + ba, 200);
        assertEquals("Kỳ họp thứ 3 (khóa XI)", detail.get("session").get("label").asText());
        assertEquals("XI", detail.get("session").get("termRoman").asText());
        assertEquals("2016-12-19", detail.get("session").get("opening").asText());
        assertEquals(18, detail.get("documents").size());
        for (JsonNode d : detail.get("documents")) {
            assertFalse(d.get("reason").asText().isBlank(), d.toString());
        }
        getJson("/api/sessions/999999", 404);
        getJson("/api/sessions/abc", 400);
    }

    @Test
    void staffCorrectASessionWithTheToken() throws Exception {
        long province = sessionId(3, 6);
        String body = "{\"closing\": \"2016-12-10\", \"note\": \"theo thông báo của HĐND tỉnh\"}";
        HttpRequest.Builder patch = at("/api/sessions/" + province).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        jsonOf(send(patch), 401, "no token");
        jsonOf(send(at("/api/sessions/" + province).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer wrong")), 401, "wrong token");
        JsonNode fixed = jsonOf(send(at("/api/sessions/" + province).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)), 200, "with the token");
        assertEquals("2016-12-10", fixed.get("session").get("closing").asText());
        assertTrue(fixed.get("session").get("correctedByStaff").asBoolean());
        assertTrue(fixed.get("session").get("datesSource").asText().contains("theo thông báo của HĐND tỉnh"));
        String[][] bad = {
                {"{\"closing\": \"10/12/2016\"}", "400"},
                {"{\"color\": \"red\"}", "400"},
                {"{}", "400"},
                {"not json", "400"},
                {"{\"kind\": \"hằng tuần\"}", "400"},
                {"{\"term\": \"ABC\"}", "400"},
                {"{\"opening\": \"2016-12-20\"}", "409"},
        };
        for (String[] c : bad) {
            jsonOf(send(at("/api/sessions/" + province).method("PATCH", HttpRequest.BodyPublishers.ofString(c[0]))
                    .header("Authorization", "Bearer " + token)), Integer.parseInt(c[1]), c[0]);
        }
        jsonOf(send(at("/api/sessions/999999").method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)), 404, "unknown session");
        // Put back the day the documents state.
        jsonOf(send(at("/api/sessions/" + province).method("PATCH", HttpRequest.BodyPublishers.ofString("{\"closing\": \"2016-12-09\"}"))
                .header("Authorization", "Bearer " + token)), 200, "restore");
    }

    @Test
    void compareAnswersJson() throws Exception {
        JsonNode c = getJson("/api/compare?" + pair(THU_HAI, THU_BA), 200);
        assertEquals(9, c.get("a").get("documents").size());
        assertEquals(18, c.get("b").get("documents").size());
        assertEquals(1, c.get("a").get("lateCount").asInt());
        assertEquals(1, c.get("b").get("lateCount").asInt());
        JsonNode voters = null;
        for (JsonNode f : c.get("figures")) {
            if (f.get("measure").asText().equals("cử tri tham dự")) {
                voters = f;
            }
        }
        assertEquals(398, voters.get("a").get("value").asInt());
        assertEquals(454, voters.get("b").get("value").asInt());
        assertEquals(56, voters.get("change").asInt());
        assertEquals(8, c.get("pairs").size());
        assertTrue(c.get("pairs").get(0).get("diff").size() > 0);
        assertTrue(c.get("byType").get(0).has("change"));
        assertTrue(c.get("tookMs").asLong() >= 0);
    }

    @Test
    void badComparisonsAreJson4xx() throws Exception {
        String[] cases = {
                "/api/compare",
                "/api/compare?a=" + enc(THU_HAI),
                "/api/compare?" + pair(THU_HAI, THU_BA) + "&format=pdf",
                "/api/compare?" + pair("kỳ họp thứ chín", THU_BA),
                "/api/compare?" + pair("kỳ họp thứ ba", THU_HAI),
                "/api/compare?" + pair("999999", THU_BA),
                "/api/compare?" + pair("q:", THU_BA),
                "/api/compare?" + pair("q:zzqqxxyy", THU_BA),
                "/api/compare?" + pair("x".repeat(400), THU_BA),
                "/api/compare.docx?a=" + enc(THU_HAI),
                "/api/compare.xlsx?" + pair(THU_HAI, "kỳ họp thứ chín"),
        };
        for (String c : cases) {
            JsonNode err = getJson(c, 400);
            assertTrue(err.has("error") && err.has("message"), c);
        }
    }

    @Test
    void exportsOpenInPoiAndLibreOffice() throws Exception {
        HttpResponse<byte[]> docx = send(at("/api/compare.docx?" + pair(THU_HAI, THU_BA)));
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Type").orElse("").startsWith(CompareHandlers.DOCX));
        assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").contains(".docx"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            String t = text.getText();
            assertTrue(t.contains("BÁO CÁO SO SÁNH") && t.contains("85/TTr-UBND") && t.contains("CHẬM") && t.contains("454"), t);
        }
        HttpResponse<byte[]> xlsx = send(at("/api/compare?" + pair(THU_HAI, THU_BA) + "&format=xlsx"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith(CompareHandlers.XLSX));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(9, wb.getNumberOfSheets());
            assertEquals("Loại văn bản", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }

        Path docxFile = Files.write(tmp.resolve("so-sanh.docx"), docx.body());
        Path xlsxFile = Files.write(tmp.resolve("so-sanh.xlsx"), xlsx.body());
        Assumptions.assumeTrue(soffice(), "LibreOffice (soffice) is not installed: skipping the conversion check");
        assertTrue(convert(docxFile, "txt:Text").contains("BÁO CÁO SO SÁNH"), "LibreOffice reads the .docx");
        Assumptions.assumeTrue(calc(), "LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui): "
                + "skipping the .xlsx conversion check");
        assertTrue(convert(xlsxFile, "csv:Text - txt - csv (StarCalc):44,34,76").contains("Loại văn bản"), "LibreOffice reads the .xlsx");
    }

    private static boolean soffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether LibreOffice has its spreadsheet component (without it, soffice converts no .xlsx and still exits 0). */
    private static boolean calc() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path soffice = Path.of(dir, "soffice");
            if (Files.isExecutable(soffice)) {
                try {
                    return Files.exists(soffice.toRealPath().getParent().resolve("libsclo.so"));
                } catch (java.io.IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Converts with LibreOffice headless (own profile, so a running office does not interfere); returns the text. */
    private String convert(Path file, String filter) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out-" + filter.replaceAll("[^a-z]", "")));
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", filter, "--outdir", out.toString(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, p.exitValue(), log);
        String ext = filter.startsWith("txt") ? ".txt" : ".csv";
        Path converted = out.resolve(file.getFileName().toString().replaceAll("\\.[a-z]+$", ext));
        assertTrue(Files.size(converted) > 0, log);
        return Files.readString(converted, StandardCharsets.UTF_8);
    }

    @Test
    void pagesInVietnameseWithCharts() throws Exception {
        String sessions = new String(send(at("/sessions")).body(), StandardCharsets.UTF_8);
        assertTrue(sessions.contains("Các kỳ họp") && sessions.contains("Kỳ họp thứ 3 (khóa XI)") && sessions.contains(">19/12/2016</time>"), sessions);
        assertTrue(sessions.contains("href=\"/compare\""), "the navigation links to the comparison");

        HttpResponse<byte[]> r = send(at("/compare?" + pair(THU_HAI, THU_BA)));
        assertEquals(200, r.statusCode());
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg") && page.contains("Số liệu chính") && page.contains("CHẬM") && page.contains("Tiến độ chuẩn bị"), page);
        assertTrue(page.contains("/api/compare.docx?") && page.contains("/api/compare.xlsx?"));
        assertFalse(page.contains("<script"), "the charts are plain SVG");

        HttpResponse<byte[]> bad = send(at("/compare?" + pair("kỳ họp thứ chín", THU_BA)));
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("Kỳ họp thứ 9"));
        assertEquals(200, send(at("/compare")).statusCode(), "the empty form");
    }
}
