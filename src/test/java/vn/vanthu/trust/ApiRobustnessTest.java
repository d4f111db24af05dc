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
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
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
    String staffToken;
    String adminToken;
    String revokedToken;

    @BeforeAll
    void start() throws IOException {
        SmallDocuments.write(tmp.resolve("in"), 20, 3);
        Files.writeString(tmp.resolve("in").resolve(HOSTILE_NAME), "Tờ trình <script>alert(3)</script> về kỳ họp "
                + "\"><img src=x onerror=alert(4)> có mã độc.\n", StandardCharsets.UTF_8);
        Files.write(tmp.resolve("in/scripts.html"), HostileCorpus.scriptsHtml());
        // Stamped "MẬT": a document staff may not see, for the write fuzz's hidden ids.
        Files.writeString(tmp.resolve("in/bao-cao-mat.txt"), "MẬT\nBáo cáo số 9/BC-HĐND về việc khai thác khoáng sản.\n",
                StandardCharsets.UTF_8);
        archive = Archive.open(tmp.resolve("data"), IndexConfig.bundled());
        staffToken = archive.createToken(Role.STAFF, "fuzz staff", Caller.commandLine()).token();
        adminToken = archive.createToken(Role.ADMIN, "fuzz admin", Caller.commandLine()).token();
        revokedToken = archive.createToken(Role.STAFF, "fuzz revoked", Caller.commandLine()).token();
        archive.revokeToken("fuzz revoked", Caller.commandLine());
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
    void defectiveWritesAreRefusedCleanlyAndStoreNothing() throws Exception {
        // 600 here (about 10 of them above 64 MB) to keep the build fast; scripts/api-fuzz sends 3,000.
        ApiWriteFuzz.Setup setup = ApiWriteFuzz.prepare("127.0.0.1", server.port(), staffToken, adminToken, revokedToken);
        ApiWriteFuzz.Result r = ApiWriteFuzz.run("127.0.0.1", server.port(), tmp.resolve("data"), 600, 20261127L, setup);
        String figures = String.join("\n", r.lines());
        assertEquals(0, r.transportErrors(), figures);
        assertEquals(0, r.serverErrors(), figures);
        assertEquals(0, r.stackTraces(), figures);
        assertEquals(0, r.missingHeaders(), figures);
        assertEquals(0, r.wrongErrorFormat(), figures);
        assertEquals(0, r.acceptedDefective(), figures);
        assertEquals(0, r.missingRetryAfter(), figures);
        assertEquals(List.of(), r.changedState(), figures);
        assertEquals(9, r.byTarget().size(), "every write endpoint is reached: " + figures);
        assertTrue(r.byStatus().keySet().containsAll(List.of(400, 401, 403, 404)), figures);
        // The fuzz's login survived it: no refused logout ended it.
        ApiFuzz.Answer page = get("/", "Cookie: vanthu_session=" + setup.cookie());
        assertTrue(page.body().contains(setup.csrf()), "still logged in after the fuzz");
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

    private ApiFuzz.Answer get(String target, String... headers) throws IOException {
        return ApiFuzz.send("127.0.0.1", server.port(), ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
