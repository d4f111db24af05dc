package vn.vanthu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query phase of the vanthu embedded row alone, on an index an earlier run built: so two builds
 * of vanthu (e.g. main's and a branch's) can be measured on the same index files, one after the
 * other, without rebuilding a large index for each.
 *
 * <pre>
 * java -cp ... vn.vanthu.bench.QueryBench WORK_DIR CORPUS_DIR OUT_JSON [options]
 *   WORK_DIR holds the index in WORK_DIR/index (as the embedded row lays it out); it is opened
 *            with a writer, so it must be a copy the run may lock
 *   --build            first build WORK_DIR/index from the corpus (2 threads, as the embedded row)
 *   --seconds S        per concurrency level (default 20)
 *   --max-queries N    per level (default 20000)
 *   --clients "1 2 8"  concurrency levels
 *   --warmup N         rounds of the whole query set before measuring (default 2)
 *   --dump FILE        each query's total and first ten ids, one line a query, to compare builds
 *   --label TEXT       the build's name in the output
 *   --ranking product  rank with the shipped ranking.properties (as `vanthu serve`), not BM25 defaults
 *   --alqac DIR        also ALQAC nDCG@10 (accented and unaccented), the eval index built in
 *                      WORK_DIR/eval-index the first time
 * </pre>
 */
public final class QueryBench {
    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: QueryBench WORK_DIR CORPUS_DIR OUT_JSON [--build] [--seconds S] [--max-queries N]"
                    + " [--clients \"1 2 8\"] [--warmup N] [--dump FILE] [--label TEXT] [--ranking product] [--alqac DIR]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        Corpus corpus = new Corpus(Path.of(args[1]));
        Path out = Path.of(args[2]);
        Map<String, String> opt = options(Arrays.copyOfRange(args, 3, args.length));
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "20"));
        long maxQueries = Long.parseLong(opt.getOrDefault("max-queries", "20000"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
        String label = opt.getOrDefault("label", "vanthu");
        List<Corpus.Query> queries = corpus.queries();

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("label", label);
        r.put("index", work.resolve("index").toAbsolutePath().toString());
        if (opt.containsKey("build")) {
            VanthuEmbedded builder = new VanthuEmbedded(work, false);
            builder.start();
            long t0 = System.nanoTime();
            builder.load(Engine.DOCS, corpus.docs());
            r.put("build_s", (System.nanoTime() - t0) / 1e9);
            builder.close();
            System.err.printf("[%s] built %s in %.1f s%n", label, work.resolve("index"), (double) r.get("build_s"));
        }
        VanthuEmbedded engine = new VanthuEmbedded(work, false);
        if (opt.getOrDefault("ranking", "defaults").equals("product")) {
            engine.useProductRanking();
        } else if (!opt.getOrDefault("ranking", "defaults").equals("defaults")) {
            throw new IllegalArgumentException("--ranking is product or defaults");
        }
        r.put("ranking", opt.getOrDefault("ranking", "defaults"));
        try (Memory memory = new Memory(List.of())) {
            long t0 = System.nanoTime();
            engine.startExisting();
            r.put("open_ms", (System.nanoTime() - t0) / 1e6);
            double c0 = memory.cpuSeconds();
            List<String> dump = new ArrayList<>();
            for (int round = 0; round < warmup; round++) {
                for (Corpus.Query q : queries) {
                    if (round == warmup - 1 && opt.containsKey("dump")) {
                        dump.add(q.kind() + "\t" + q.q() + "\t" + q.type().orElse("") + "\t"
                                + q.year().map(String::valueOf).orElse("") + "\t" + engine.describe(q, 10));
                    } else {
                        engine.search(q, 10);
                    }
                }
            }
            r.put("warmup_cpu_s", memory.cpuSeconds() - c0);
            if (opt.containsKey("dump")) {
                Files.write(Path.of(opt.get("dump")), dump, StandardCharsets.UTF_8);
            }
            Map<String, Object> levels = new LinkedHashMap<>();
            for (String c : opt.getOrDefault("clients", "1 2 8").trim().split("\\s+")) {
                int clients = Integer.parseInt(c);
                double cpu0 = memory.cpuSeconds();
                LoadRunner.Stats s = LoadRunner.run(engine, queries, clients, maxQueries, seconds);
                double cpuMs = (memory.cpuSeconds() - cpu0) * 1000 / Math.max(1, s.count());
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("stats", s);
                level.put("cpu_ms_per_query", cpuMs);
                level.put("cpu_s", memory.cpuSeconds() - cpu0);
                level.put("loadavg", Files.readString(Path.of("/proc/loadavg")).strip());
                levels.put(c, level);
                System.err.printf("[%s] %d clients: %.1f q/s, %.2f CPU ms/query, all p50/p95/p99 %.2f/%.2f/%.2f ms%s%s, load %s%n",
                        label, clients, s.qps(), cpuMs, s.p50(), s.p95(), s.p99(),
                        kind(s, "topics"), kind(s, "number"), level.get("loadavg"));
            }
            r.put("levels", levels);
            if (opt.containsKey("alqac")) {
                double[] ndcg = engine.alqac(Eval.load(Path.of(opt.get("alqac"))));
                r.put("ndcg10", ndcg[0]);
                r.put("ndcg10_unaccented", ndcg[1]);
                System.err.printf("[%s] ALQAC nDCG@10 %.4f, unaccented %.4f%n", label, ndcg[0], ndcg[1]);
            }
        } finally {
            engine.close();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Corpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r), StandardCharsets.UTF_8);
    }

    private static String kind(LoadRunner.Stats s, String kind) {
        double[] p = s.byKind().get(kind);
        return p == null ? "" : String.format(", %s %.2f/%.2f/%.2f", kind, p[0], p[1], p[2]);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("build")) {
                out.put(key, "true");
            } else if (i + 1 < args.length) {
                out.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
        }
        return out;
    }
}
