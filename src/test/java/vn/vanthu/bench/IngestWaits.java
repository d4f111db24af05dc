package vn.vanthu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.Extractor;
import vn.vanthu.extract.ForkedExtractor;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.Ingester;

/**
 * Where the ingest's threads wait, not where they burn CPU: the pipeline (extraction in a child,
 * as {@code bench-ingest} runs it) on one folder, a warm-up pass then the measured passes, while a
 * sampler looks at every thread every 5 ms (its state, and for a thread not running, the first
 * frame of vanthu's code and the lock it waits for). Per pass it prints, by thread kind, the share
 * of the wall clock each kind spent running, blocked on a monitor, parked, or in native code, with
 * the places, and each kind's CPU over its life (ThreadMXBean). A thread's "RUNNABLE" state
 * includes the time it waits for a core, and native I/O (the catalog's SQLite, reads of files).
 *
 * <p>Arguments: FOLDER THREADS PASSES WORKDIR [--in-process].
 */
public final class IngestWaits {
    private static final long PERIOD_MILLIS = 5;

    private IngestWaits() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        boolean inProcess = args.length > 4 && args[4].equals("--in-process");
        MetadataParser reader = new MetadataParser(IndexConfig.bundled());
        TikaExtractor tika = new TikaExtractor(50_000_000, OcrSettings.disabled());
        Extractor extractor = inProcess ? tika
                : new ForkedExtractor(ForkedExtractor.Settings.tika(50_000_000, OcrSettings.disabled(), Optional.empty()));
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withTimeout(Duration.ofMinutes(10));
        for (int pass = 0; pass <= passes; pass++) {
            Path data = work.resolve("pass-" + pass);
            Sampler sampler = new Sampler();
            IngestBenchmark.CpuMeter cpu = IngestBenchmark.CpuMeter.start();
            long t0 = System.nanoTime();
            try (Catalog catalog = Catalog.open(data.resolve("catalog.db")); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
                new Ingester(catalog, new BlobStore(data.resolve("originals")), index, extractor, tika, new TextRepair(), reader::parse)
                        .ingest(List.of(folder), options, IngestListener.lines(s -> { }));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            sampler.stop();
            System.out.printf(Locale.ROOT, "%s pass %d, %d thread(s): %.2f s, %.2f CPU s (cores busy %.2f), load %s%n",
                    pass == 0 ? "warm-up" : "measured", pass, threads, wall, cpu.seconds(), cpu.seconds() / wall,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            sampler.print(wall);
        }
        if (extractor instanceof ForkedExtractor f) {
            f.close();
        }
    }

    /** Looks at the ingest's threads every {@link #PERIOD_MILLIS} ms. */
    static final class Sampler {
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        /** kind → state/place → samples (each sample of each thread of the kind counts one). */
        private final Map<String, Map<String, Integer>> states = new TreeMap<>();
        /** kind → samples taken of threads of that kind. */
        private final Map<String, Integer> samples = new TreeMap<>();
        /** thread id → {kind's index unused, cpu ns, blocked ms, waited ms} last seen, and its kind. */
        private final Map<Long, long[]> last = new HashMap<>();
        private final Map<Long, String> kindOf = new HashMap<>();
        private volatile boolean running = true;
        private final Thread thread;
        private int ticks;

        Sampler() {
            mx.setThreadContentionMonitoringEnabled(true);
            thread = new Thread(this::loop, "bench-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (running) {
                sample();
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            ticks++;
            for (ThreadInfo t : mx.dumpAllThreads(false, false, 40)) {
                String kind = kind(t.getThreadName());
                if (kind == null) {
                    continue;
                }
                long cpu = mx.getThreadCpuTime(t.getThreadId());
                long[] l = last.computeIfAbsent(t.getThreadId(), k -> new long[4]);
                if (cpu > 0) {
                    l[1] = cpu;
                }
                l[2] = t.getBlockedTime();
                l[3] = t.getWaitedTime();
                kindOf.put(t.getThreadId(), kind);
                samples.merge(kind, 1, Integer::sum);
                states.computeIfAbsent(kind, k -> new TreeMap<>()).merge(place(t), 1, Integer::sum);
            }
        }

        /** The ingest's threads, by kind; null for the rest. */
        private static String kind(String name) {
            if (name.equals("ingest") || name.equals("ingest-writer") || name.equals("originals-sync") || name.equals("main")) {
                return name;
            }
            if (name.startsWith("Lucene Merge")) {
                return "Lucene merge";
            }
            if (name.startsWith("extraction-")) {
                return "extraction pipe";
            }
            return null;
        }

        /** The thread's state, and where: the first vanthu frame (or the top frame) and the lock. */
        private static String place(ThreadInfo t) {
            StackTraceElement[] st = t.getStackTrace();
            String state = t.getThreadState().toString();
            if (st.length > 0 && st[0].isNativeMethod() && t.getThreadState() == Thread.State.RUNNABLE) {
                state = "RUNNABLE native " + st[0].getClassName().replaceAll(".*\\.", "") + "." + st[0].getMethodName();
            }
            String top = st.length == 0 ? "?" : frame(st[0]);
            String ours = null;
            for (StackTraceElement e : st) {
                if (e.getClassName().startsWith("vn.vanthu.")) {
                    ours = frame(e);
                    break;
                }
            }
            if (t.getThreadState() == Thread.State.RUNNABLE && !state.contains("native")) {
                return "RUNNABLE";
            }
            String lock = t.getLockName() == null ? "" : " on " + t.getLockName().replaceAll("@.*", "");
            return state + lock + " at " + top + (ours != null && !ours.equals(top) ? " < " + ours : "");
        }

        private static String frame(StackTraceElement e) {
            return e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        void print(double wall) {
            Map<String, double[]> byKind = new TreeMap<>();
            for (Map.Entry<Long, long[]> e : last.entrySet()) {
                double[] sum = byKind.computeIfAbsent(kindOf.get(e.getKey()), k -> new double[4]);
                sum[0]++;
                sum[1] += e.getValue()[1] / 1e9;
                sum[2] += e.getValue()[2] / 1e3;
                sum[3] += e.getValue()[3] / 1e3;
            }
            byKind.forEach((kind, s) -> System.out.printf(Locale.ROOT,
                    "  %-16s %2.0f thread(s): CPU %.2f s, blocked %.2f s, waited %.2f s (ThreadMXBean, over the threads' lives)%n",
                    kind, s[0], s[1], s[2], s[3]));
            for (Map.Entry<String, Map<String, Integer>> k : states.entrySet()) {
                int n = samples.get(k.getKey());
                // thread-seconds represented by the kind's samples: n samples over `ticks` ticks of the pass.
                double threadSeconds = wall * n / Math.max(1, ticks);
                System.out.printf(Locale.ROOT, "  %s: %d samples (≈ %.2f thread-s)%n", k.getKey(), n, threadSeconds);
                k.getValue().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                        .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
            }
        }
    }
}
