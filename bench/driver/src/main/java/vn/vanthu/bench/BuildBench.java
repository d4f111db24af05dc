package vn.vanthu.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The build alone, for profiling and before/after runs of one engine in its own JVM: loads the
 * corpus (timed, as {@link Bench} does), prints wall seconds, the process's CPU seconds (GC and
 * JIT included), MB/s of text and the index size; with {@code --hits FILE}, then writes each
 * query's top ten ids, so that two builds' index contents can be compared by {@code cmp}.
 *
 * <pre>
 * java -cp ... vn.vanthu.bench.BuildBench ENGINE CORPUS_DIR WORK_DIR [--hits FILE]
 *   ENGINE: vanthu | vanthu-given | fts5
 * </pre>
 */
public final class BuildBench {
    private BuildBench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        Corpus corpus = new Corpus(Path.of(args[1]));
        Path work = Path.of(args[2]);
        Path hits = args.length > 4 && args[3].equals("--hits") ? Path.of(args[4]) : null;
        Files2.delete(work);
        Files.createDirectories(work);
        long textBytes = corpus.textBytes();
        Map<String, Object> r = new LinkedHashMap<>();
        try (Engine engine = switch (name) {
            case "vanthu" -> new VanthuEmbedded(work, false);
            case "vanthu-given" -> new VanthuEmbedded(work, true);
            case "fts5" -> new Fts5Engine(work);
            default -> throw new IllegalArgumentException("unknown engine " + name);
        }) {
            engine.start();
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            engine.load(Engine.DOCS, corpus.docs());
            double wall = (System.nanoTime() - t0) / 1e9;
            r.put("engine", engine.name());
            r.put("build_s", wall);
            r.put("build_cpu_s", cpuSeconds() - cpu0);
            r.put("build_mb_s", textBytes / 1e6 / wall);
            r.put("text_mb", textBytes / 1e6);
            r.put("index_mb", engine.indexBytes() / 1e6);
            if (hits != null) {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(hits, StandardCharsets.UTF_8))) {
                    for (Corpus.Query q : corpus.queries()) {
                        out.println(q.q() + "\t" + q.type().orElse("") + "\t" + q.year().map(String::valueOf).orElse("")
                                + "\t" + String.join(" ", engine.search(q, 10)));
                    }
                }
            }
        }
        r.put("loadavg", Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println(Corpus.JSON.writeValueAsString(r));
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
