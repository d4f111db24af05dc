package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.body;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X-HTTP-Method-Override is refused with a 400 that says so; no request is routed by it. */
class MethodOverrideRefusalTest {
    private static ServedArchive s;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private static HttpResponse<byte[]> send(String method, String target, String override) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + target))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (override != null) {
            b.header("X-HTTP-Method-Override", override);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aGetAskingToBeAHeadIsRefusedAsJsonUnderTheApi() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/api/documents/1", "HEAD");
        assertEquals(400, r.statusCode(), body(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals("bad_request", json.get("error").asText());
        assertTrue(json.get("message").asText().contains("X-HTTP-Method-Override"), body(r));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aPageAskedWithTheHeaderIsTheErrorPage() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/documents/1", "POST");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        assertTrue(body(r).contains("X-HTTP-Method-Override"), body(r));
        assertTrue(body(r).contains("Về trang tìm kiếm"), body(r));
    }

    @Test
    void aPostDoesNotRunAnotherMethodsRoute() throws Exception {
        // Routed by the header, this ran the PATCH route (its 401 for a missing token); now the header's 400.
        HttpResponse<byte[]> r = send("POST", "/api/sessions/1", "PATCH");
        assertEquals(400, r.statusCode(), body(r));
        assertTrue(body(r).contains("X-HTTP-Method-Override"), body(r));
        HttpResponse<byte[]> withoutHeader = send("POST", "/api/sessions/1", null);
        assertEquals(405, withoutHeader.statusCode(), body(withoutHeader));
    }

    @Test
    void anUnknownPathAndAHeadAreRefusedToo() throws Exception {
        assertEquals(400, send("GET", "/api/nothing-here", "GET").statusCode());
        HttpResponse<byte[]> head = send("HEAD", "/api/documents/1", "GET");
        assertEquals(400, head.statusCode());
        assertEquals(0, head.body().length);
    }

    @Test
    void withoutTheHeaderNothingChanges() throws Exception {
        assertEquals(200, send("GET", "/api/documents/1", null).statusCode());
        HttpResponse<byte[]> head = send("HEAD", "/api/documents/999999", null);
        assertEquals(404, head.statusCode());
    }

    @Test
    void evenAnOverrideToTheSameMethodIsRefused() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/api/health", "get");
        assertEquals(400, r.statusCode(), body(r));
    }
}
