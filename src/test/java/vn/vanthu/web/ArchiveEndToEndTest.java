package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
import vn.vanthu.ingest.IngestReport;

/**
 * The whole path on the shipped sample archive: ingest sample-docs/ into a fresh data directory,
 * serve it on a free port, and ask through HTTP what staff would ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveEndToEndTest {
    private static final String SEED = "rut-kinh-nghiem-ky-hop-thu-ba";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    Archive archive;
    WebServer server;
    IngestReport report;
    List<Path> samples;

    private String adminToken;

    @BeforeAll
    void start() throws IOException {
        try (Stream<Path> files = Files.list(TestPaths.sampleDocs())) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        archive = Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config")));
        report = archive.ingest(List.of(TestPaths.sampleDocs()), line -> { });
        // The whole archive end to end, as its administrator (the samples include a confidential
        // report); what anonymous visitors and staff see is VisibilityTest's subject.
        adminToken = archive.createToken(vn.vanthu.access.Role.ADMIN, "quản trị", vn.vanthu.access.Caller.commandLine()).token();
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        archive.close();
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .header("Authorization", "Bearer " + adminToken).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String pathAndQuery, int expectedStatus) throws Exception {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertEquals(expectedStatus, r.statusCode(), pathAndQuery + " → " + new String(r.body()));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), pathAndQuery);
        return json.readTree(r.body());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> filenames(JsonNode hits) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode h : hits) {
            names.add(getJson("/api/documents/" + h.get("id").asLong(), 200).get("filename").asText());
        }
        return names;
    }

    @Test
    void everySampleFileIsArchivedAndASecondRunAddsNothing() {
        assertEquals(List.of(), report.failed(), "sample files that failed");
        assertEquals(samples.size(), report.added().size());
        IngestReport again = archive.ingest(List.of(TestPaths.sampleDocs()), line -> { });
        assertEquals(0, again.added().size());
        assertEquals(samples.size(), again.unchanged().size());
    }

    @Test
    void accentedAndUnaccentedQueriesFindTheSeedReport() throws Exception {
        for (String q : List.of("rút kinh nghiệm kỳ họp thứ ba", "rut kinh nghiem ky hop thu ba", "Việc gửi tài liệu còn chậm",
                "viec gui tai lieu con cham")) {
            JsonNode r = getJson("/api/search?size=5&q=" + enc(q), 200);
            assertTrue(r.get("total").asLong() > 0, q);
            assertTrue(filenames(r.get("hits")).stream().anyMatch(f -> f.contains(SEED)), q + " → " + filenames(r.get("hits")));
            assertTrue(r.get("hits").get(0).get("snippets").get(0).asText().contains("<mark>"), q);
        }
    }

    @Test
    void theNumberTraceGivesThePlanAndTheReportCitingIt() throws Exception {
        JsonNode r = getJson("/api/numbers/40/KH-H%C4%90ND", 200);
        assertEquals("40/KH-HDND", r.get("key").asText());
        assertEquals(1, r.get("documents").size());
        assertEquals("40/KH-HĐND", r.get("documents").get(0).get("number").asText());
        List<String> citers = new ArrayList<>();
        for (JsonNode c : r.get("citedBy")) {
            citers.add(getJson("/api/documents/" + c.get("id").asLong(), 200).get("filename").asText());
            assertTrue(c.get("context").asText().contains("40/KH-HĐND"), c.toString());
        }
        assertTrue(citers.stream().anyMatch(f -> f.contains(SEED)), citers.toString());
        assertFalse(r.get("timeline").isEmpty());
        assertEquals(r.get("key"), getJson("/api/numbers?n=" + enc("40/kh-hdnd"), 200).get("key"), "any spelling, ?n= works too");
    }

    @Test
    void theOriginalDownloadsByteIdentical() throws Exception {
        JsonNode list = getJson("/api/documents?size=100", 200);
        assertEquals(samples.size(), list.get("total").asInt());
        for (JsonNode d : list.get("documents")) {
            Path source = TestPaths.sampleDocs().resolve(d.get("filename").asText());
            HttpResponse<byte[]> r = get("/api/documents/" + d.get("id").asLong() + "/original");
            assertEquals(200, r.statusCode());
            assertArrayEquals(Files.readAllBytes(source), r.body(), source.toString());
            assertEquals(64, d.get("sha256").asText().length());
        }
    }

    @Test
    void badRequestsGetJsonErrorsNeverA500() throws Exception {
        String[][] cases = {
                {"/api/search", "400"},
                {"/api/search?q=a&page=0", "400"},
                {"/api/search?q=a&size=100000", "400"},
                {"/api/search?q=a&page=abc", "400"},
                {"/api/search?q=a&sort=nonsense", "400"},
                {"/api/search?q=a&from=2016-13-45", "400"},
                {"/api/search?q=a&year=twenty", "400"},
                {"/api/search?q=" + "a".repeat(1200), "400"},
                {"/api/documents?page=-1", "400"},
                {"/api/documents/999999", "404"},
                {"/api/documents/abc", "400"},
                {"/api/documents/..%2F..%2Fetc%2Fpasswd/original", "400"},
                {"/api/documents/999999/original", "404"},
                {"/api/numbers/not-a-number", "400"},
                {"/api/numbers", "400"},
                {"/api/nothing-here", "404"},
        };
        for (String[] c : cases) {
            HttpResponse<byte[]> r = get(c[0]);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " → " + new String(r.body()));
            String body = new String(r.body());
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                JsonNode err = json.readTree(r.body());
                assertTrue(err.has("error") && err.has("message"), c[0] + " → " + body);
            } else {
                assertTrue(c[0].contains("%2F"), "only Jetty's own refusal of %2F may answer without JSON: " + c[0]);
            }
            assertFalse(body.contains("Exception") || body.contains("at vn."), "no stack trace: " + body);
        }
    }

    @Test
    void thePagesRenderInVietnamese() throws Exception {
        HttpResponse<byte[]> home = get("/");
        assertEquals(200, home.statusCode());
        String html = new String(home.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("lang=\"vi\"") && html.contains("Tìm"), html);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));

        String results = new String(get("/?q=" + enc("tiep xuc cu tri")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(results.contains("kết quả") && results.contains("<mark>"), results);
        assertTrue(results.contains("/api/documents/") && results.contains("/original"));

        long id = getJson("/api/search?q=" + enc("40/KH-HĐND"), 200).get("hits").get(0).get("id").asLong();
        String page = new String(get("/documents/" + id).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("40/KH-HĐND") && page.contains("Được dẫn chiếu bởi"), page);
        String trace = new String(get("/numbers?n=" + enc("40/KH-HĐND")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(trace.contains("Được dẫn chiếu bởi") && trace.contains("Thực hiện Kế hoạch số 40/KH-HĐND"), trace);
        // The heading spells the number as staff write it, whatever spelling was typed (not the folded key).
        String typedLoosely = new String(get("/numbers?n=" + enc("40/kh-hdnd")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(typedLoosely.contains("<h1>Số 40/KH-HĐND</h1>"), typedLoosely);
    }

    @Test
    void healthReportsCounts() throws Exception {
        JsonNode h = getJson("/api/health", 200);
        assertEquals("ok", h.get("status").asText());
        assertEquals(samples.size(), h.get("documents").asInt());
        assertEquals(samples.size(), h.get("indexed").asInt());
    }
}
