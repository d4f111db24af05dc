package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.TestDocuments;

class UploadTest {
    private static final String TOKEN = "staff-token-for-the-test";
    private static final String BOUNDARY = "----vanthu-test-boundary";
    @TempDir
    static Path data;
    private static Archive archive;
    private static WebServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        archive = Archive.open(data, IndexConfig.bundled());
        archive.addStaffToken(TOKEN, "test");
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    private static byte[] multipart(Object... nameAndBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < nameAndBytes.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + nameAndBytes[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes((byte[]) nameAndBytes[i + 1]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> post(String token, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void staffUploadSeveralFilesAndGetEachOutcome() throws Exception {
        byte[] docx = TestDocuments.docx("Thông báo số 77/TB-HĐND phân công thẩm tra các báo cáo trình kỳ họp");
        HttpResponse<String> r = post(TOKEN, multipart("tb-77.docx", docx, "hong.pdf",
                "%PDF-1.4 hỏng".getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode files = json.readTree(r.body()).get("files");
        assertEquals("added", files.get(0).get("status").asText());
        long id = files.get(0).get("id").asLong();
        assertEquals("tb-77.docx", files.get(0).get("document").get("filename").asText());
        assertEquals("failed", files.get(1).get("status").asText());
        assertTrue(files.get(1).get("error").asText().contains("damaged"), r.body());
        assertTrue(archive.document(id).isPresent());

        HttpResponse<String> again = post(TOKEN, multipart("tb-77-ban-sao.docx", docx));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, json.readTree(again.body()).get("files").get(0).get("id").asLong());

        HttpResponse<String> bad = post(TOKEN, multipart("rong.doc", new byte[0]));
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals("not_ingested", json.readTree(bad.body()).get("error").asText());
    }

    @Test
    void aZipBombInsideADocxIsA422NamingTheLimit() throws Exception {
        // word/document.xml: 32 MB of zeros, a few KB compressed.
        byte[] bomb = vn.vanthu.extract.PackageBombTest.docx(java.util.Map.of("word/document.xml", new byte[32 << 20]));
        HttpResponse<String> r = post(TOKEN, multipart("bom.docx", bomb));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), r.body());
        String error = json.readTree(r.body()).get("files").get(0).get("error").asText();
        assertTrue(error.contains("expands beyond the limit when decompressed") && error.contains("limit: 200× per part"), error);
        assertTrue(archive.failures().stream().anyMatch(f -> f.path().endsWith("bom.docx") && f.reason().equals(error)),
                "vanthu failures lists it with the same reason");
    }

    @Test
    void withoutAStaffTokenTheAnswerIs401Json() throws Exception {
        HttpResponse<String> none = post(null, multipart("a.txt", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", json.readTree(none.body()).get("error").asText());
        HttpResponse<String> wrong = post("not-a-token", multipart("a.txt", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, wrong.statusCode());
        assertTrue(json.readTree(wrong.body()).get("message").asText().contains("not a staff token"));
    }

    @Test
    void tooLargeUploadsAre413() throws Exception {
        byte[] big = new byte[(int) UploadHandlers.MAX_REQUEST_BYTES + 1024];
        HttpResponse<String> r = post(TOKEN, multipart("lon.txt", big));
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }
}
