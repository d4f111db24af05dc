package vn.vanthu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one engine through the whole benchmark and writes its figures as JSON:
 * start, load the corpus (timed), index size, warm-up, one client, 2/8/32 clients (bounded),
 * number lookups, ALQAC nDCG@10, cold start to first answer, peak memory, stop.
 *
 * <pre>
 * java -cp ... vn.vanthu.bench.Bench ENGINE CORPUS_DIR WORK_DIR OUT_JSON [options]
 *   ENGINE: vanthu | vanthu-given | vanthu-http | vanthu-http-baseline | fts5 | postgres | solr | solr-cached | opensearch
 *   --jar PATH --baseline-jar PATH (vanthu-http-baseline: another build, e.g. main's) --pg-bin DIR --solr-cp FILE --opensearch-cp FILE --alqac DIR
 *   --seconds S (per concurrency level, default 20) --max-queries N (per level, default 20000)
 *   --index-from DIR (vanthu-http rows: serve a copy of this index, built by the embedded row of the same run)
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String engineName = args[0];
        Corpus corpus = new Corpus(Path.of(args[1]));
        Path work = Path.of(args[2]);
        Path out = Path.of(args[3]);
        Map<String, String> opt = options(Arrays.copyOfRange(args, 4, args.length));
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "20"));
        long maxQueries = Long.parseLong(opt.getOrDefault("max-queries", "20000"));
        Files2.delete(work);
        Files.createDirectories(work);

        List<Corpus.Query> queries = corpus.queries();
        long textBytes = corpus.textBytes();
        long docCount = countDocs(corpus);
        Map<String, Object> r = new LinkedHashMap<>();
        try (Engine engine = engine(engineName, work, opt)) {
            r.put("engine", engine.name());
            r.put("key", engineName);
            r.put("docs", docCount);
            r.put("text_mb", textBytes / 1e6);
            log(engine, "starting");
            long t0 = System.nanoTime();
            engine.start();
            r.put("start_s", (System.nanoTime() - t0) / 1e9);
            try (Memory memory = new Memory(engine.pids())) {
                log(engine, "loading " + docCount + " documents");
                double cpu0 = memory.cpuSeconds();
                t0 = System.nanoTime();
                engine.load(Engine.DOCS, corpus.docs());
                double build = (System.nanoTime() - t0) / 1e9;
                memory.track(engine.pids());
                r.put("index_mb", engine.indexBytes() / 1e6);
                if (engine instanceof VanthuHttp h && h.reusesIndex()) {
                    // Serving the embedded row's index: its build figures are that row's.
                    r.put("index_reused_from", opt.get("index-from"));
                    log(engine, "serving a copy of " + opt.get("index-from"));
                } else {
                    r.put("build_cpu_s", memory.cpuSeconds() - cpu0);
                    r.put("build_s", build);
                    r.put("build_mb_s", textBytes / 1e6 / build);
                    log(engine, String.format("built in %.1f s (%.1f MB/s)", build, textBytes / 1e6 / build));
                }

                // Correctness and warm-up: every query once.
                r.put("quality", quality(engine, queries));
                Map<String, Object> levels = new LinkedHashMap<>();
                for (int clients : new int[] {1, 2, 8, 32}) {
                    double c0 = memory.cpuSeconds();
                    double s0 = memory.serverCpuSeconds();
                    LoadRunner.Stats s = LoadRunner.run(engine, queries, clients, maxQueries, seconds);
                    levels.put(Integer.toString(clients), s);
                    r.put("cpu_ms_per_query_" + clients, (memory.cpuSeconds() - c0) * 1000 / Math.max(1, s.count()));
                    if (!engine.pids().isEmpty()) {
                        r.put("server_cpu_ms_per_query_" + clients, (memory.serverCpuSeconds() - s0) * 1000 / Math.max(1, s.count()));
                    }
                    log(engine, String.format("%d clients: %.0f q/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                            clients, s.qps(), s.p50(), s.p99(), s.errors()));
                }
                r.put("load", levels);

                if (opt.containsKey("alqac") && Files.isDirectory(Path.of(opt.get("alqac")))) {
                    Eval eval = Eval.load(Path.of(opt.get("alqac")));
                    engine.load(Engine.EVAL, eval.articles);
                    double sum = 0;
                    // Every question's ten ids, hashed: two runs that rank alike print the same digest.
                    java.security.MessageDigest rankings = java.security.MessageDigest.getInstance("SHA-256");
                    for (Eval.Question q : eval.questions) {
                        List<String> top = engine.searchEval(q.text(), 10);
                        sum += eval.ndcg10(q.id(), top);
                        rankings.update((q.id() + "\t" + String.join(" ", top) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    String digest = java.util.HexFormat.of().formatHex(rankings.digest()).substring(0, 16);
                    r.put("ndcg10", sum / eval.questions.size());
                    r.put("eval_questions", eval.questions.size());
                    r.put("eval_rankings_sha256", digest);
                    log(engine, String.format("ALQAC nDCG@10 %.4f over %d questions (rankings %s)", sum / eval.questions.size(),
                            eval.questions.size(), digest));
                }
                r.put("peak_rss_mb", memory.peakMb());
                Corpus.Query first = queries.stream().filter(Corpus.Query::isTopic).findFirst().orElseThrow();
                // -Dbench.skipCold=true keeps the first server (e.g. to keep its profile whole).
                if (!Boolean.getBoolean("bench.skipCold")) {
                    try {
                        r.put("cold_start_ms", engine.coldStart(first));
                    } catch (Exception e) {
                        // Keep every other figure; say why this one is missing.
                        r.put("cold_start_error", String.valueOf(e.getMessage()));
                        log(engine, "cold start failed: " + e.getMessage());
                    }
                }
                log(engine, "cold start " + r.get("cold_start_ms") + " ms");
            }
        }
        r.put("loadavg", Files.readString(Path.of("/proc/loadavg")).strip());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Corpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r), StandardCharsets.UTF_8);
    }

    /** Per kind: share of queries with at least one hit; for numbers, share whose first hit bears the number. */
    private static Map<String, Object> quality(Engine engine, List<Corpus.Query> queries) throws Exception {
        Map<String, int[]> found = new LinkedHashMap<>();
        int[] numbers = new int[2];
        for (Corpus.Query q : queries) {
            List<String> hits = engine.search(q, 10);
            int[] f = found.computeIfAbsent(q.kind(), k -> new int[2]);
            f[1]++;
            if (!hits.isEmpty()) {
                f[0]++;
            }
            if (q.kind().equals("number")) {
                numbers[1]++;
                if (!hits.isEmpty() && new HashSet<>(q.expect()).contains(hits.get(0))) {
                    numbers[0]++;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        found.forEach((k, f) -> out.put("answered_" + k, (double) f[0] / f[1]));
        out.put("number_first_hit_bears_it", numbers[1] == 0 ? 0 : (double) numbers[0] / numbers[1]);
        return out;
    }

    private static long countDocs(Corpus corpus) throws java.io.IOException {
        try (var lines = Files.lines(corpus.docsFile())) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    private static Engine engine(String name, Path work, Map<String, String> opt) throws java.io.IOException {
        return switch (name) {
            case "vanthu" -> new VanthuEmbedded(work, false);
            case "vanthu-given" -> new VanthuEmbedded(work, true);
            case "vanthu-http" -> new VanthuHttp(work, Path.of(require(opt, "jar")), "vanthu (HTTP)", indexFrom(opt));
            case "vanthu-http-baseline" -> new VanthuHttp(work, Path.of(require(opt, "baseline-jar")), "vanthu (HTTP, baseline build)",
                    indexFrom(opt));
            case "fts5" -> new Fts5Engine(work);
            case "postgres" -> new PostgresEngine(work, opt.getOrDefault("pg-bin", "/usr/lib/postgresql/15/bin"));
            case "solr" -> new SolrEngine(work, classpath(require(opt, "solr-cp")), false);
            case "solr-cached" -> new SolrEngine(work, classpath(require(opt, "solr-cp")), true);
            case "opensearch" -> new OpenSearchEngine(work, classpath(require(opt, "opensearch-cp")));
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    private static Path indexFrom(Map<String, String> opt) {
        return opt.containsKey("index-from") ? Path.of(opt.get("index-from")) : null;
    }

    private static List<String> classpath(String file) throws java.io.IOException {
        return List.of(Files.readString(Path.of(file)).strip());
    }

    private static String require(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required for this engine");
        }
        return v;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }

    private static void log(Engine e, String msg) {
        System.err.println("[" + e.name() + "] " + msg);
    }

    static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
