package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;

/** The pages' scripts and styles come from the jar, with the site's headers; nothing else does. */
class StaticFilesTest {
    @Test
    void servesThePagesFilesAndNothingElse(@TempDir Path data) throws Exception {
        try (ServedArchive served = ServedArchive.of(Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config"))))) {
            HttpResponse<byte[]> script = served.get("/static/upload.js");
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), script.headers().toString());
            assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(""));
            byte[] shipped;
            try (var in = StaticFiles.class.getResourceAsStream("/vn/vanthu/web/static/upload.js")) {
                shipped = in.readAllBytes();
            }
            assertEquals(new String(shipped, StandardCharsets.UTF_8), new String(script.body(), StandardCharsets.UTF_8));
            HttpResponse<byte[]> style = served.get("/static/upload.css");
            assertEquals(200, style.statusCode());
            assertTrue(style.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

            assertEquals(404, served.get("/static/nothing.js").statusCode());
            assertEquals(404, served.get("/static/.hidden").statusCode());
            // Only plain names inside the folder: no way to another resource of the jar (Jetty may
            // refuse an encoded separator itself, with a 400).
            for (String escape : new String[] {"/static/..%2FWebServer.class", "/static/%2E%2E%2Fstatic%2Fupload.js",
                    "/static/../web/WebServer.class"}) {
                int status = served.get(escape).statusCode();
                assertTrue(status == 400 || status == 404, escape + " → " + status);
            }
        }
    }
}
