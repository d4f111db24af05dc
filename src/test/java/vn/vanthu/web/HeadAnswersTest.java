package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A HEAD answers what a GET of the same target would (status and headers), without the body. */
class HeadAnswersTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    @Test
    void aMissingDocumentIsA404ForHeadAsForGet() {
        assertSameAnswer("/api/documents/999999", 404, "application/json");
        assertSameAnswer("/documents/999999", 404, "text/html");
    }

    @Test
    void aBadParameterIsA400ForHead() {
        assertSameAnswer("/api/search?q=a&size=abc", 400, "application/json");
        assertSameAnswer("/?q=a&size=abc", 400, "text/html");
    }

    @Test
    void anExistingDocumentHasItsTypeAndLength() {
        assertSameAnswer("/api/documents/1", 200, "application/json");
        assertSameAnswer("/documents/1", 200, "text/html");
        HttpResponse<byte[]> get = s.get("/api/documents/1/original");
        HttpResponse<byte[]> head = assertSameAnswer("/api/documents/1/original", 200, "");
        assertEquals(get.headers().firstValue("Content-Disposition"), head.headers().firstValue("Content-Disposition"));
    }

    @Test
    void aHeadAnswerCarriesNoBodyOnTheWire() throws IOException {
        String answer = raw("HEAD /api/documents/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/json"), answer);
        assertTrue(answer.endsWith("\r\n\r\n"), "nothing after the headers: " + answer);
    }

    /** HEAD and GET of {@code target} agree on status, Content-Type and Content-Length; the HEAD has no body. */
    private static HttpResponse<byte[]> assertSameAnswer(String target, int status, String type) {
        HttpResponse<byte[]> get = s.get(target);
        HttpResponse<byte[]> head = s.send("HEAD", target);
        assertEquals(status, get.statusCode(), target);
        assertEquals(status, head.statusCode(), "HEAD " + target);
        Optional<String> getType = get.headers().firstValue("Content-Type");
        assertTrue(getType.orElse("").startsWith(type), target + ": " + getType);
        assertEquals(getType, head.headers().firstValue("Content-Type"), "HEAD " + target);
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"), "HEAD " + target);
        assertEquals(0, head.body().length, "HEAD " + target);
        return head;
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
