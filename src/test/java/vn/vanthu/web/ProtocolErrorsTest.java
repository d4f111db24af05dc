package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;

/**
 * Requests Jetty refuses before any route runs (a target it cannot decode): under /api the answer
 * is still the API's JSON error, elsewhere an HTML page, both with the security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolErrorsTest {
    @TempDir
    static Path tmp;
    ServedArchive served;

    @BeforeAll
    void start() {
        served = ServedArchive.of(Archive.open(tmp.resolve("data"), IndexConfig.bundled()));
    }

    @AfterAll
    void stop() {
        served.close();
    }

    @Test
    void undecodableApiTargetsGetTheApisJsonError() throws IOException {
        for (String target : List.of("/api/documents/1%00", "/api/%00", "/api/search%00?q=x", "/api/documents/1%2",
                "/api/documents/%zz", "/api/documents/%C3%28", "http://127.0.0.1/api/documents/1%00")) {
            List<String> answers = send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String a = answers.get(0);
            assertTrue(a.startsWith("HTTP/1.1 400 "), target + ": " + a);
            assertTrue(a.toLowerCase().contains("content-type: application/json"), target + " is not JSON: " + a);
            assertTrue(a.contains("{\"error\":\"bad_request\",\"message\":"), target + ": " + a);
            assertSecurityHeaders(target, a);
        }
    }

    @Test
    void undecodablePageTargetsGetAnHtmlPage() throws IOException {
        for (String target : List.of("/x%00", "/documents/1%2", "/apiary%00")) {
            String a = send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").get(0);
            assertTrue(a.startsWith("HTTP/1.1 400 "), target + ": " + a);
            assertTrue(a.toLowerCase().contains("content-type: text/html"), target + " is not HTML: " + a);
            assertSecurityHeaders(target, a);
        }
    }

    @Test
    void theTargetOfAnEarlierRequestOnTheConnectionIsNotReused() throws IOException {
        // A good /api request, then a request line Jetty refuses before reading its target, on one connection.
        List<String> answers = send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                + "G\u0001T /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertEquals(2, answers.size(), String.join("\n----\n", answers));
        assertTrue(answers.get(0).startsWith("HTTP/1.1 200 "), answers.get(0));
        assertTrue(answers.get(1).startsWith("HTTP/1.1 400 "), answers.get(1));
        assertFalse(answers.get(1).toLowerCase().contains("application/json"), "no /api target was sent: " + answers.get(1));
    }

    private static void assertSecurityHeaders(String target, String answer) {
        String lower = answer.toLowerCase();
        assertTrue(lower.contains("x-content-type-options: nosniff"), target + ": " + answer);
        assertTrue(lower.contains("frame-ancestors"), target + ": " + answer);
    }

    /** Sends raw bytes and splits what comes back into answers (by their status lines). */
    private List<String> send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return List.of(all.split("(?=HTTP/1\\.1 \\d{3} )"));
        }
    }
}
