package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;

/** GET /api/documents/{id} tells where a document came from: its zip and entries, its versions, its OCR flag. */
class DocumentOriginApiTest {
    @TempDir
    static Path tmp;
    private static Archive archive;
    private static WebServer server;
    private static final Map<String, Long> ids = new HashMap<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (String name : List.of("to-trinh.txt", "nghi-quyet.txt")) {
                z.putNextEntry(new ZipEntry("ho-so/" + name));
                z.write(("Hồ sơ kỳ họp thứ ba: " + name).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Files.write(in.resolve("ho-so.zip"), zip.toByteArray());
        Path plan = in.resolve("ke-hoach.txt");
        Files.writeString(plan, "Kế hoạch tiếp xúc cử tri, bản thảo.");
        archive = Archive.open(tmp.resolve("data"), IndexConfig.bundled());
        archive.ingest(List.of(in), line -> { }).added().forEach(a -> ids.put(a.path(), a.id()));
        Files.writeString(plan, "Kế hoạch tiếp xúc cử tri, bản chính thức.");
        archive.ingest(List.of(plan), line -> { }).added().forEach(a -> ids.put(a.path() + " v2", a.id()));
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    private static JsonNode origin(long id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/documents/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).get("origin");
    }

    private static long id(String suffix) {
        return ids.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).findFirst().orElseThrow(
                () -> new AssertionError(suffix + " not in " + ids)).getValue();
    }

    @Test
    void aZipListsItsEntriesAndEachEntryNamesItsContainer() throws Exception {
        long container = id("ho-so.zip");
        JsonNode zip = origin(container);
        assertEquals(2, zip.get("entries").size(), zip.toString());
        long entry = zip.get("entries").get(0).asLong();
        JsonNode e = origin(entry);
        assertEquals(container, e.get("containerId").asLong());
        assertTrue(e.get("entryPath").asText().startsWith("ho-so/"), e.toString());
        assertFalse(e.get("needsOcr").asBoolean());
    }

    @Test
    void versionsPointBothWays() throws Exception {
        long first = id("ke-hoach.txt");
        long second = id("ke-hoach.txt v2");
        assertEquals(second, origin(first).get("nextVersionId").asLong());
        assertEquals(first, origin(second).get("previousVersionId").asLong());
        assertTrue(origin(second).get("nextVersionId").isNull());
    }
}
