package vn.vanthu.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded random requests at the write and login endpoints (/login, /logout, /api/audit,
 * PATCH /api/documents/{id}, PUT …/access, POST /api/documents, /api/sessions, the edit form),
 * every one of them defective in at least one way the server must refuse: no credentials, an
 * unknown, revoked or malformed token, the login cookie without its CSRF token, with a wrong one or
 * from another site, broken or wrong JSON, a field value no check accepts, a wrong content type, a
 * body above the 64 MB limit (declared or chunked), an unknown, hidden or traversing id. Checked on
 * every answer: no 5xx, no stack trace, the security headers; an error under /api is JSON with an
 * {@code error} field and a page error is HTML; no defective write is accepted (2xx, or a redirect
 * that means success); a 429 says Retry-After. And {@link StoredState} of the archive is the same
 * before and after the run: a refused request stored nothing.
 * {@code main PORT DATA REQUESTS SEED STAFF ADMIN REVOKED} prints the figures (scripts/api-fuzz).
 */
public final class ApiWriteFuzz {
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Pattern SET_COOKIE = Pattern.compile("vanthu_session=([^;]+)");
    private static final long LIMIT = 64L * 1024 * 1024;

    /** The credentials and ids the requests are built from: real ones, so refusals are not trivially by "unknown". */
    public record Setup(String staffToken, String adminToken, String revokedToken, String cookie, String csrf,
                        long visibleId, long hiddenFromStaffId, long sessionId) {
    }

    /** What the server must do with a request: refuse it, or merely answer it (reads, a logout with nothing to end). */
    private enum Expect { REFUSED, ANSWERED }

    private record Probe(String label, String method, String path, List<String> headers, byte[] body, long hugeLength,
                         boolean chunked, Expect expect) {
    }

    /** The figures of a run. */
    public record Result(int tried, Map<Integer, Integer> byStatus, Map<String, Integer> byTarget, int serverErrors,
                         int stackTraces, int missingHeaders, int wrongErrorFormat, int acceptedDefective,
                         int missingRetryAfter, int transportErrors, List<String> changedState, List<String> examples) {
        public boolean passed() {
            return serverErrors == 0 && stackTraces == 0 && missingHeaders == 0 && wrongErrorFormat == 0 && acceptedDefective == 0
                    && missingRetryAfter == 0 && transportErrors == 0 && changedState.isEmpty();
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("write requests tried               " + tried);
            out.add("requests by endpoint               " + byTarget);
            out.add("answers by status                  " + byStatus);
            out.add("5xx answers                        " + serverErrors);
            out.add("answers with a stack trace         " + stackTraces);
            out.add("answers missing CSP/nosniff        " + missingHeaders);
            out.add("errors not JSON on /api, HTML else " + wrongErrorFormat);
            out.add("defective writes accepted          " + acceptedDefective);
            out.add("429 without Retry-After            " + missingRetryAfter);
            out.add("no answer (transport errors)       " + transportErrors);
            out.add("stored state changed               " + (changedState.isEmpty() ? "no (catalog tables, audit log, originals)" : changedState));
            examples.forEach(e -> out.add("  e.g. " + e));
            return out;
        }
    }

    private final String host;
    private final int port;
    private final Setup setup;

    private ApiWriteFuzz(String host, int port, Setup setup) {
        this.host = host;
        this.port = port;
        this.setup = setup;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Setup setup = prepare("127.0.0.1", port, args[4], args[5], args[6]);
        Result r = run("127.0.0.1", port, data, n, seed, setup);
        r.lines().forEach(System.out::println);
        System.out.println(r.passed() ? "PASS" : "FAIL");
        System.exit(r.passed() ? 0 : 1);
    }

