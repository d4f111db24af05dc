package vn.vanthu.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import java.util.regex.Pattern;

/**
 * Bounded random requests, written as raw bytes on a socket (so broken UTF-8, odd methods and
 * traversal survive unencoded): odd and huge parameters, path traversal in ids and names. Every
 * answer is checked: no 5xx, nothing that looks like a stack trace, the security headers present.
 * {@code main PORT [REQUESTS] [SEED]} prints the figures (scripts/api-fuzz).
 */
public final class ApiFuzz {
    static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (java|vn|io|org|com|jdk|sun)\\.[\\w.$]+\\(|Exception:|\\w+Exception\\b|\\w+Error\\b|Caused by");
    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "TRACE", "FOO", "get"};
    private static final String[] PATHS = {"/api/search", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/original",
            "/api/documents/{id}/text", "/api/numbers/{num}", "/api/numbers", "/api/health", "/", "/documents/{id}",
            "/numbers/{num}", "/numbers", "/api/{junk}", "/{junk}", "/api/documents/{id}/{junk}"};
    private static final String[] IDS = {"1", "2", "0", "-1", "999999999", "99999999999999999999", "abc", "1e3", "0x10",
            "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fcatalog.db", "1%00", "1;DROP TABLE documents",
            "%C3%28", "%FF%FE", "1.0", " 1", "%20", "9223372036854775807", "9223372036854775808", "..\\..\\windows", "%252e%252e"};
    private static final String[] PARAMS = {"q", "q", "q", "page", "size", "type", "issuer", "year", "session", "from", "to",
            "sort", "n", "id", "file", "filename", "path"};
    private static final String[] VALUES = {"kỳ họp", "ky hop", "40/KH-HĐND", "\"kỳ họp\"", "*", "?", "~", "a*b?c~2^3",
            "(((", ")))", "[1 TO 2]", "{a TO b}", "AND OR NOT", "\\", "/", ":", "title:x", "-1", "0", "2147483648",
            "99999999999999999999", "NaN", "1e9", "2016-02-30", "0000-00-00", "9999-99-99", "2016-11-14", "date", "relevance",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "%00", "%C3%28", "%ED%A0%80", "%FF%FE%FD",
            "%E2%82", "%F0%28%8C%BC", "%", "%%", "%zz", "../../etc/passwd", "..%2f..%2fcatalog.db", "' OR 1=1 --",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "Ủy ban nhân dân", "\u0055\u0309y ban", "%E1%BB%A6y+ban"};

