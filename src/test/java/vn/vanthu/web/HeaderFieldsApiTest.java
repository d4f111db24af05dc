package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The header fields of issue 5 (markings, Kính gửi, Nơi nhận, signature block, term) through the
 * catalog to the API and the document page, on the sample documents that carry them; and the
 * replaced resolution's status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderFieldsApiTest {
    private static final String SECRET = "2017-06-26-bc-30-mat-giam-sat-khieu-nai-to-cao.docx";
    private static final String URGENT = "2017-06-20-cv-112-khan-giai-trinh-kien-nghi-cu-tri.pdf";
    private static final String REPLACING = "2017-12-15-nq-20-2017-dieu-chinh-dau-tu-cong-trung-han.doc";
    private static final String REPLACED = "2016-07-22-nq-05-2016-dau-tu-cong-trung-han.docx";
    private static final String PLAN = "2016-06-20-kh-22-chuan-bi-ky-hop-thu-hai.docx";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    Archive archive;
    WebServer server;
    final Map<String, Long> ids = new HashMap<>();

    @BeforeAll
    void start() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of(SECRET, URGENT, REPLACING, REPLACED, PLAN)) {
            Files.copy(TestPaths.sampleDocs().resolve(f), in.resolve(f));
        }
        archive = Archive.open(dir.resolve("data"), IndexConfig.at(TestPaths.project().resolve("index-config")));
        archive.ingest(List.of(in), line -> { });
        for (ArchivedDocument d : archive.documents(0, 100)) {
            ids.put(d.filename(), d.id());
        }
        // The secret report is archived confidential: only an administrator sees it.
        adminToken = archive.createToken(vn.vanthu.access.Role.ADMIN, "quản trị", vn.vanthu.access.Caller.commandLine()).token();
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        archive.close();
    }

    private static String adminToken;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode document(String file) throws Exception {
        HttpResponse<String> r = get("/api/documents/" + ids.get(file));
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    @Test
    void theSecretReportShowsItsMarkingAndSignature() throws Exception {
        JsonNode d = document(SECRET);
        assertEquals("Mật", d.get("security").asText());
        assertTrue(d.get("urgency").isNull());
        assertEquals("[\"TM. THƯỜNG TRỰC HĐND\"]", d.get("signature").get("authorities").toString());
        assertEquals("PHÓ CHỦ TỊCH", d.get("signature").get("position").asText());
        assertEquals("Lê Minh Nhựt", d.get("signature").get("name").asText());
        assertEquals("Lưu: VT (02 bản)", d.get("distribution").get(3).asText());
        // Read back from the catalog, as the access rules will read it.
        assertEquals(java.util.Optional.of("Mật"), archive.documents(0, 100).stream().filter(x -> x.filename().equals(SECRET))
                .findFirst().orElseThrow().metadata().security());
        String page = get("/documents/" + ids.get(SECRET)).body();
        assertTrue(page.contains("Độ mật") && page.contains("TM. THƯỜNG TRỰC HĐND") && page.contains("Nơi nhận"), page);
    }

    @Test
    void theUrgentLetterShowsItsAddresseesAndBothAuthorityLines() throws Exception {
        JsonNode d = document(URGENT);
        assertEquals("Khẩn", d.get("urgency").asText());
        assertTrue(d.get("security").isNull());
        assertEquals(3, d.get("recipients").size());
        assertEquals("UBND các xã, thị trấn", d.get("recipients").get(2).asText());
        assertEquals("[\"TM. ỦY BAN NHÂN DÂN\",\"KT. CHỦ TỊCH\"]", d.get("signature").get("authorities").toString());
        String page = get("/documents/" + ids.get(URGENT)).body();
        assertTrue(page.contains("Độ khẩn") && page.contains("Kính gửi") && page.contains("Phòng Tài nguyên và Môi trường huyện"), page);
    }

    @Test
    void theTermIsInTheApiAndAPlainDocumentHasNoMarkings() throws Exception {
        JsonNode d = document(PLAN);
        assertEquals(2016, d.get("term").get("from").asInt());
        assertEquals(2021, d.get("term").get("to").asInt());
        assertTrue(d.get("security").isNull() && d.get("urgency").isNull());
        assertEquals(0, d.get("recipients").size());
        String page = get("/documents/" + ids.get(PLAN)).body();
        assertTrue(page.contains("Nhiệm kỳ") && page.contains("2016 - 2021"), page);
        assertTrue(!page.contains("Độ mật") && !page.contains("Độ khẩn"), page);
    }

    @Test
    void theReplacedResolutionReadsAsReplacedByTheNewOne() throws Exception {
        JsonNode status = document(REPLACED).get("status");
        assertEquals("replaced", status.get("code").asText(), status.toString());
        assertEquals("Đã bị thay thế", status.get("label").asText());
        JsonNode replacing = document(REPLACING);
        boolean cites = false;
        for (JsonNode c : replacing.get("citations")) {
            cites |= c.get("number").asText().equals("05/2016/NQ-HĐND") && c.get("relation").asText().equals("thay thế");
        }
        assertTrue(cites, replacing.get("citations").toString());
        assertTrue(get("/documents/" + ids.get(REPLACED)).body().contains("Đã bị thay thế"));
    }
}
