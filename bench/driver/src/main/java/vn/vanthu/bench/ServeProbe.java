package vn.vanthu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Probes a running {@code vanthu serve} (scripts/bench-serve-probe):
 * <ul>
 * <li>{@code build CORPUS DATA}: a data directory whose index holds the corpus, built through the
 * index API as the bench's HTTP row builds it (no catalog: {@code serve} searches the index alone).</li>
 * <li>{@code answers PORT CORPUS OUT}: the search answers of the corpus's queries in five variants
 * (facets off, facets on as the anonymous, staff and admin callers, sort by date, page 2, size 20),
 * one line each: status, content type, caller, query string, body with {@code tookMs} blanked.
 * Two builds' files are byte-identical when they answer the same (the 400 bench queries give 2,800
 * lines). The staff and admin tokens are read from VANTHU_STAFF_TOKEN and VANTHU_ADMIN_TOKEN.</li>
 * <li>{@code load PORT CORPUS PID LEVELS SECONDS [WARM]}: the bench's load ({@link LoadRunner},
 * the bench row's request) at each number of clients, after WARM rounds of every query, with the
 * server's CPU per query split by thread kind (request threads, C1/C2 compilers, GC, other) read
 * from /proc, and the client's own CPU.</li>
 * </ul>
 */
public final class ServeProbe {
    private ServeProbe() {
    }

    public static void main(String[] a) throws Exception {
        if (a.length < 3 || (!a[0].equals("build") && a.length < 4)) {
            System.err.println("usage: ServeProbe build CORPUS DATA | answers PORT CORPUS OUT | load PORT CORPUS PID LEVELS SECONDS [WARM]");
            System.exit(2);
        }
        if (a[0].equals("build")) {
            VanthuEmbedded builder = new VanthuEmbedded(Path.of(a[2]), false);
            builder.start();
            builder.load(Engine.DOCS, new Corpus(Path.of(a[1])).docs());
            builder.close();
            return;
        }
        int port = Integer.parseInt(a[1]);
        List<Corpus.Query> queries = new Corpus(Path.of(a[2])).queries();
        switch (a[0]) {
            case "answers" -> answers(port, queries, Path.of(a[3]));
            case "load" -> load(port, queries, Long.parseLong(a[3]), a[4].trim().split("[\\s,]+"),
                    Double.parseDouble(a[5]), a.length > 6 ? Integer.parseInt(a[6]) : 1);
            default -> {
                System.err.println("ServeProbe: unknown mode " + a[0]);
                System.exit(2);
            }
        }
    }

    private static String url(int port, String params, Corpus.Query q) {
        StringBuilder url = new StringBuilder("http://127.0.0.1:").append(port).append("/api/search?").append(params)
                .append("&q=").append(HttpJson.enc(q.q()));
        q.type().ifPresent(t -> url.append("&type=").append(HttpJson.enc(t)));
        q.year().ifPresent(y -> url.append("&year=").append(y));
        return url.toString();
    }

    private static void answers(int port, List<Corpus.Query> queries, Path out) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String[] variants = {"facets=false&size=10", "facets=true&size=10", "facets=false&size=10&sort=date",
                "facets=false&size=10&page=2", "size=20"};
        String[] tokens = {null, System.getenv("VANTHU_STAFF_TOKEN"), System.getenv("VANTHU_ADMIN_TOKEN")};
        List<String> lines = new ArrayList<>();
        for (Corpus.Query q : queries) {
            for (int v = 0; v < variants.length; v++) {
                // The callers differ in what they may see: asked on the variant that counts facets.
                for (int who = 0; who < (v == 1 ? tokens.length : 1); who++) {
                    String url = url(port, variants[v], q);
                    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).GET();
                    if (tokens[who] != null) {
                        r.header("Authorization", "Bearer " + tokens[who]);
                    } else if (who > 0) {
                        throw new IllegalStateException("set VANTHU_STAFF_TOKEN and VANTHU_ADMIN_TOKEN (as for the server)");
                    }
                    HttpResponse<byte[]> resp = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
                    String body = new String(resp.body(), StandardCharsets.UTF_8).replaceAll("\"tookMs\":[0-9]+", "\"tookMs\":T");
                    lines.add(resp.statusCode() + "\t" + resp.headers().firstValue("content-type").orElse("") + "\t" + who
                            + "\t" + url.substring(url.indexOf('?')) + "\t" + body);
                }
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("ServeProbe: " + lines.size() + " answers in " + out);
    }

    private static void load(int port, List<Corpus.Query> queries, long pid, String[] levels, double seconds, int warm)
            throws Exception {
        HttpJson http = new HttpJson();
        Engine e = new Engine() {
            public String name() {
                return "serve";
            }

            public void start() {
            }

            public void load(String c, Iterable<Corpus.Doc> d) {
            }

            public List<String> search(Corpus.Query q, int k) throws Exception {
                http.get(url(port, "facets=false&size=" + k, q));
                return List.of();
            }

            public List<String> searchEval(String q, int k) {
                return List.of();
            }

            public long indexBytes() {
                return 0;
            }

            public List<Long> pids() {
                return List.of(pid);
            }

            public long coldStart(Corpus.Query f) {
                return 0;
            }

            public void close() {
            }
        };
        for (int w = 0; w < warm; w++) {
            for (Corpus.Query q : queries) {
                e.search(q, 10);
            }
        }
        for (String level : levels) {
            int clients = Integer.parseInt(level);
            Map<String, Double> t0 = threads(pid);
            double server0 = cpuSeconds(Files.readString(Path.of("/proc/" + pid + "/stat")));
            double self0 = selfCpu();
            LoadRunner.Stats s = LoadRunner.run(e, queries, clients, 1_000_000, seconds);
            Map<String, Double> t1 = threads(pid);
            double total = cpuSeconds(Files.readString(Path.of("/proc/" + pid + "/stat"))) - server0;
            double self1 = selfCpu();
            // By kind, the threads alive at both ends (a thread that ended, e.g. the start-up warm-up,
            // counts in the total only).
            Map<String, Double> byKind = new TreeMap<>();
            t1.forEach((tid, cpu) -> {
                if (t0.containsKey(tid)) {
                    String kind = tid.substring(tid.indexOf(' ') + 1);
                    byKind.merge(kind, cpu - t0.get(tid), Double::sum);
                }
            });
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((k, d) -> kinds.append(String.format(" %s=%.2f", k, d * 1000 / s.count())));
            System.out.printf("%d clients: %d queries, %.1f q/s, p50 %.2f p99 %.2f ms; server %.2f CPU ms/q [%s ]; client %.2f; load %s%n",
                    clients, s.count(), s.qps(), s.p50(), s.p99(), total * 1000 / s.count(), kinds,
                    (self1 - self0) * 1000 / s.count(), Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    private static double selfCpu() throws Exception {
        return cpuSeconds(Files.readString(Path.of("/proc/self/stat")));
    }

    private static double cpuSeconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    /** The server's CPU seconds per thread, keyed "TID KIND". */
    private static Map<String, Double> threads(long pid) throws Exception {
        Map<String, Double> out = new TreeMap<>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String kind = name.startsWith("C2") ? "C2" : name.startsWith("C1") ? "C1"
                        : name.startsWith("G1") || name.startsWith("GC") ? "GC"
                        : name.startsWith("qtp") || name.startsWith("Jetty") ? "req"
                        : name.startsWith("search-warm") ? "warm-up" : "other";
                out.put(t.getFileName() + " " + kind, cpuSeconds(stat));
            }
        }
        return out;
    }
}
