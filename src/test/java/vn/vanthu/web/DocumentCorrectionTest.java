package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.MetadataField;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.xref.NumberTrace;

/**
 * Staff corrections end to end: a plan whose number was misread ("4/KH-HĐND" for 40/KH-HĐND) and
 * a report citing 40/KH-HĐND, corrected over the API, the form and the command line's archive
 * call; checked in the API, the index, the number trace, citation resolution and the pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentCorrectionTest {
    private static final String TOKEN = "token-of-the-clerk";
    private static final String HEADER = "HĐND HUYỆN KHOA                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "THƯỜNG TRỰC                                 Độc lập - Tự do - Hạnh phúc\n";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    @TempDir
    static Path docs;
    Archive archive;
    WebServer server;
    final Map<String, Long> ids = new HashMap<>();

    private static String document(String number, String date, String type, String title, String body) {
        return HEADER + "Số: " + number + "                              Khoa, " + date + "\n\n"
                + "                                      " + type + "\n             " + title + "\n\n" + body + "\n\n"
                + "Nơi nhận:                               TM. THƯỜNG TRỰC HĐND\n- Như trên;                             CHỦ TỊCH\n"
                + "- Lưu: VT.                              (Đã ký)\n\n                                        Nguyễn Văn An\n";
    }

    @BeforeAll
    void start() throws IOException {
        Files.writeString(docs.resolve("kh-txct.txt"), document("4/KH-HĐND", "ngày 14 tháng 11 năm 2016", "KẾ HOẠCH",
                "Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba HĐND huyện khóa XI",
                "Thường trực HĐND huyện xây dựng kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba như sau."));
        Files.writeString(docs.resolve("bc-ket-qua.txt"), document("45/BC-HĐND", "ngày 28 tháng 12 năm 2016", "BÁO CÁO",
                "Kết quả tiếp xúc cử tri trước kỳ họp thứ ba",
                "Thực hiện Kế hoạch số 40/KH-HĐND ngày 14/11/2016 của Thường trực HĐND huyện về tổ chức tiếp xúc cử tri, "
                        + "các tổ đại biểu đã tiếp xúc cử tri tại các xã."));
        Files.writeString(docs.resolve("tb-phan-cong.txt"), document("77/TB-HĐND", "ngày 22 tháng 11 năm 2016", "THÔNG BÁO",
                "Phân công thẩm tra các báo cáo trình kỳ họp", "Thường trực HĐND huyện phân công các ban thẩm tra."));
        Files.writeString(docs.resolve("gm-moi.txt"), document("31/GM-HĐND", "ngày 14 tháng 12 năm 2016", "GIẤY MỜI",
                "Dự kỳ họp HĐND huyện", "Thường trực HĐND huyện trân trọng kính mời đại biểu dự kỳ họp."));
        archive = Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config")));
        archive.addStaffToken(TOKEN, "Văn thư Lan");
        archive.ingest(List.of(docs), line -> { });
        for (ArchivedDocument d : archive.documents(0, 100)) {
            ids.put(d.filename(), d.id());
        }
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        archive.close();
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> patch(long id, String token, String body) throws Exception {
        return send("PATCH", "/api/documents/" + id, token, "application/json", body);
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> postForm(long id, Map<String, String> fields) throws Exception {
        return postForm(id, fields, TOKEN);
    }

    private HttpResponse<String> postForm(long id, Map<String, String> fields, String token) throws Exception {
        return send("POST", "/documents/" + id + "/edit", token, "application/x-www-form-urlencoded", urlEncoded(fields));
    }

    /** A request from a browser logged in with the cookie (no bearer token). */
    private HttpResponse<String> browser(String method, String path, String cookie, Map<String, String> form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Cookie", cookie).header("Origin", "http://127.0.0.1:" + server.port())
                .header("Sec-Fetch-Site", "same-origin");
        if (form == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private ArchivedDocument doc(String file) {
        return archive.document(ids.get(file)).orElseThrow();
    }

    private static String number(ArchivedDocument d) {
        return d.metadata().number().map(DocumentNumber::display).orElse("");
    }

    @Test
    void correctingANumberLinksItsCitationsTraceAndIndexAndClearingUndoesIt() throws Exception {
        long kh = ids.get("kh-txct.txt");
        long bc = ids.get("bc-ket-qua.txt");
        assertEquals("4/KH-HĐND", number(doc("kh-txct.txt")), "the test needs the misread number");
        assertTrue(archive.trace("40/KH-HĐND").orElseThrow().documents().isEmpty());

        HttpResponse<String> r = patch(kh, TOKEN, "{\"number\": \"40/kh-hđnd\", \"note\": \"bản giấy ghi số 40\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertEquals("40/KH-HĐND", body.get("number").asText());
        JsonNode c = body.get("corrections").get(0);
        assertEquals("number", c.get("field").asText());
        assertEquals("4/KH-HĐND", c.get("extracted").asText());
        assertEquals("40/KH-HĐND", c.get("value").asText());
        assertEquals("Văn thư Lan", c.get("by").asText());
        assertEquals("bản giấy ghi số 40", c.get("note").asText());
        assertFalse(c.get("at").asText().isEmpty());
        assertEquals(body, json.readTree(send("GET", "/api/documents/" + kh, null, null, null).body()));

        NumberTrace trace = archive.trace("40/KH-HĐND").orElseThrow();
        assertEquals(List.of(kh), trace.documents().stream().map(d -> d.id()).toList());
        assertEquals(List.of(bc), trace.citedBy().stream().map(x -> x.citer().id()).toList());
        JsonNode citation = json.readTree(send("GET", "/api/documents/" + bc, null, null, null).body()).get("citations").get(0);
        assertEquals(kh, citation.get("resolvedId").asLong(), citation.toString());
        assertTrue(archive.trace("4/KH-HĐND").orElseThrow().documents().isEmpty());
        assertTrue(archive.search(SearchRequest.of("40/KH-HĐND")).hits().stream().anyMatch(h -> h.id() == kh),
                "the index follows the correction");

        HttpResponse<String> cleared = patch(kh, TOKEN, "{\"number\": null}");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertEquals("4/KH-HĐND", json.readTree(cleared.body()).get("number").asText());
        assertTrue(json.readTree(cleared.body()).get("corrections").isEmpty());
        assertTrue(archive.trace("40/KH-HĐND").orElseThrow().documents().isEmpty());
        JsonNode again = json.readTree(send("GET", "/api/documents/" + bc, null, null, null).body()).get("citations").get(0);
        assertTrue(again.get("resolvedId").isNull(), again.toString());
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsPartlyApplied() throws Exception {
        long tb = ids.get("tb-phan-cong.txt");
        ArchivedDocument before = doc("tb-phan-cong.txt");
        HttpResponse<String> r = patch(tb, TOKEN, "{\"title\": \"Tiêu đề mới\", \"issued\": \"30/02/2016\", \"number\": \"abc\", "
                + "\"type\": \"XYZ\", \"sessionNumber\": 120, \"sessionTerm\": \"ZZ\", \"sessionKind\": \"họp kín\", \"colour\": \"đỏ\"}");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertEquals("bad_request", body.get("error").asText());
        for (String f : List.of("issued", "number", "type", "sessionNumber", "sessionTerm", "sessionKind", "colour")) {
            assertTrue(body.get("fields").has(f), f + " in " + body);
            assertTrue(body.get("message").asText().contains("'" + f + "'"), body.get("message").asText());
        }
        assertFalse(body.get("fields").has("title"));
        assertEquals(before, doc("tb-phan-cong.txt"), "the good field was not applied either");

        Map<String, String> single = new LinkedHashMap<>();
        single.put("{\"issued\": \"ngày 31 tháng 4 năm 2016\"}", "issued");
        single.put("{\"sessionNumber\": 0}", "sessionNumber");
        single.put("{\"number\": \"/QĐ-UBND\"}", "number");
        single.put("{\"signer\": \"Nguyễn\\nVăn An\"}", "signer");
        single.put("{\"place\": \"" + "x".repeat(400) + "\"}", "place");
        single.put("{}", "fields");
        for (Map.Entry<String, String> e : single.entrySet()) {
            HttpResponse<String> bad = patch(tb, TOKEN, e.getKey());
            assertEquals(400, bad.statusCode(), e.getKey());
            assertTrue(json.readTree(bad.body()).get("fields").has(e.getValue()), bad.body());
        }
        for (String notJson : List.of("[1]", "not json", "{\"title\": true}")) {
            HttpResponse<String> bad = patch(tb, TOKEN, notJson);
            assertEquals(400, bad.statusCode(), notJson);
            assertEquals("bad_request", json.readTree(bad.body()).get("error").asText());
        }
        assertEquals(before, doc("tb-phan-cong.txt"));
    }

    @Test
    void onlyStaffCorrectAndUnknownDocumentsAre404() throws Exception {
        long tb = ids.get("tb-phan-cong.txt");
        HttpResponse<String> none = patch(tb, null, "{\"title\": \"x\"}");
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", json.readTree(none.body()).get("error").asText());
        assertEquals(401, patch(tb, "not-a-token", "{\"title\": \"x\"}").statusCode());
        HttpResponse<String> form = send("GET", "/documents/" + tb + "/edit", null, null, null);
        assertEquals(303, form.statusCode(), "the form sends a visitor to the login page");
        assertEquals("/login?next=%2Fdocuments%2F" + tb + "%2Fedit", form.headers().firstValue("Location").orElse(""));
        assertEquals(401, postForm(tb, Map.of("place", "Khoa"), null).statusCode());
        HttpResponse<String> missing = patch(99_999, TOKEN, "{\"title\": \"x\"}");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", json.readTree(missing.body()).get("error").asText());
    }

    @Test
    void aLoggedInBrowserCorrectsThroughTheFormWithItsCsrfTokenAndTheAuditLogKeepsIt() throws Exception {
        long bc = ids.get("bc-ket-qua.txt");
        HttpResponse<String> login = send("POST", "/login", null, "application/x-www-form-urlencoded",
                urlEncoded(Map.of("token", TOKEN)));
        assertEquals(303, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> form = browser("GET", "/documents/" + bc + "/edit", cookie, null);
        assertEquals(200, form.statusCode());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<form method=\"post\"[^>]*>\\s*<input type=\"hidden\" "
                + "name=\"csrf\" value=\"([A-Za-z0-9_-]+)\">").matcher(form.body());
        assertTrue(m.find(), form.body());
        String csrf = m.group(1);

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("place", "Thị trấn Khoa");
        assertEquals(403, browser("POST", "/documents/" + bc + "/edit", cookie, typed).statusCode(), "no CSRF token");
        assertEquals(Optional.of("Khoa"), doc("bc-ket-qua.txt").metadata().place());
        typed.put("csrf", csrf);
        typed.put("note", "theo bản lưu");
        assertEquals(303, browser("POST", "/documents/" + bc + "/edit", cookie, typed).statusCode());
        assertEquals(Optional.of("Thị trấn Khoa"), doc("bc-ket-qua.txt").metadata().place());

        List<vn.vanthu.catalog.AuditEntry> log = archive.auditLog(new vn.vanthu.catalog.AuditFilter(Optional.empty(),
                Optional.empty(), Optional.of("Văn thư Lan"), 0, 100)).entries();
        assertTrue(log.stream().anyMatch(e -> e.action().equals("document.correct") && e.documentId().equals(Optional.of(bc))
                && e.detail().equals("place = Thị trấn Khoa (theo bản lưu)")), log.toString());
    }

    @Test
    void valuesInVietnameseWordsAreReadAndSessionsFollow() throws Exception {
        long gm = ids.get("gm-moi.txt");
        HttpResponse<String> r = patch(gm, TOKEN, "{\"issued\": \"ngày 15 tháng 12 năm 2016\", \"type\": \"Thông báo\", "
                + "\"sessionNumber\": \"thứ tư\", \"sessionTerm\": \"khóa XI\", \"sessionKind\": \"bất thường\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertEquals("2016-12-15", body.get("issued").asText());
        assertEquals("Thông báo", body.get("type").asText());
        assertEquals("Kỳ họp thứ 4 (khóa XI)", body.get("session").asText());
        ArchivedDocument d = doc("gm-moi.txt");
        assertEquals(4, d.metadata().session().orElseThrow().number());
        assertEquals("bất thường", d.metadata().session().orElseThrow().kind());
        assertTrue(archive.sessions().stream().anyMatch(s -> s.ref().number() == 4 && s.ref().kind().equals("bất thường")),
                "the sessions are read again from the corrected metadata");
        assertEquals(Optional.of(4), archive.sessionOf(gm).flatMap(a -> archive.session(a.sessionId())).map(s -> s.ref().number()));
    }

    @Test
    void correctionsSurviveReindexReIngestAndANewVersionThatMisreadsTheSameWay() throws Exception {
        Path dir = Files.createDirectories(data.resolveSibling(data.getFileName() + "-versions"));
        Path file = dir.resolve("kh-22.txt");
        Files.writeString(file, document("2/KH-HĐND", "ngày 20 tháng 6 năm 2016", "KẾ HOẠCH",
                "Chuẩn bị kỳ họp thứ hai", "Nội dung chuẩn bị kỳ họp thứ hai, bản 1."));
        long v1 = archive.ingest(List.of(file), line -> { }).added().get(0).id();
        assertEquals(200, patch(v1, TOKEN, "{\"number\": \"22/KH-HĐND\", \"title\": \"Chuẩn bị tổ chức kỳ họp thứ hai\"}").statusCode());

        archive.reindex(line -> { });
        assertEquals("22/KH-HĐND", number(archive.document(v1).orElseThrow()));
        assertTrue(archive.search(SearchRequest.of("22/KH-HĐND")).hits().stream().anyMatch(h -> h.id() == v1));
        assertTrue(archive.search(SearchRequest.of("chuẩn bị tổ chức kỳ họp thứ hai")).hits().stream().anyMatch(h -> h.id() == v1));

        assertEquals(1, archive.ingest(List.of(file), line -> { }).unchanged().size(), "the same bytes again");
        assertEquals("22/KH-HĐND", number(archive.document(v1).orElseThrow()));

        // A new version: the number is misread the same way, the title was rewritten in the file.
        Files.writeString(file, document("2/KH-HĐND", "ngày 20 tháng 6 năm 2016", "KẾ HOẠCH",
                "Chuẩn bị nội dung kỳ họp thứ hai", "Nội dung chuẩn bị kỳ họp thứ hai, bản 2 có bổ sung."));
        long v2 = archive.ingest(List.of(file), line -> { }).added().get(0).id();
        ArchivedDocument d2 = archive.document(v2).orElseThrow();
        assertEquals("22/KH-HĐND", number(d2));
        assertEquals("Chuẩn bị nội dung kỳ họp thứ hai", d2.displayTitle());
        assertEquals(List.of(MetadataField.NUMBER), d2.corrections().stream().map(c -> c.field()).toList());
        assertTrue(archive.search(SearchRequest.of("22/KH-HĐND")).hits().stream().anyMatch(h -> h.id() == v2));
    }

    @Test
    void theFormIsLabelledPrefilledEscapedAndShowsErrorsBesideTheirFields() throws Exception {
        long tb = ids.get("tb-phan-cong.txt");
        String hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
        assertEquals(200, patch(tb, TOKEN, "{\"signer\": " + json.writeValueAsString(hostile) + "}").statusCode());

        HttpResponse<String> form = send("GET", "/documents/" + tb + "/edit", TOKEN, null, null);
        assertEquals(200, form.statusCode(), form.body());
        String html = form.body();
        assertTrue(html.contains("<label for=\"f-number\">Số, ký hiệu</label>"), html);
        assertTrue(html.contains("name=\"number\" value=\"77/TB-HĐND\""), html);
        assertTrue(html.contains("<label for=\"f-issued\">Ngày ban hành</label>"));
        assertFalse(html.contains("<script>alert(2)"), "a corrected value is escaped in the form");
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>&lt;script>alert(2)&lt;/script>\""), html);
        assertTrue(html.contains("đã hiệu chỉnh bởi Văn thư Lan"), html);

        String page = send("GET", "/documents/" + tb, null, null, null).body();
        assertTrue(page.contains("đã hiệu chỉnh bởi Văn thư Lan ngày "), page);
        assertFalse(page.contains("<script>alert(2)"), "and on the document page");

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("number", "77/TB-HĐND");
        typed.put("issued", "<b>hôm qua</b>");
        typed.put("place", "Khoa mới");
        HttpResponse<String> bad = postForm(tb, typed);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Không phải ngày"), bad.body());
        assertTrue(bad.body().contains("value=\"&lt;b>hôm qua&lt;/b>\""), "what was typed comes back escaped");
        assertTrue(bad.body().contains("name=\"issued\" value=\"&lt;b>hôm qua&lt;/b>\" aria-invalid"), bad.body());
        assertEquals(Optional.of("Khoa"), doc("tb-phan-cong.txt").metadata().place(), "nothing applied");

        typed.put("issued", "23/11/2016");
        typed.put("note", "đối chiếu bản giấy");
        HttpResponse<String> ok = postForm(tb, typed);
        assertEquals(303, ok.statusCode(), ok.body());
        assertEquals("/documents/" + tb, ok.headers().firstValue("Location").orElse(""));
        ArchivedDocument d = doc("tb-phan-cong.txt");
        assertEquals("2016-11-23", d.metadata().issued().orElseThrow().toString());
        assertEquals(Optional.of("Khoa mới"), d.metadata().place());
        assertEquals("77/TB-HĐND", number(d), "an unchanged field is not corrected");
        assertTrue(d.correction(MetadataField.NUMBER).isEmpty());
        assertEquals(Optional.of("đối chiếu bản giấy"), d.correction(MetadataField.PLACE).orElseThrow().note());

        Map<String, String> restore = new LinkedHashMap<>();
        restore.put("restore-signer", "1");
        assertEquals(303, postForm(tb, restore).statusCode());
        assertEquals(Optional.of("Nguyễn Văn An"), doc("tb-phan-cong.txt").metadata().signer());
    }
}
