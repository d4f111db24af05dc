package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a measured pass's CPU went, by thread kind, in this JVM and in its child processes (the
 * extraction workers): the JIT compilers, the garbage collector, the ingest threads, the writer,
 * the rest. Sampled from /proc every 100 ms (a thread that ends keeps the ticks last seen), so that
 * the pipeline's figure can be read as per-file work apart from the JVMs' warm-up.
 */
final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100;
    /** The benchmark's own sampling thread: reported apart, and left out of the pipeline's and Tika's CPU. */
    static final String SAMPLER = "bench-sampler";

    /** Last ticks seen per "pid/tid", and the kind of that thread. */
    private final Map<String, long[]> last = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, Long> start = new HashMap<>();

    synchronized void begin() {
        sample();
        for (Map.Entry<String, long[]> e : last.entrySet()) {
            start.put(e.getKey(), e.getValue()[0]);
        }
    }

    /** One look at every thread of this JVM and of its descendants. */
    synchronized void sample() {
        long self = ProcessHandle.current().pid();
        sampleProcess(self, "");
        ProcessHandle.current().descendants().forEach(p -> sampleProcess(p.pid(), "child "));
    }

    private void sampleProcess(long pid, String prefix) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String comm = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    String key = pid + "/" + task.getFileName();
                    last.computeIfAbsent(key, k -> new long[1])[0] = ticks;
                    // The last name seen: a new thread bears its creator's name until the JVM names it.
                    kinds.put(key, prefix + kind(comm));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended
        }
    }

    static String kind(String comm) {
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
            return "GC/VM";
        }
        // The writer, and the threads on which it forces a batch's originals to disk.
        if (comm.equals("ingest-writer") || comm.equals("originals-sync")) {
            return "writer";
        }
        if (comm.startsWith("Lucene Merge")) {
            return "index merges";
        }
        if (comm.equals(SAMPLER)) {
            return "bench sampler";
        }
        // The ingest's threads and their pipes to the child; in the child, its parser threads.
        if (comm.equals("ingest") || comm.startsWith("pool-") || comm.startsWith("extraction-") || comm.startsWith("parser-")) {
            return "work";
        }
        if (comm.equals("main") || comm.equals("java")) {
            return "main";
        }
        return "other";
    }

    /** CPU seconds per kind since {@link #begin}. */
    synchronized Map<String, Double> seconds() {
        sample();
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, long[]> e : last.entrySet()) {
            long used = e.getValue()[0] - start.getOrDefault(e.getKey(), 0L);
            out.merge(kinds.get(e.getKey()), used / TICKS_PER_SECOND, Double::sum);
        }
        return out;
    }

    static String describe(Map<String, Double> seconds, int files) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            if (e.getValue() >= 0.05) {
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s (%.2f ms/file)",
                        e.getKey(), e.getValue(), 1000 * e.getValue() / files));
            }
        }
        return sb.toString();
    }
}
