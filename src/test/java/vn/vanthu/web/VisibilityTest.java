package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.xref.CitationGraph;
import vn.vanthu.xref.NumberTrace;

/**
 * Every surface an anonymous visitor and staff reach, over HTTP, against an archive holding a
 * public plan, an internal notice and a confidential report (administrators are checked through
 * the archive's view, as the web has no admin token yet). The public plan cites both hidden
 * documents; the confidential report cites a number nobody else cites.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisibilityTest {
    private static final String TOKEN = "staff-token-for-visibility";
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    private static Archive archive;
    private static WebServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    private static long plan;
    private static long notice;
    private static long report;
    private static long draft;
    private static String adminToken;
    private static Optional<AccessLevel> reportLevelAtIngest;
    private static Optional<AccessLevel> noticeLevelAtIngest;

    @BeforeAll
    static void start() throws Exception {
        archive = Archive.open(data, IndexConfig.bundled());
        archive.addStaffToken(TOKEN, "cán bộ văn phòng");
        adminToken = archive.createToken(Role.ADMIN, "Trần Văn Quản", Caller.commandLine()).token();
        Path p = write("ke-hoach-40.txt", document("40/KH-HĐND", "14 tháng 11 năm 2016", "KẾ HOẠCH",
                "Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba",
                "Căn cứ Báo cáo số 12/BC-HĐND ngày 05/11/2016 của Thường trực HĐND huyện về tình hình địa phương; "
                        + "thực hiện Thông báo số 15/TB-HĐND ngày 07/11/2016 của Thường trực HĐND huyện, "
                        + "Thường trực HĐND huyện xây dựng kế hoạch tiếp xúc cử tri như sau."));
        Path n = write("thong-bao-15.txt", document("15/TB-HĐND", "07 tháng 11 năm 2016", "THÔNG BÁO",
                "Phân công chuẩn bị kỳ họp thứ ba",
                "Thường trực HĐND huyện phân công các Ban chuẩn bị nội dung thẩm tra trình kỳ họp."));
        // Stamped "MẬT": confidential from the moment it is archived, though the run's default is public.
        Path r = write("bao-cao-12.txt", document("12/BC-HĐND\nMẬT", "05 tháng 11 năm 2016", "BÁO CÁO",
                "Tình hình khai thác vàng trái phép",
                "Căn cứ Kế hoạch số 88/KH-HĐND ngày 20/6/2016 của Thường trực HĐND huyện, đoàn giám sát ghi nhận "
                        + "tình trạng khai thác vàng trái phép ở thượng nguồn và kiến nghị xử lý nghiêm."));
        archive.ingest(List.of(p, r), line -> { });
        archive.ingest(List.of(n), IngestOptions.defaults().withThreads(1).withAccess(AccessLevel.INTERNAL),
                IngestListener.lines(line -> { }));
        Path d = write("du-thao.txt", document("16/TB-HĐND", "08 tháng 11 năm 2016", "THÔNG BÁO",
                "Dự thảo lịch làm việc của Thường trực", "Lịch làm việc tuần của Thường trực HĐND huyện, bản dự thảo."));
        archive.ingest(List.of(d), IngestOptions.defaults().withThreads(1).withAccess(AccessLevel.INTERNAL),
                IngestListener.lines(line -> { }));
        ArchiveView admin = archive.as(Role.ADMIN);
        Map<String, Long> ids = new java.util.HashMap<>();
        admin.documents(0, 10).forEach(doc -> ids.put(doc.filename(), doc.id()));
        plan = ids.get("ke-hoach-40.txt");
        notice = ids.get("thong-bao-15.txt");
        report = ids.get("bao-cao-12.txt");
        draft = ids.get("du-thao.txt");
        reportLevelAtIngest = admin.accessLevel(report);
        noticeLevelAtIngest = admin.accessLevel(notice);
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String document(String number, String date, String type, String title, String body) {
        return "HĐND HUYỆN KHOA                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "THƯỜNG TRỰC                                 Độc lập - Tự do - Hạnh phúc\n"
                + "Số: " + number + "                              Khoa, ngày " + date + "\n\n"
                + "                                     " + type + "\n"
                + "              " + title + "\n\n" + body + "\n\n"
                + "Nơi nhận:                               TM. THƯỜNG TRỰC HĐND\n"
                + "- Lưu: VT.                              CHỦ TỊCH\n\n"
                + "                                        Lê Minh Nhựt\n";
    }

    // ---- helpers --------------------------------------------------------------------------

    private static HttpResponse<String> get(String path, Optional<String> token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode anonymous(String path) throws Exception {
        HttpResponse<String> r = get(path, Optional.empty());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return json.readTree(r.body());
    }

    private static JsonNode staff(String path) throws Exception {
        HttpResponse<String> r = get(path, Optional.of(TOKEN));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return json.readTree(r.body());
    }

    private static HttpResponse<String> put(String path, String body, Optional<String> token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asLong()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void ingestDerivesLevelsFromMarkingsAndTheRunsDefault() {
        assertEquals(Optional.of(AccessLevel.CONFIDENTIAL), reportLevelAtIngest);
        assertEquals(Optional.of(AccessLevel.INTERNAL), noticeLevelAtIngest);
        assertEquals(Optional.of(AccessLevel.PUBLIC), archive.as(Role.ADMIN).accessLevel(plan));
        assertEquals(Optional.empty(), archive.as(Role.STAFF).accessLevel(report));
    }

    // ---- search ---------------------------------------------------------------------------

    @Test
    void searchResultsTotalsAndFacetsHoldOnlyWhatTheCallerMaySee() throws Exception {
        JsonNode anon = anonymous("/api/search?q=" + q("Thường trực HĐND huyện"));
        assertEquals(List.of(plan), ids(anon.get("hits"), "id"));
        assertEquals(1, anon.get("total").asInt());
        assertEquals(List.of("Kế hoạch"), texts(anon.get("facets").get("type"), "value"));
        assertEquals(1, anon.get("facets").get("year").get(0).get("count").asInt());

        JsonNode staff = staff("/api/search?q=" + q("Thường trực HĐND huyện"));
        assertEquals(3, staff.get("total").asInt());
        assertFalse(ids(staff.get("hits"), "id").contains(report));
        assertFalse(texts(staff.get("facets").get("type"), "value").contains("Báo cáo"));

        SearchResults admin = archive.as(Role.ADMIN).search(SearchRequest.of("Thường trực HĐND huyện"));
        assertEquals(4, admin.total());
    }

    @Test
    void aHiddenDocumentsWordsAreNeitherFoundNorSuggestedNorSnippeted() throws Exception {
        JsonNode anon = anonymous("/api/search?q=" + q("khai thac vang"));
        assertEquals(0, anon.get("total").asInt());
        assertTrue(anon.get("suggestion") == null || anon.get("suggestion").isNull(), anon.toString());
        JsonNode byNumber = anonymous("/api/search?q=" + q("12/BC-HĐND"));
        for (JsonNode hit : byNumber.get("hits")) {
            assertEquals(plan, hit.get("id").asLong());
            assertFalse(hit.get("snippets").toString().contains("vàng"), hit.toString());
        }
        assertEquals(0, staff("/api/search?q=" + q("khai thác vàng")).get("total").asInt());

        SearchResults admin = archive.as(Role.ADMIN).search(SearchRequest.of("khai thac vang"));
        assertEquals(Optional.of("khai thác vàng"), admin.suggestion());
        assertEquals(1, archive.as(Role.ADMIN).search(SearchRequest.of("khai thác vàng")).total());
    }

    // ---- documents --------------------------------------------------------------------------

    @Test
    void aHiddenDocumentAnswersExactlyLikeAMissingOne() throws Exception {
        long unknown = 987_654;
        for (String part : List.of("", "/text", "/original", "/graph")) {
            HttpResponse<String> hidden = get("/api/documents/" + report + part, Optional.empty());
            HttpResponse<String> missing = get("/api/documents/" + unknown + part, Optional.empty());
            assertEquals(404, hidden.statusCode(), part);
            assertEquals(missing.body().replace(Long.toString(unknown), "ID"),
                    hidden.body().replace(Long.toString(report), "ID"), part);
            assertEquals(404, get("/api/documents/" + notice + part, Optional.empty()).statusCode(), part);
            assertEquals(404, get("/api/documents/" + report + part, Optional.of(TOKEN)).statusCode(), part);
            assertEquals(200, get("/api/documents/" + notice + part, Optional.of(TOKEN)).statusCode(), part);
        }
        assertEquals(404, get("/documents/" + report, Optional.empty()).statusCode());
        assertTrue(archive.as(Role.ADMIN).document(report).isPresent());
        assertTrue(archive.as(Role.ADMIN).original(report).isPresent());
    }

    @Test
    void theListingAndItsTotalCountOnlyVisibleDocuments() throws Exception {
        JsonNode anon = anonymous("/api/documents");
        assertEquals(1, anon.get("total").asInt());
        assertEquals(List.of(plan), ids(anon.get("documents"), "id"));
        JsonNode staff = staff("/api/documents?size=1&page=2");
        assertEquals(3, staff.get("total").asInt());
        assertEquals(1, staff.get("documents").size());
        assertEquals(4, archive.as(Role.ADMIN).documentCount());
        assertEquals(1, anonymous("/api/health").get("documents").asInt());
        assertEquals(1, anonymous("/api/health").get("indexed").asInt());
    }

    @Test
    void aVisibleDocumentsCitationsOfHiddenOnesReadAsMissing() throws Exception {
        JsonNode detail = anonymous("/api/documents/" + plan);
        for (JsonNode c : detail.get("citations")) {
            assertEquals("missing", c.get("status").asText(), c.toString());
            assertEquals(0, c.get("resolvedIds").size());
        }
        JsonNode staffDetail = staff("/api/documents/" + plan);
        List<String> statuses = texts(staffDetail.get("citations"), "status");
        assertTrue(statuses.contains("resolved"), statuses.toString()); // the internal notice
        assertTrue(statuses.contains("missing"), statuses.toString());  // the confidential report
    }

    // ---- traces, graphs, reports ------------------------------------------------------------

    @Test
    void aTraceShowsACitationOfAHiddenDocumentAsOfOneNeverArchived() throws Exception {
        JsonNode anon = anonymous("/api/numbers/12/BC-H%C4%90ND");
        assertEquals(0, anon.get("documents").size());
        assertEquals(0, anon.get("byIssuer").size());
        assertEquals(List.of(plan), ids(anon.get("citedBy"), "id"));
        assertEquals("missing", anon.get("citedBy").get(0).get("status").asText());
        assertEquals(0, anon.get("citedBy").get(0).get("resolvedIds").size());
        assertFalse(ids(anon.get("timeline"), "documentId").contains(report));
        // The same answer as for a number nobody archived: nothing tells them apart.
        JsonNode never = anonymous("/api/numbers/" + q("99/BC-HĐND").replace("%2F", "/"));
        assertEquals(never.get("documents"), anon.get("documents"));

        JsonNode staffTrace = staff("/api/numbers/15/TB-H%C4%90ND");
        assertEquals(List.of(notice), ids(staffTrace.get("documents"), "id"));
        assertEquals(0, anonymous("/api/numbers/15/TB-H%C4%90ND").get("documents").size());

        NumberTrace admin = archive.as(Role.ADMIN).trace("12/BC-HĐND").orElseThrow();
        assertEquals(report, admin.documents().get(0).id());
        assertEquals(List.of(report), admin.citedBy().get(0).resolvedTo());
        // The report's own citation is not in anyone else's view of 88/KH-HĐND.
        assertEquals(0, anonymous("/api/numbers/88/KH-H%C4%90ND").get("citedBy").size());
        assertEquals(1, archive.as(Role.ADMIN).trace("88/KH-HĐND").orElseThrow().citedBy().size());
        // Nor in their counts: a hidden citer is left out before anything is counted or paged.
        JsonNode anon88 = anonymous("/api/numbers/88/KH-H%C4%90ND");
        assertEquals(0, anon88.get("citedByTotal").asInt());
        assertEquals(0, anon88.get("citingDocuments").asInt());
        assertEquals(0, anon88.get("relations").size());
        assertEquals(0, anon88.get("timelineSummary").get("byYear").size());
        assertTrue(anon88.get("timelineSummary").get("firstCited").isNull());
        assertEquals(1, archive.as(Role.ADMIN).trace("88/KH-HĐND").orElseThrow().counts().citations());
    }

    @Test
    void theGraphDropsHiddenDocumentsAndShowsTheirNumbersAsMissing() throws Exception {
        JsonNode anon = anonymous("/api/documents/" + plan + "/graph?depth=3");
        List<String> nodes = texts(anon.get("nodes"), "id");
        assertFalse(nodes.contains("d" + report), nodes.toString());
        assertFalse(nodes.contains("d" + notice), nodes.toString());
        assertEquals(3, nodes.size(), nodes.toString()); // the plan and two missing numbers
        assertFalse(anon.toString().contains("vàng"));

        List<String> staffNodes = texts(staff("/api/documents/" + plan + "/graph?depth=3").get("nodes"), "id");
        assertTrue(staffNodes.contains("d" + notice), staffNodes.toString());
        assertFalse(staffNodes.contains("d" + report), staffNodes.toString());

        CitationGraph admin = archive.as(Role.ADMIN).graph(plan, 3).orElseThrow();
        assertTrue(admin.nodes().stream().anyMatch(node -> node.id().equals("d" + report)));
    }

    @Test
    void theMissingReportCountsOnlyWhatTheCallerSees() throws Exception {
        JsonNode anon = anonymous("/api/missing");
        List<String> keys = texts(anon.get("numbers"), "number");
        assertTrue(keys.contains("12/BC-HĐND"), keys.toString());
        assertTrue(keys.contains("15/TB-HĐND"), keys.toString());
        assertFalse(keys.contains("88/KH-HĐND"), keys.toString()); // cited only by the confidential report
        assertEquals(keys.size(), anon.get("total").asInt());

        List<String> staffKeys = texts(staff("/api/missing").get("numbers"), "number");
        assertTrue(staffKeys.contains("12/BC-HĐND"), staffKeys.toString());
        assertFalse(staffKeys.contains("15/TB-HĐND"), staffKeys.toString());

        var admin = archive.as(Role.ADMIN).missingNumbers(0, 50);
        List<String> adminKeys = admin.numbers().stream().map(m -> m.spellings().get(0)).toList();
        assertEquals(List.of("88/KH-HĐND"), adminKeys);
        assertEquals(1, admin.total());
    }

    @Test
    void theDateViewCountsOnlyVisibleDocuments() throws Exception {
        JsonNode anon = anonymous("/api/dates?from=2016-11-05&to=2016-11-08");
        assertEquals(0, anon.get("issuedTotal").asInt());
        for (JsonNode m : anon.get("mentioned")) {
            assertEquals(plan, m.get("document").get("id").asLong(), m.toString());
        }
        assertEquals(anon.get("mentioned").size(), anon.get("mentionedTotal").asInt());
        assertEquals(2, staff("/api/dates?from=2016-11-05&to=2016-11-08").get("issuedTotal").asInt());
        assertEquals(3, archive.as(Role.ADMIN).dates(java.time.LocalDate.of(2016, 11, 5),
                java.time.LocalDate.of(2016, 11, 8), 50).issuedTotal());
    }

    @Test
    void aComparisonSeesOnlyVisibleDocuments() throws Exception {
        HttpResponse<String> r = get("/api/compare?a=" + q("q:khai thác vàng") + "&b=" + q("q:tiếp xúc cử tri"), Optional.empty());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(archive.as(Role.ADMIN).compare("q:khai thác vàng", "q:tiếp xúc cử tri").a().documents().size() == 1);
    }

    // ---- uploads ---------------------------------------------------------------------------

    private static HttpResponse<String> upload(String token, String access, String filename, String text) throws Exception {
        String boundary = "----vanthu-visibility";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"access\"\r\n\r\n" + access + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it adds a document the other tests do not count
    void anUploadIsFiledAtTheLevelItsFormAsksForWithinTheUploadersRights() throws Exception {
        String text = document("20/TB-HĐND", "09 tháng 11 năm 2016", "THÔNG BÁO", "Lịch tiếp công dân tháng mười hai",
                "Thường trực HĐND huyện thông báo lịch tiếp công dân định kỳ.");
        HttpResponse<String> refused = upload(TOKEN, "confidential", "tb-20.txt", text);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(400, upload(TOKEN, "bí mật", "tb-20.txt", text).statusCode());
        HttpResponse<String> added = upload(TOKEN, "internal", "tb-20.txt", text);
        assertEquals(201, added.statusCode(), added.body());
        long id = json.readTree(added.body()).get("files").get(0).get("id").asLong();
        assertEquals(Optional.of(AccessLevel.INTERNAL), archive.as(Role.ADMIN).accessLevel(id));
        assertEquals(404, get("/api/documents/" + id, Optional.empty()).statusCode());
        assertEquals(0, anonymous("/api/search?q=" + q("tiếp công dân")).get("total").asInt());
        assertEquals(1, staff("/api/search?q=" + q("tiếp công dân")).get("total").asInt());
    }

    // ---- changing a level -------------------------------------------------------------------

    @Test
    void staffChangeBetweenPublicAndInternalAndTheSearchFollowsAtOnce() throws Exception {
        String path = "/api/documents/" + draft + "/access";
        assertEquals(0, anonymous("/api/search?q=" + q("dự thảo lịch làm việc")).get("total").asInt());
        assertEquals(401, put(path, "{\"level\":\"public\"}", Optional.empty()).statusCode());
        assertEquals(400, put(path, "{\"level\":\"secret\"}", Optional.of(TOKEN)).statusCode());
        assertEquals(400, put(path, "not json", Optional.of(TOKEN)).statusCode());
        try {
            HttpResponse<String> r = put(path, "{\"level\":\"public\"}", Optional.of(TOKEN));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode change = json.readTree(r.body());
            assertEquals("internal", change.get("previous").asText());
            assertEquals("cán bộ văn phòng", change.get("setBy").asText());
            JsonNode now = anonymous(path);
            assertEquals("public", now.get("level").asText());
            assertEquals("cán bộ văn phòng", now.get("setBy").asText());
            assertEquals(1, anonymous("/api/search?q=" + q("dự thảo lịch làm việc")).get("total").asInt());
            assertEquals(200, get("/api/documents/" + draft + "/text", Optional.empty()).statusCode());

            HttpResponse<String> confidential = put(path, "{\"level\":\"confidential\"}", Optional.of(TOKEN));
            assertEquals(403, confidential.statusCode(), confidential.body());
            // Staff cannot see a confidential document, so they cannot tell it from an unknown id.
            assertEquals(404, put("/api/documents/" + report + "/access", "{\"level\":\"public\"}", Optional.of(TOKEN)).statusCode());
        } finally {
            archive.as(Role.ADMIN).setAccess(draft, AccessLevel.INTERNAL);
        }
        assertEquals(0, anonymous("/api/search?q=" + q("dự thảo lịch làm việc")).get("total").asInt());
        assertEquals(404, get(path, Optional.empty()).statusCode());
        assertEquals("internal", staff(path).get("level").asText());
    }

    @Test
    void anAdminTokenSeesEverythingAndItsLevelChangesAreAudited() throws Exception {
        Optional<String> admin = Optional.of(adminToken);
        HttpResponse<String> all = get("/api/search?q=" + q("khai thac vang"), admin);
        assertEquals(1, json.readTree(all.body()).get("total").asInt(), all.body());
        assertEquals(200, get("/api/documents/" + report + "/original", admin).statusCode());
        String path = "/api/documents/" + notice + "/access";
        try {
            HttpResponse<String> r = put(path, "{\"level\":\"confidential\"}", admin);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(404, get("/api/documents/" + notice, Optional.of(TOKEN)).statusCode());
        } finally {
            assertEquals(200, put(path, "{\"level\":\"internal\"}", admin).statusCode());
        }
        assertEquals(200, get("/api/documents/" + notice, Optional.of(TOKEN)).statusCode());
        JsonNode log = json.readTree(get("/api/audit?size=500", admin).body());
        List<String> changes = new ArrayList<>();
        for (JsonNode e : log.get("entries")) {
            if (e.get("action").asText().equals("access.change")) {
                changes.add(e.get("detail").asText());
            }
        }
        assertTrue(changes.contains("internal → confidential"), log.toString());
        assertTrue(changes.contains("confidential → internal"), log.toString());
    }

    @Test
    void anAdministratorOpensAConfidentialDocumentAndEveryViewFollows() {
        ArchiveView admin = archive.as(Role.ADMIN);
        try {
            admin.setAccess(report, AccessLevel.PUBLIC);
            assertEquals(1, archive.as(Role.ANONYMOUS).search(SearchRequest.of("khai thác vàng")).total());
            assertEquals(List.of(report), archive.as(Role.ANONYMOUS).trace("12/BC-HĐND").orElseThrow()
                    .citedBy().get(0).resolvedTo());
        } finally {
            admin.setAccess(report, AccessLevel.CONFIDENTIAL);
        }
        assertEquals(0, archive.as(Role.ANONYMOUS).search(SearchRequest.of("khai thác vàng")).total());
        assertEquals(Optional.of(AccessLevel.CONFIDENTIAL), admin.accessLevel(report));
    }
}