    /**
     * Logs in with the staff token (for a real session cookie and its CSRF token) and finds, as
     * the admin, a document staff may not see and a council session.
     */
    public static Setup prepare(String host, int port, String staff, String admin, String revoked) throws IOException {
        ApiFuzz.Answer login = ApiFuzz.send(host, port, request("POST", "/login", List.of(
                "Content-Type: application/x-www-form-urlencoded"), ("token=" + enc(staff)).getBytes(StandardCharsets.UTF_8)));
        Matcher cookie = SET_COOKIE.matcher(login.headers().getOrDefault("set-cookie", ""));
        if (login.status() != 303 || !cookie.find()) {
            throw new IllegalStateException("the staff token does not log in: " + login.status() + " " + login.headers());
        }
        ApiFuzz.Answer page = ApiFuzz.send(host, port, request("GET", "/", List.of("Cookie: vanthu_session=" + cookie.group(1)), null));
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("a logged-in page carries no CSRF token");
        }
        List<Long> all = ids(host, port, admin);
        List<Long> seenByStaff = ids(host, port, staff);
        long visible = seenByStaff.isEmpty() ? 1 : seenByStaff.get(0);
        long hidden = all.stream().filter(id -> !seenByStaff.contains(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the archive needs a confidential document"));
        ApiFuzz.Answer sessions = ApiFuzz.send(host, port, request("GET", "/api/sessions", List.of(), null));
        Matcher session = Pattern.compile("\"id\":(\\d+)").matcher(sessions.body());
        return new Setup(staff, admin, revoked, cookie.group(1), csrf.group(1), visible, hidden, session.find() ? Long.parseLong(session.group(1)) : 1);
    }

    private static List<Long> ids(String host, int port, String token) throws IOException {
        ApiFuzz.Answer a = ApiFuzz.send(host, port, request("GET", "/api/documents?size=100",
                List.of("Authorization: Bearer " + token), null));
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(a.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    public static Result run(String host, int port, Path data, int requests, long seed, Setup setup) throws InterruptedException {
        StoredState before = StoredState.of(data);
        ApiWriteFuzz fuzz = new ApiWriteFuzz(host, port, setup);
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        Map<String, Integer> byTarget = new ConcurrentHashMap<>();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger traces = new AtomicInteger();
        AtomicInteger headers = new AtomicInteger();
        AtomicInteger format = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retryAfter = new AtomicInteger();
        AtomicInteger transport = new AtomicInteger();
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < requests; i++) {
            long requestSeed = seed * 1_000_003L + i;
            pool.execute(() -> {
                Probe p = fuzz.probe(new Random(requestSeed));
                byTarget.merge(p.label().substring(0, p.label().indexOf(' ')), 1, Integer::sum);
                String what = p.label() + " → ";
                try {
                    ApiFuzz.Answer a = ApiFuzz.send(host, port, out -> write(p, out));
                    byStatus.merge(a.status(), 1, Integer::sum);
                    if (a.status() >= 500) {
                        serverErrors.incrementAndGet();
                        note(examples, what + a.status() + " " + abbreviate(a.body()));
                    }
                    if (ApiFuzz.STACK_TRACE.matcher(a.body()).find()) {
                        traces.incrementAndGet();
                        note(examples, what + "stack trace: " + abbreviate(a.body()));
                    }
                    if (!a.hasSecurityHeaders()) {
                        headers.incrementAndGet();
                        note(examples, what + a.status() + " without security headers");
                    }
                    if (a.status() >= 400 && !rightErrorFormat(p.path(), a)) {
                        format.incrementAndGet();
                        note(examples, what + a.status() + " " + a.headers().get("content-type") + ": " + abbreviate(a.body()));
                    }
                    if (p.expect() == Expect.REFUSED && a.status() < 400) {
                        accepted.incrementAndGet();
                        note(examples, what + "accepted: " + a.status() + " " + a.headers().getOrDefault("location", "") + abbreviate(a.body()));
                    }
                    if (a.status() == 429 && !a.headers().containsKey("retry-after")) {
                        retryAfter.incrementAndGet();
                        note(examples, what + "429 without Retry-After");
                    }
                } catch (IOException e) {
                    transport.incrementAndGet();
                    note(examples, what + "no answer: " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.MINUTES);
        List<String> changed = StoredState.of(data).changedSince(before);
        return new Result(requests, new TreeMap<>(byStatus), new TreeMap<>(byTarget), serverErrors.get(), traces.get(), headers.get(),
                format.get(), accepted.get(), retryAfter.get(), transport.get(), changed, List.copyOf(examples));
    }

    /** JSON with an error field under /api; an HTML page elsewhere. */
    private static boolean rightErrorFormat(String path, ApiFuzz.Answer a) {
        String type = a.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (path.startsWith("/api/") || path.equals("/api")) {
            return type.startsWith("application/json") && a.body().strip().startsWith("{") && a.body().contains("\"error\"");
        }
        return type.startsWith("text/html");
    }

    // ---- the requests ------------------------------------------------------------------------

    /** How a request presents itself; only STAFF_TOKEN, ADMIN_TOKEN and COOKIE_WITH_CSRF may write. */
    private enum Auth {
        NONE, UNKNOWN_TOKEN, REVOKED_TOKEN, MALFORMED_AUTHORIZATION, STAFF_TOKEN, ADMIN_TOKEN, COOKIE_WITHOUT_CSRF,
        COOKIE_WRONG_CSRF, COOKIE_WITH_CSRF, COOKIE_CSRF_CROSS_SITE, COOKIE_CSRF_FOREIGN_ORIGIN, UNKNOWN_COOKIE,
        COOKIE_AND_UNKNOWN_TOKEN;

        boolean mayWrite() {
            return this == STAFF_TOKEN || this == ADMIN_TOKEN || this == COOKIE_WITH_CSRF;
        }

        boolean isAdmin() {
            return this == ADMIN_TOKEN;
        }
    }

    private static final String[] BAD_IDS = {"0", "-1", "999999999", "99999999999999999999", "abc", "1e3", "0x10",
            "..%2F..%2Fcatalog.db", "%2e%2e", "..%5C..%5Cwindows", "1%00", "1;DROP%20TABLE%20documents", "%C3%28", "1.0",
            "9223372036854775808", "%252e%252e"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "application/xml", "application/octet-stream",
            "application/json; charset=iso-8859-1", null};

    private Probe probe(Random r) {
        Auth auth = Auth.values()[r.nextInt(Auth.values().length)];
        return switch (r.nextInt(10)) {
            case 0 -> login(r);
            case 1 -> logout(r, auth);
            case 2 -> audit(r, auth);
            case 3, 4 -> patchDocument(r, auth);
            case 5 -> putAccess(r, auth);
            case 6 -> upload(r, auth);
            case 7 -> sessions(r, auth);
            default -> editForm(r, auth);
        };
    }

    /** A document id and whether the caller is sure to be refused it (unknown, malformed, or hidden from staff). */
    private record Id(String text, boolean refused) {
    }

    private Id id(Random r, Auth auth) {
        return switch (r.nextInt(4)) {
            case 0 -> new Id(Long.toString(setup.visibleId()), false);
            case 1 -> new Id(Long.toString(setup.hiddenFromStaffId()), !auth.isAdmin());
            default -> new Id(BAD_IDS[r.nextInt(BAD_IDS.length)], true);
        };
    }

    private Probe patchDocument(Random r, Auth auth) {
        Id id = id(r, auth);
        String[] defective = {"{\"title\": \"x\"", "[1, 2]", "\"title\"", "null", "", "{\"nope\": 1}", "{\"title\": {\"a\": 1}}",
                "{\"title\": \"Tiêu đề mới\", \"issued\": \"2016-02-30\"}", "{\"sessionNumber\": \"abc\", \"signer\": \"Lê Văn A\"}",
                "{\"sessionKind\": \"không có\"}", "{\"title\": \"" + "x".repeat(2100) + "\"}", "{\"note\": \"" + "n".repeat(600) + "\", \"title\": \"y\"}",
                "{\"title\": \"y\", \"title\": [1]}", "{\"issued\": \"ngày 31 tháng 2 năm 2016\"}", "{\"sessionTerm\": \"abc\"}",
                "{\"title\": true}", "{\"__proto__\": {\"x\": 1}}", "{\"id\": 5}"};
        String valid = "{\"title\": \"Tiêu đề sửa bởi kẻ lạ\", \"note\": \"fuzz\"}";
        return jsonWrite(r, auth, "PATCH", "/api/documents/" + id.text(), id.refused(), valid, defective, "patch-document");
    }

    private Probe putAccess(Random r, Auth auth) {
        Id id = id(r, auth);
        List<String> defective = new ArrayList<>(List.of("{\"level\": \"secret\"}", "{\"level\": 3}", "{}", "{\"level\": null}",
                "{\"level\": \"internal\"", "[\"internal\"]", "level=internal", "{\"level\": [\"public\"]}", "{\"level\": \"mật\"}",
                "{\"level\": \"\"}"));
        if (!auth.isAdmin()) {
            defective.add("{\"level\": \"confidential\"}"); // staff may not make a document confidential
        }
        return jsonWrite(r, auth, "PUT", "/api/documents/" + id.text() + "/access", id.refused(), "{\"level\": \"internal\"}",
                defective.toArray(String[]::new), "put-access");
    }

    private Probe sessions(Random r, Auth auth) {
        if (r.nextInt(4) == 0) {
            // Methods the sessions have no route for: refused whoever asks.
            String method = new String[] {"PUT", "POST", "DELETE"}[r.nextInt(3)];
            String path = r.nextBoolean() ? "/api/sessions" : "/api/sessions/" + setup.sessionId();
            return new Probe("sessions-other " + method + " " + path, method, path, headers(r, auth, true, false),
                    "{\"kind\": \"thường lệ\"}".getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
        }
        boolean known = r.nextBoolean();
        String id = known ? Long.toString(setup.sessionId()) : BAD_IDS[r.nextInt(BAD_IDS.length)];
        String[] defective = {"{}", "{\"note\": \"only a note\"}", "{\"opening\": \"2016-02-30\"}", "{\"term\": 0}", "{\"term\": \"abc\"}",
                "{\"kind\": \"xyz\"}", "{\"unknown\": 1}", "{\"opening\": ", "[]", "\"x\"", "{\"closing\": 20161220}", "{\"term\": 100}",
                "{\"opening\": \"" + "9".repeat(5000) + "\"}"};
        return jsonWrite(r, auth, "PATCH", "/api/sessions/" + id, !known, "{\"kind\": \"chuyên đề\", \"note\": \"fuzz\"}", defective, "patch-session");
    }

    /** A JSON write: the valid body only when the credentials or the id already doom it. */
    private Probe jsonWrite(Random r, Auth auth, String method, String path, boolean idRefused, String valid, String[] defective, String name) {
        boolean doomed = !auth.mayWrite() || idRefused;
        int huge = r.nextInt(40);
        if (huge == 0) {
            return huge(r, auth, method, path, name, "application/json");
        }
        String body;
        String type;
        if (doomed && r.nextInt(3) == 0) {
            body = valid;
            type = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
        } else if (huge == 1) {
            byte[] junk = new byte[1 + r.nextInt(2_000_000)];
            r.nextBytes(junk);
            return new Probe(name + " " + method + " " + path + " (" + junk.length + " random bytes)", method, path,
                    withType(headers(r, auth, true, false), CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)]), junk, 0, false, Expect.REFUSED);
        } else {
            body = defective[r.nextInt(defective.length)];
            type = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
        }
        return new Probe(name + " " + method + " " + path + " " + auth + " " + abbreviate(body), method, path,
                withType(headers(r, auth, true, false), type), body.getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
    }

    /** A body above the server's 64 MB limit: declared in Content-Length, or chunked without a length. */
    private Probe huge(Random r, Auth auth, String method, String path, String name, String type) {
        boolean chunked = r.nextBoolean();
        long length = LIMIT + 1 + r.nextInt(4 * 1024 * 1024);
        return new Probe(name + " " + method + " " + path + " " + auth + " (" + (length >> 20) + " MB" + (chunked ? ", chunked)" : ")"),
                method, path, withType(headers(r, auth, true, false), type), null, length, chunked, Expect.REFUSED);
    }

    private Probe upload(Random r, Auth auth) {
        String path = "/api/documents";
        boolean admin = auth.isAdmin();
        if (r.nextInt(15) == 0) {
            String boundary = "vanthuFuzzBoundary";
            return huge(r, auth, "POST", path, "upload", "multipart/form-data; boundary=" + boundary);
        }
        String boundary = "b" + Long.toHexString(r.nextLong());
        String file = multipartFile(boundary, "file", "to-trinh.txt", "Tờ trình tải lên bởi kẻ lạ " + r.nextInt() + ".");
        String end = "--" + boundary + "--\r\n";
        String type = "multipart/form-data; boundary=" + boundary;
        List<String[]> defective = new ArrayList<>(List.of(
                new String[] {"no file", type, multipartField(boundary, "note", "chỉ có một trường") + end},
                new String[] {"unknown access level", type, multipartField(boundary, "access", "secret") + file + end},
                new String[] {"JSON instead of multipart", "application/json", "{\"file\": \"to-trinh.txt\"}"},
                new String[] {"octet-stream", "application/octet-stream", "Tờ trình"},
                new String[] {"form instead of multipart", "application/x-www-form-urlencoded", "file=to-trinh.txt"},
                new String[] {"no content type", null, "Tờ trình"},
                new String[] {"multipart without boundary", "multipart/form-data", file + end},
                new String[] {"another boundary", "multipart/form-data; boundary=other", file + end},
                new String[] {"empty multipart", type, end},
                new String[] {"multipart cut in a header", type, "--" + boundary + "\r\nContent-Disposition: form-data; na"},
                new String[] {"garbage multipart", type, "\u0000\u0001--" + boundary + "\r\n\r\n\r\n--"}));
        if (!admin) {
            defective.add(new String[] {"confidential by staff", type, multipartField(boundary, "access", "confidential") + file + end});
        }
        String[] chosen;
        if (!auth.mayWrite() && r.nextInt(3) == 0) {
            chosen = new String[] {"a valid upload", type, file + end};
        } else {
            chosen = defective.get(r.nextInt(defective.size()));
        }
        return new Probe("upload POST " + path + " " + auth + " " + chosen[0], "POST", path, withType(headers(r, auth, true, true), chosen[1]),
                chosen[2].getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
    }

    private Probe editForm(Random r, Auth auth) {
        Id id = id(r, auth);
        String path = "/documents/" + id.text() + "/edit";
        if (r.nextInt(5) == 0) {
            return new Probe("edit-form GET " + path + " " + auth, "GET", path, headers(r, auth, false, false), null, 0, false, Expect.ANSWERED);
        }
        boolean doomed = !auth.mayWrite() || id.refused();
        String[] defective = {"", "note=" + "n".repeat(600) + "&title=y", "issued=2016-02-30&title=" + enc("Tiêu đề"),
                "sessionNumber=abc", "sessionKind=" + enc("không có"), "sessionTerm=0", "issued=" + enc("ngày 31 tháng 2 năm 2016"),
                "nothing=changed", "title=" + "x".repeat(2100)};
        String body = doomed && r.nextInt(3) == 0 ? "title=" + enc("Tiêu đề sửa bởi kẻ lạ") : defective[r.nextInt(defective.length)];
        if (auth == Auth.COOKIE_WITH_CSRF || auth == Auth.COOKIE_CSRF_CROSS_SITE || auth == Auth.COOKIE_CSRF_FOREIGN_ORIGIN) {
            body += (body.isEmpty() ? "" : "&") + "csrf=" + enc(setup.csrf());
        } else if (auth == Auth.COOKIE_WRONG_CSRF) {
            body += (body.isEmpty() ? "" : "&") + "csrf=" + enc(setup.csrf().substring(1) + "x");
        }
        String type = r.nextInt(6) == 0 ? CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)] : "application/x-www-form-urlencoded";
        return new Probe("edit-form POST " + path + " " + auth + " " + abbreviate(body), "POST", path,
                withType(headers(r, auth, false, true), type), body.getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
    }

    private Probe login(Random r) {
        String[] next = {"/", "//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/documents/1", "%0d%0aSet-Cookie:x=1"};
        String nextField = r.nextBoolean() ? "" : "&next=" + enc(next[r.nextInt(next.length)]);
        List<String> headers = new ArrayList<>();
        String body;
        String type = "application/x-www-form-urlencoded";
        switch (r.nextInt(8)) {
            case 0 -> body = "token=";
            case 1 -> body = "token=" + enc("x".repeat(600));
            case 2 -> body = "token=" + enc(setup.revokedToken());
            case 3 -> {
                body = "token=" + enc(setup.staffToken()); // the right token, from another site
                headers.add("Sec-Fetch-Site: cross-site");
            }
            case 4 -> {
                body = "token=" + enc(setup.staffToken());
                headers.add("Origin: http://evil.example");
            }
            case 5 -> {
                body = "{\"token\": \"" + setup.staffToken() + "\"}"; // not a form: no token read
                type = "application/json";
            }
            case 6 -> body = "";
            default -> body = "token=" + enc("guess-" + Long.toHexString(r.nextLong()));
        }
        headers.add("Content-Type: " + type);
        return new Probe("login POST /login " + abbreviate(body) + " " + headers, "POST", "/login", headers,
                (body + (type.startsWith("application/x-www") ? nextField : "")).getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
    }

    /** The logout is never sent with the cookie, its CSRF token and our origin together: that one would end the fuzz's login. */
    private Probe logout(Random r, Auth auth) {
        Auth a = auth == Auth.COOKIE_WITH_CSRF ? Auth.COOKIE_WITHOUT_CSRF : auth;
        String body = a == Auth.COOKIE_CSRF_CROSS_SITE || a == Auth.COOKIE_CSRF_FOREIGN_ORIGIN ? "csrf=" + enc(setup.csrf())
                : a == Auth.COOKIE_WRONG_CSRF ? "csrf=wrong" : "";
        boolean cookieChecked = a == Auth.COOKIE_WITHOUT_CSRF || a == Auth.COOKIE_WRONG_CSRF || a == Auth.COOKIE_CSRF_CROSS_SITE
                || a == Auth.COOKIE_CSRF_FOREIGN_ORIGIN;
        // Without a valid cookie there is nothing to end: the answer may be the usual redirect; the stored state shows whether anything ended.
        return new Probe("logout POST /logout " + a, "POST", "/logout", withType(headers(r, a, false, true), "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8), 0, false, cookieChecked ? Expect.REFUSED : Expect.ANSWERED);
    }

    private Probe audit(Random r, Auth auth) {
        String[] params = {"", "?from=2026-11-01", "?to=yesterday", "?from=2026-12-01&to=2026-11-01", "?size=501", "?size=0", "?page=-1",
                "?page=100001", "?actor=" + enc("' OR 1=1 --"), "?actor=" + "a".repeat(3000), "?from=2026-02-30", "?from=%C3%28",
                "?size=abc", "?from=2026-11-27T00:00:00Z&size=5", "?actor=" + enc("cán bộ")};
        String path = "/api/audit";
        String target = path + params[r.nextInt(params.length)];
        if (r.nextInt(5) == 0) {
            String method = new String[] {"POST", "PUT", "DELETE", "PATCH"}[r.nextInt(4)];
            return new Probe("audit " + method + " " + target + " " + auth, method, target, withType(headers(r, auth, true, false), "application/json"),
                    "{\"action\": \"forged\"}".getBytes(StandardCharsets.UTF_8), 0, false, Expect.REFUSED);
        }
        return new Probe("audit GET " + target + " " + auth, "GET", target, headers(r, auth, true, false), null, 0, false, Expect.ANSWERED);
    }

    /** The credential headers of {@code auth}; the CSRF token goes in the header unless a form carries it. */
    private List<String> headers(Random r, Auth auth, boolean api, boolean formCarriesCsrf) {
        List<String> h = new ArrayList<>();
        String cookie = "Cookie: vanthu_session=" + setup.cookie();
        String csrf = "X-CSRF-Token: " + setup.csrf();
        switch (auth) {
            case NONE -> { }
            case UNKNOWN_TOKEN -> h.add("Authorization: Bearer " + Long.toHexString(r.nextLong()) + "-unknown");
            case REVOKED_TOKEN -> h.add("Authorization: Bearer " + setup.revokedToken());
            case MALFORMED_AUTHORIZATION -> h.add(new String[] {"Authorization: Basic YWRtaW46YWRtaW4=", "Authorization: Bearer",
                    "Authorization: Bearer " + "x".repeat(5000), "X-Staff-Token: ../../catalog.db", "Authorization: bearer\t" + setup.staffToken() + "x",
                    "Authorization: Bearer " + setup.staffToken().substring(0, setup.staffToken().length() - 1)}[r.nextInt(6)]);
            case STAFF_TOKEN -> h.add(r.nextBoolean() ? "Authorization: Bearer " + setup.staffToken() : "X-Staff-Token: " + setup.staffToken());
            case ADMIN_TOKEN -> h.add("Authorization: Bearer " + setup.adminToken());
            case COOKIE_WITHOUT_CSRF -> h.add(cookie);
            case COOKIE_WRONG_CSRF -> {
                h.add(cookie);
                if (!formCarriesCsrf) {
                    h.add("X-CSRF-Token: " + (r.nextBoolean() ? "" : setup.csrf().substring(1) + "x"));
                }
            }
            case COOKIE_WITH_CSRF -> {
                h.add(cookie);
                if (!formCarriesCsrf || api) {
                    h.add(csrf);
                }
                h.add("Sec-Fetch-Site: same-origin");
            }
            case COOKIE_CSRF_CROSS_SITE -> {
                h.add(cookie);
                h.add(csrf);
                h.add("Sec-Fetch-Site: " + (r.nextBoolean() ? "cross-site" : "same-site"));
            }
            case COOKIE_CSRF_FOREIGN_ORIGIN -> {
                h.add(cookie);
                h.add(csrf);
                h.add("Origin: " + new String[] {"http://evil.example", "null", "http://127.0.0.1.evil.example", "file://"}[r.nextInt(4)]);
            }
            case UNKNOWN_COOKIE -> {
                h.add("Cookie: vanthu_session=" + Long.toHexString(r.nextLong()));
                h.add(csrf);
            }
            case COOKIE_AND_UNKNOWN_TOKEN -> {
                h.add(cookie);
                h.add("Authorization: Bearer not-a-token");
            }
        }
        return h;
    }

    private static List<String> withType(List<String> headers, String type) {
        List<String> out = new ArrayList<>(headers);
        if (type != null) {
            out.add("Content-Type: " + type);
        }
        return out;
    }

    private static String multipartFile(String boundary, String field, String filename, String text) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n";
    }

    private static String multipartField(String boundary, String field, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n";
    }

    // ---- the wire ----------------------------------------------------------------------------

    private static byte[] request(String method, String target, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(new Probe("", method, target, headers, body, 0, false, Expect.ANSWERED), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void write(Probe p, OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder(p.method()).append(' ').append(p.path()).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        p.headers().forEach(h -> head.append(h).append("\r\n"));
        if (p.hugeLength() > 0 && p.chunked()) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
        } else if (p.hugeLength() > 0) {
            head.append("Content-Length: ").append(p.hugeLength()).append("\r\n\r\n");
        } else if (p.body() != null) {
            head.append("Content-Length: ").append(p.body().length).append("\r\n\r\n");
        } else {
            head.append("\r\n");
        }
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (p.body() != null && p.hugeLength() == 0) {
            out.write(p.body());
        } else if (p.hugeLength() > 0) {
            // A multipart file part that never ends (its boundary is what huge() declared), else plain bytes.
            byte[] start = ("--vanthuFuzzBoundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[65_536];
            java.util.Arrays.fill(block, (byte) 'a');
            long left = p.hugeLength();
            boolean first = true;
            while (left > 0) {
                byte[] chunk = first ? start : block;
                int n = (int) Math.min(left, chunk.length);
                if (p.chunked()) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, n);
                if (p.chunked()) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= n;
                first = false;
            }
            if (p.chunked()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < 16) {
            examples.add(what);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
