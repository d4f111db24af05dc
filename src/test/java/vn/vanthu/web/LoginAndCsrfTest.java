package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.catalog.AuditEntry;
import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.TestDocuments;

/** Tokens with roles, the login cookie, CSRF, and the audit log, over HTTP. */
class LoginAndCsrfTest {
    private static final String BOUNDARY = "----vanthu-login-test";
    @TempDir
    static Path data;
    private static Archive archive;
    private static WebServer server;
    private static String staffToken;
    private static String adminToken;
    private static final HttpClient http = HttpClient.newHttpClient(); // no cookie jar: cookies are sent by hand
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        archive = Archive.open(data, IndexConfig.bundled());
        staffToken = archive.createToken(Role.STAFF, "Nguyễn Thị Lan", Caller.commandLine()).token();
        adminToken = archive.createToken(Role.ADMIN, "Trần Văn Quản", Caller.commandLine()).token();
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            s.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    private static HttpResponse<String> postForm(String path, String cookie, String... pairs) throws Exception {
        HttpRequest.Builder b = at(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(pairs)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b);
    }

    /** Logs in with a token; returns the Cookie header value to send afterwards. */
    private static String login(String token) throws Exception {
        HttpResponse<String> r = postForm("/login", null, "token", token);
        assertEquals(303, r.statusCode(), r.body());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The CSRF token of a logged-in page, as the header's logout form carries it. */
    private static String csrfOf(String cookie) throws Exception {
        HttpResponse<String> page = send(at("/login").header("Cookie", cookie));
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    private static byte[] multipart(String csrf, String filename, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (csrf != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpRequest.Builder upload(byte[] body) {
        return at("/api/documents").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static JsonNode jsonOf(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        return json.readTree(r.body());
    }

    @Test
    void theLoginCookieIsHttpOnlyStrictAndSecureOnlyOverHttps() throws Exception {
        HttpResponse<String> r = postForm("/login", null, "token", staffToken, "next", "/sessions");
        assertEquals(303, r.statusCode());
        assertEquals("/sessions", r.headers().firstValue("Location").orElse(""));
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("vanthu_session=[A-Za-z0-9_-]{43};.*"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertFalse(cookie.contains("Max-Age"), "a browser-session cookie: " + cookie);

        HttpResponse<String> overProxy = send(at("/login").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("token", staffToken))));
        assertTrue(overProxy.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"));

        HttpResponse<String> elsewhere = postForm("/login", null, "token", staffToken, "next", "//evil.example/x");
        assertEquals("/", elsewhere.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theHeaderShowsWhoIsLoggedInAndLogoutEndsTheSession() throws Exception {
        assertTrue(send(at("/")).body().contains(">Đăng nhập</a>"));
        String cookie = login(staffToken);
        String page = send(at("/").header("Cookie", cookie)).body();
        assertTrue(page.contains("Nguyễn Thị Lan (nhân viên)"), page);
        assertTrue(page.contains("Đăng xuất"), page);
        assertTrue(page.contains("<meta name=\"csrf-token\" content=\"" + csrfOf(cookie) + "\">"), "for fetch() calls");

        HttpResponse<String> noCsrf = postForm("/logout", cookie);
        assertEquals(403, noCsrf.statusCode());
        assertTrue(noCsrf.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(noCsrf.body().contains("CSRF"), noCsrf.body());

        HttpResponse<String> out = postForm("/logout", cookie, "csrf", csrfOf(cookie));
        assertEquals(303, out.statusCode());
        String cleared = out.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cleared.startsWith("vanthu_session=;") && cleared.contains("Expires=Thu, 01 Jan 1970"), cleared);
        assertTrue(send(at("/").header("Cookie", cookie)).body().contains(">Đăng nhập</a>"), "the old cookie is dead");
        jsonOf(send(upload(multipart(null, "a.txt", "x".getBytes(StandardCharsets.UTF_8))).header("Cookie", cookie)), 401);
    }

    @Test
    void aWrongTokenDoesNotLogIn() throws Exception {
        HttpResponse<String> r = postForm("/login", null, "token", "khong-phai-ma");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Mã truy cập không đúng"), r.body());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty());
        assertEquals(400, postForm("/login", null, "token", " ").statusCode());
    }

    @Test
    void cookieWritesNeedTheCsrfTokenAndOurOwnOrigin() throws Exception {
        String cookie = login(staffToken);
        String csrf = csrfOf(cookie);
        byte[] file = TestDocuments.docx("Thông báo số 81/TB-HĐND về việc tổ chức kỳ họp thứ tư");

        assertEquals("csrf_missing", jsonOf(send(upload(multipart(null, "tb-81.docx", file)).header("Cookie", cookie)), 403)
                .get("error").asText());
        assertEquals("csrf_invalid", jsonOf(send(upload(multipart("sai" + csrf.substring(3), "tb-81.docx", file))
                .header("Cookie", cookie)), 403).get("error").asText());
        assertEquals("cross_origin", jsonOf(send(upload(multipart(csrf, "tb-81.docx", file)).header("Cookie", cookie)
                .header("Sec-Fetch-Site", "cross-site")), 403).get("error").asText());
        assertEquals("cross_origin", jsonOf(send(upload(multipart(csrf, "tb-81.docx", file)).header("Cookie", cookie)
                .header("Origin", "http://evil.example")), 403).get("error").asText());

        // From our own page: the form field, or the header as a fetch() call sends it.
        JsonNode added = jsonOf(send(upload(multipart(csrf, "tb-81.docx", file)).header("Cookie", cookie)
                .header("Sec-Fetch-Site", "same-origin").header("Origin", "http://127.0.0.1:" + server.port())), 201);
        long id = added.get("files").get(0).get("id").asLong();
        jsonOf(send(upload(multipart(null, "tb-81-lai.docx", file)).header("Cookie", cookie).header("X-CSRF-Token", csrf)), 200);

        List<AuditEntry> log = archive.auditLog(new AuditFilter(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("Nguyễn Thị Lan"), 0, 100)).entries();
        assertTrue(log.stream().anyMatch(e -> e.action().equals("upload") && e.documentId().equals(java.util.Optional.of(id))
                && e.role().equals("staff") && e.detail().startsWith("tb-81.docx: added")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.detail().startsWith("tb-81-lai.docx: unchanged")), log.toString());
    }

    @Test
    void bearerTokenCallsNeedNoCsrfToken() throws Exception {
        byte[] file = TestDocuments.docx("Kế hoạch số 90/KH-HĐND giám sát chuyên đề");
        JsonNode r = jsonOf(send(upload(multipart(null, "kh-90.docx", file)).header("Authorization", "Bearer " + adminToken)
                .header("Sec-Fetch-Site", "cross-site")), 201);
        assertEquals("added", r.get("files").get(0).get("status").asText());
    }

    @Test
    void theAuditLogIsForAdminsOnly() throws Exception {
        jsonOf(send(at("/api/audit")), 401);
        JsonNode staff = jsonOf(send(at("/api/audit").header("Authorization", "Bearer " + staffToken)), 403);
        assertEquals("forbidden", staff.get("error").asText());
        JsonNode admin = jsonOf(send(at("/api/audit?size=500").header("Authorization", "Bearer " + adminToken)), 200);
        assertTrue(admin.get("total").asInt() >= 2, admin.toString());
        boolean created = false;
        for (JsonNode e : admin.get("entries")) {
            created |= e.get("action").asText().equals("token.create") && e.get("detail").asText().contains("Nguyễn Thị Lan");
        }
        assertTrue(created, admin.toString());
        JsonNode none = jsonOf(send(at("/api/audit?actor=nobody").header("Authorization", "Bearer " + adminToken)), 200);
        assertEquals(0, none.get("total").asInt());
        JsonNode future = jsonOf(send(at("/api/audit?from=2999-01-01").header("Authorization", "Bearer " + adminToken)), 200);
        assertEquals(0, future.get("entries").size());
        jsonOf(send(at("/api/audit?from=hôm-qua").header("Authorization", "Bearer " + adminToken)), 400);
        jsonOf(send(at("/api/audit?from=2026-02-01&to=2026-01-01").header("Authorization", "Bearer " + adminToken)), 400);
        jsonOf(send(at("/api/audit?size=501").header("Authorization", "Bearer " + adminToken)), 400);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceWithItsLogins() throws Exception {
        String token = archive.createToken(Role.STAFF, "tạm thời", Caller.commandLine()).token();
        String cookie = login(token);
        byte[] file = TestDocuments.docx("Báo cáo số 12/BC-HĐND kết quả giám sát");
        assertEquals(201, send(upload(multipart(null, "bc-12.docx", file)).header("Authorization", "Bearer " + token)).statusCode());
        assertTrue(send(at("/").header("Cookie", cookie)).body().contains("tạm thời (nhân viên)"));

        archive.revokeToken("tạm thời", Caller.commandLine());
        HttpResponse<String> r = send(upload(multipart(null, "bc-12b.docx", file)).header("Authorization", "Bearer " + token));
        assertTrue(jsonOf(r, 401).get("message").asText().contains("not a staff token"));
        assertTrue(send(at("/").header("Cookie", cookie)).body().contains(">Đăng nhập</a>"), "its login ended too");
        assertEquals(401, postForm("/login", null, "token", token).statusCode());
    }

    @Test
    void tenFailedLoginsAMinuteFromOneAddressAre429() throws Exception {
        try (WebServer own = WebServer.start(archive, "127.0.0.1", 0)) { // its own throttle
            HttpRequest.Builder wrong = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + own.port() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("token", "doan-mo")));
            for (int i = 0; i < 10; i++) {
                assertEquals(401, send(wrong).statusCode(), "attempt " + (i + 1));
            }
            // The address is the connection's: a forged X-Forwarded-For does not make a new one.
            HttpResponse<String> blocked = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + own.port() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.ofString(form("token", staffToken))));
            assertEquals(429, blocked.statusCode(), "even the right token waits");
            assertTrue(Integer.parseInt(blocked.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertTrue(blocked.body().contains("quá nhiều lần"), blocked.body());
            assertTrue(blocked.headers().allValues("Set-Cookie").isEmpty());
        }
    }

    @Test
    void aSessionCorrectionIsAudited() throws Exception {
        archive.ingestUpload(TestDocuments.docx("HỘI ĐỒNG NHÂN DÂN HUYỆN KHOA\nSố: 15/NQ-HĐND\nNGHỊ QUYẾT\n"
                + "Kỳ họp thứ ba Hội đồng nhân dân huyện khóa XI được tổ chức trong hai ngày 19 và 20/12/2016."),
                "nq-15.docx");
        long session = archive.sessions().get(0).id();
        String cookie = login(adminToken);
        HttpResponse<String> r = send(at("/api/sessions/" + session).header("Cookie", cookie)
                .header("X-CSRF-Token", csrfOf(cookie)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"closing\": \"2016-12-21\",\n \"note\": \"theo biên bản\"}")));
        jsonOf(r, 200);
        AuditEntry last = archive.auditLog(new AuditFilter(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("Trần Văn Quản"), 0, 1)).entries().get(0);
        assertEquals("session.correct", last.action());
        assertEquals("admin", last.role());
        assertTrue(last.detail().startsWith("session " + session + " (") && last.detail().endsWith(
                "{\"closing\":\"2016-12-21\",\"note\":\"theo biên bản\"}"), last.detail());
    }
}