    /** The figures of a run. */
    public record Result(int tried, Map<Integer, Integer> byStatus, int serverErrors, int stackTraces, int missingHeaders,
                         int transportErrors, List<String> examples) {
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("requests tried                " + tried);
            out.add("answers by status             " + byStatus);
            out.add("5xx answers                   " + serverErrors);
            out.add("answers with a stack trace    " + stackTraces);
            out.add("answers missing CSP/nosniff   " + missingHeaders);
            out.add("no answer (transport errors)  " + transportErrors);
            examples.forEach(e -> out.add("  e.g. " + e));
            return out;
        }
    }

    private ApiFuzz() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        Result r = run("127.0.0.1", port, n, seed);
        r.lines().forEach(System.out::println);
        boolean ok = r.serverErrors() == 0 && r.stackTraces() == 0 && r.missingHeaders() == 0 && r.transportErrors() == 0;
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    public static Result run(String host, int port, int requests, long seed) throws InterruptedException {
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger traces = new AtomicInteger();
        AtomicInteger headers = new AtomicInteger();
        AtomicInteger transport = new AtomicInteger();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < requests; i++) {
            long requestSeed = seed * 1_000_003L + i;
            pool.execute(() -> {
                byte[] request = request(new Random(requestSeed));
                try {
                    Answer a = send(host, port, request);
                    byStatus.merge(a.status(), 1, Integer::sum);
                    String line = new String(request, 0, Math.min(request.length, 160), StandardCharsets.ISO_8859_1).split("\r\n")[0];
                    if (a.status() >= 500) {
                        serverErrors.incrementAndGet();
                        note(examples, a.status() + " for " + line);
                    }
                    if (STACK_TRACE.matcher(a.body()).find()) {
                        traces.incrementAndGet();
                        note(examples, "stack trace for " + line + ": " + abbreviate(a.body()));
                    }
                    if (!a.hasSecurityHeaders()) {
                        headers.incrementAndGet();
                        note(examples, "no security headers on " + a.status() + " for " + line);
                    }
                } catch (IOException e) {
                    transport.incrementAndGet();
                    note(examples, "no answer: " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return new Result(requests, new TreeMap<>(byStatus), serverErrors.get(), traces.get(), headers.get(), transport.get(),
                List.copyOf(examples));
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < 12) {
            examples.add(what);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static byte[] request(Random r) {
        String method = METHODS[r.nextInt(METHODS.length)];
        String path = PATHS[r.nextInt(PATHS.length)]
                .replace("{id}", IDS[r.nextInt(IDS.length)])
                .replace("{num}", r.nextBoolean() ? "40/KH-H%C4%90ND" : value(r))
                .replace("{junk}", junk(r));
        StringBuilder target = new StringBuilder(path);
        int params = r.nextInt(5);
        for (int i = 0; i < params; i++) {
            target.append(i == 0 ? '?' : '&').append(PARAMS[r.nextInt(PARAMS.length)]).append('=').append(value(r));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(target.toString().getBytes(StandardCharsets.UTF_8));
        if (r.nextInt(20) == 0) {
            // Raw bytes that are not UTF-8, unencoded in the request line.
            out.writeBytes(new byte[] {'&', 'q', '=', (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        }
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (r.nextInt(10) == 0) {
            out.writeBytes(("X-Junk: " + "x".repeat(r.nextInt(20_000)) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (!method.equals("GET") && !method.equals("HEAD") && r.nextBoolean()) {
            byte[] body = new byte[r.nextInt(4096)];
            r.nextBytes(body);
            String type = switch (r.nextInt(3)) {
                case 0 -> "application/json";
                case 1 -> "multipart/form-data; boundary=xyz";
                default -> "application/octet-stream";
            };
            out.writeBytes(("Content-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
        } else {
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static String value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "x".repeat(r.nextInt(5000));
            case 1 -> String.valueOf(r.nextLong());
            case 2 -> encode(VALUES[r.nextInt(VALUES.length)] + VALUES[r.nextInt(VALUES.length)]);
            default -> encode(VALUES[r.nextInt(VALUES.length)]);
        };
    }

    private static String junk(Random r) {
        String[] parts = {"..", "%2e%2e", "etc", "passwd", "catalog.db", "index", "originals", "WEB-INF", "%00", "a b", "%C3%28", "~"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(5); i++) {
            s.append(i == 0 ? "" : "/").append(parts[r.nextInt(parts.length)]);
        }
        return s.toString();
    }

    /** Percent-encodes what a request line cannot hold raw, keeping existing %XX escapes as they are. */
    private static String encode(String v) {
        StringBuilder s = new StringBuilder();
        for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '#' && c != '&' && c != '+') {
                s.append((char) c);
            } else {
                s.append(String.format(Locale.ROOT, "%%%02X", c));
            }
        }
        return s.toString();
    }

    record Answer(int status, Map<String, String> headers, String body) {
        boolean hasSecurityHeaders() {
            return "nosniff".equalsIgnoreCase(headers.getOrDefault("x-content-type-options", ""))
                    && headers.getOrDefault("content-security-policy", "").contains("frame-ancestors");
        }
    }

    static Answer send(String host, int port, byte[] request) throws IOException {
        return send(host, port, out -> out.write(request));
    }

    /** Writes a request (so a huge body can be streamed rather than held in memory). */
    interface RequestWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    static Answer send(String host, int port, RequestWriter request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65_536);
            try {
                request.writeTo(out);
                out.flush();
            } catch (java.net.SocketException e) {
                // The server may answer an oversized request (414, 431) and close before reading all
                // of it: the write then breaks, but its answer is already waiting to be read.
            }
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP answer: " + abbreviate(head));
            }
            int status = Integer.parseInt(lines[0].substring(9, 12));
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(status, headers, body);
        }
    }
}
