package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.body;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 404 says what was not found: the handler's own message where one answered, else the missing path. */
class NotFoundAnswersTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    @Test
    void aMissingDocumentsPageNamesTheDocument() {
        HttpResponse<byte[]> r = s.get("/documents/999999");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(body(r).contains("Không có văn bản số hiệu 999999"), body(r));
    }

    @Test
    void anUnknownPageSaysSoInVietnamese() {
        HttpResponse<byte[]> r = s.get("/khong-co-trang-nay");
        assertEquals(404, r.statusCode());
        assertTrue(body(r).contains("Không có trang này: /khong-co-trang-nay"), body(r));
    }

    @Test
    void theApiAnswersJsonWithItsOwnMessageOrTheMissingEndpoint() {
        HttpResponse<byte[]> doc = s.get("/api/documents/999999");
        assertEquals(404, doc.statusCode());
        assertTrue(body(doc).contains("\"message\":\"no document with id 999999\""), body(doc));
        HttpResponse<byte[]> none = s.get("/api/nothing-here");
        assertEquals(404, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(body(none).contains("no such API endpoint: /api/nothing-here"), body(none));
    }

    @Test
    void aKnownPathAskedWithAMethodItDoesNotTakeIs405NamingTheMethods() {
        HttpResponse<byte[]> api = s.send("PUT", "/api/search?q=a");
        assertEquals(405, api.statusCode(), body(api));
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(body(api).contains("\"error\":\"method_not_allowed\""), body(api));
        assertTrue(api.headers().firstValue("Allow").orElse("").contains("GET"), api.headers().map().toString());
        HttpResponse<byte[]> doc = s.send("DELETE", "/api/documents/1");
        assertEquals(405, doc.statusCode(), body(doc));
        assertTrue(doc.headers().firstValue("Allow").orElse("").contains("PATCH"), doc.headers().map().toString());
        HttpResponse<byte[]> page = s.send("DELETE", "/numbers");
        assertEquals(405, page.statusCode(), body(page));
        assertTrue(body(page).contains("không nhận yêu cầu DELETE"), body(page));
        assertEquals(404, s.send("PUT", "/api/nothing-here").statusCode(), "an unknown path stays a 404");
    }
}
