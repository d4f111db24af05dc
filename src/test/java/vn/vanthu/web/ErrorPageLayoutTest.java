package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.body;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error page where no page of its own applies (an unknown path, a method a page does not take,
 * a target Jetty refuses before any route) has the site's header, style and a way back to search;
 * only when the templates themselves fail is it the plain page.
 */
class ErrorPageLayoutTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private static void assertSiteLayout(String page, int status) {
        assertTrue(page.contains("<title>Lỗi " + status + " · vanthu</title>"), page);
        assertTrue(page.contains("<header>") && page.contains("href=\"/numbers\""), "the site's header: " + page);
        assertTrue(page.contains("<style>"), "the site's style: " + page);
        assertTrue(page.contains("<h1>Lỗi " + status + "</h1>"), page);
        assertTrue(page.contains("<a href=\"/\">Về trang tìm kiếm</a>"), page);
    }

    @Test
    void anUnknownPathShowsTheSitesLayout() {
        HttpResponse<byte[]> r = s.get("/khong-co-trang-nay");
        assertEquals(404, r.statusCode());
        assertSiteLayout(body(r), 404);
        assertTrue(body(r).contains("Không có trang này: /khong-co-trang-nay"), body(r));
    }

    @Test
    void aMethodAPageDoesNotTakeShowsTheSitesLayout() {
        HttpResponse<byte[]> r = s.send("DELETE", "/numbers");
        assertEquals(405, r.statusCode());
        assertSiteLayout(body(r), 405);
    }

    @Test
    void thePathShownIsEscaped() {
        HttpResponse<byte[]> r = s.get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, r.statusCode());
        assertFalse(body(r).contains("<script>"), body(r));
    }

    @Test
    void aTargetJettyRefusesShowsTheSitesLayoutInVietnamese() throws IOException {
        String answer;
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /x%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.toLowerCase().contains("content-type: text/html;charset=utf-8"), answer);
        assertSiteLayout(answer, 400);
        assertTrue(answer.contains("Yêu cầu không hợp lệ"), answer);
        assertFalse(answer.contains("HTTP ERROR"), "Jetty's English page: " + answer);
    }

    @Test
    void whenTheTemplatesFailThePageIsThePlainOne() {
        ErrorPages broken = new ErrorPages((template, model) -> {
            throw new IllegalStateException("the template engine is broken");
        });
        String page = broken.page(404, "Không có trang này: /<b>");
        assertTrue(page.contains("<h1>Lỗi 404</h1>"), page);
        assertTrue(page.contains("Không có trang này: /&lt;b&gt;"), page);
        assertTrue(page.contains("<a href=\"/\">Về trang tìm kiếm</a>"), page);
    }

    @Test
    void thePlainPageEscapesAsTheOneEscaperDoes() {
        String message = "Bên A: kho chưa có “Kỳ họp thứ 25” & 'q:' <b>";
        String page = ErrorPages.plain(400, message);
        assertTrue(page.contains("<p>" + vn.vanthu.text.HtmlEscaper.escape(message) + "</p>"), page);
        assertTrue(page.contains("&#39;q:&#39; &lt;b&gt;"), page);
    }
}
