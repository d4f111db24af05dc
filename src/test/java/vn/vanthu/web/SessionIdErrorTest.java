package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bad session id is called a session id: the old answer spoke of a document id. */
class SessionIdErrorTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    @Test
    void aBadSessionIdNamesTheSession() {
        for (String path : new String[] {"/api/sessions/abc", "/api/sessions/0"}) {
            HttpResponse<byte[]> r = s.get(path);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(400, r.statusCode(), body);
            assertTrue(body.contains("\"error\":\"bad_request\""), body);
            assertTrue(body.contains("a session id is a positive number"), body);
        }
    }
}
