package vn.vanthu.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.ingest.IngestReport;
import vn.vanthu.web.WebServer;

/** The API under random requests, its limits, its headers, and escaping of hostile titles and text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRobustnessTest {
    private static final String HOSTILE_NAME = "x\"><img src=x onerror=alert(1)><script>alert(2)<.script>.txt";

    @TempDir
    static Path tmp;
    Archive archive;
    WebServer server;
    long hostileId;

    @BeforeAll
    void start() throws IOException {
        SmallDocuments.write(tmp.resolve("in"), 20, 3);
        Files.writeString(tmp.resolve("in").resolve(HOSTILE_NAME), "Tờ trình <script>alert(3)</script> về kỳ họp "
                + "\"><img src=x onerror=alert(4)> có mã độc.\n", StandardCharsets.UTF_8);
        Files.write(tmp.resolve("in/scripts.html"), HostileCorpus.scriptsHtml());
        archive = Archive.open(tmp.resolve("data"), IndexConfig.bundled());
        IngestReport report = archive.ingest(List.of(tmp.resolve("in")), line -> { });
        hostileId = report.added().stream().filter(a -> a.path().endsWith(HOSTILE_NAME)).findFirst().orElseThrow().id();
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        archive.close();
    }

    @Test
    void randomRequestsGetNoServerErrorAndNoStackTrace() throws InterruptedException {
        // 1,000 here to keep the build fast; scripts/api-fuzz sends 10,000.
        ApiFuzz.Result r = ApiFuzz.run("127.0.0.1", server.port(), 1_000, 20261127L);
        String figures = String.join("\n", r.lines());
        assertEquals(1_000, r.tried());
        assertEquals(0, r.transportErrors(), figures);
        assertEquals(0, r.serverErrors(), figures);
        assertEquals(0, r.stackTraces(), figures);
        assertEquals(0, r.missingHeaders(), figures);
        assertTrue(r.byStatus().getOrDefault(200, 0) > 50, "the fuzz also reaches real answers: " + figures);
    }

    @Test
    void limitsOnQueryLengthAndPageSizeAreClearFourHundreds() throws IOException {
        assertEquals(400, get("/api/search?q=" + "a".repeat(1001)).status());
        assertEquals(400, get("/api/search?q=ky&size=101").status());
        assertEquals(400, get("/api/search?q=ky&page=100000").status());
        assertEquals(400, get("/api/documents?size=1000000").status());
        ApiFuzz.Answer huge = get("/api/search?q=" + "a".repeat(200_000));
        assertTrue(huge.status() == 400 || huge.status() == 414 || huge.status() == 431, "status " + huge.status());
    }

    @Test
    void hostileTitlesTextAndNamesAreEscapedInThePages() throws IOException {
        for (String page : List.of("/documents/" + hostileId, "/?q=m%C3%A3+%C4%91%E1%BB%99c", "/?q=alert", "/?q=onerror")) {
            ApiFuzz.Answer a = get(page);
            assertEquals(200, a.status(), page);
            assertFalse(a.body().contains("<script>alert"), page + " carries a live script: " + a.body());
            assertFalse(a.body().contains("<img src=x"), page + " carries a live tag");
            assertTrue(a.body().contains("&lt;script&gt;") || a.body().contains("&lt;img"), page + " shows the text escaped");
        }
        ApiFuzz.Answer api = get("/api/search?q=alert");
        assertEquals(200, api.status());
        assertTrue(api.headers().get("content-type").startsWith("application/json"), "JSON, never sniffed as HTML");
        // Titles are data in JSON (clients escape them); snippets are HTML by contract, so they come escaped.
        String snippets = api.body().substring(api.body().indexOf("\"snippets\""));
        assertFalse(snippets.contains("<script>") || snippets.contains("<img"), "snippets are HTML-escaped: " + snippets);
        assertTrue(snippets.contains("&lt;script&gt;"), snippets);
    }

    @Test
    void originalsAreServedAsAttachmentsThatBrowsersMustNotSniff() throws IOException {
        ApiFuzz.Answer a = get("/api/documents/" + hostileId + "/original");
        assertEquals(200, a.status());
        assertTrue(a.headers().get("content-disposition").startsWith("attachment"), a.headers().toString());
        assertEquals("nosniff", a.headers().get("x-content-type-options"));
    }

    private ApiFuzz.Answer get(String target) throws IOException {
        return ApiFuzz.send("127.0.0.1", server.port(), ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
