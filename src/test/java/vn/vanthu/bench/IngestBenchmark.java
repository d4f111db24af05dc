package vn.vanthu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

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
import vn.vanthu.ingest.DispatchOrder;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.IngestReport;
import vn.vanthu.ingest.Ingester;

/**
 * scripts/bench-ingest: the ingestion pipeline against bare Tika on the same files in the same
 * run, with 1 and 2 threads, then the fidelity of our text to the reference text.
 *
 * <p>Each configuration runs a warm-up pass, then a measured pass (the pipeline's measured pass
 * writes a fresh catalog and index). Bare Tika parses in this JVM, whose compiled code builds up
 * over every pass of the run; so one extractor serves every pipeline pass of the run, as an archive
 * keeps one for its life, and at each measured pass its child has parsed the same passes as bare
 * Tika's JVM (one before the 1-thread row, three before the 2-thread row, more on later corpora).
 * Throughput runs without OCR on both sides (Tesseract takes seconds a page and would measure
 * Tesseract); the fidelity run uses OCR when it is installed.
 */
public final class IngestBenchmark {
    private static final int MAX_CHARS = 50_000_000;
    /** Warm-up passes before each measured pass, the same on both sides (--warm-up N). */
    private static int warmUpPasses = 1;
    /** Measured passes after the warm-ups (--passes N); the table shows the median of their last half. */
    private static int measuredPasses = 1;

    /**
     * One measured pass: wall seconds, CPU seconds (bench sampler left out), CPU by thread kind, peak RSS,
     * and the seconds the pipeline waited on its originals' fsyncs (by the clock; none for bare Tika).
     */
    record Pass(double seconds, double cpuSeconds, Map<String, Double> cpuByKind, long peakRssKb, double syncSeconds) {
        Pass withSyncSeconds(double sync) {
            return new Pass(seconds, cpuSeconds, cpuByKind, peakRssKb, sync);
        }

        double jitSeconds() {
            return cpuByKind.getOrDefault("JIT", 0.0) + cpuByKind.getOrDefault("child JIT", 0.0);
        }
    }

    /**
     * One configuration: its first pass ever (cold: the JVMs compiling everything) and its measured
     * passes after the warm-ups. The figures of the table are the steady state: the median over the
     * last half of the measured passes (all of them when there are one or two), so a pass in which the
     * JIT is still compiling the per-file code does not stand for the configuration's cost.
     */
    record Run(String what, int threads, int files, long bytes, double coldSeconds, double coldCpuSeconds,
               List<Pass> passes, double load) {
        List<Pass> steady() {
            return passes.size() <= 2 ? passes : passes.subList(passes.size() / 2, passes.size());
        }

        double seconds() {
            return median(steady().stream().mapToDouble(Pass::seconds).toArray());
        }

        double cpuSeconds() {
            return median(steady().stream().mapToDouble(Pass::cpuSeconds).toArray());
        }

        /** Seconds waited on the originals' fsyncs (the writer's, in a group before each catalog commit). */
        double syncSeconds() {
            return median(steady().stream().mapToDouble(Pass::syncSeconds).toArray());
        }

        /** Cores kept busy: CPU seconds over wall seconds, each pass's, the median of the steady passes. */
        double coresBusy() {
            return median(steady().stream().mapToDouble(p -> p.cpuSeconds() / p.seconds()).toArray());
        }

        /** Share of the steady passes' CPU spent by the compiler threads (this JVM's and the child's). */
        double jitShare() {
            double cpu = steady().stream().mapToDouble(Pass::cpuSeconds).sum();
            return cpu <= 0 ? 0 : steady().stream().mapToDouble(Pass::jitSeconds).sum() / cpu;
        }

        /** The steady CPU seconds less the compiler threads' share: what the work costs once compiled, at most. */
        double cpuSecondsWithoutJit() {
            return cpuSeconds() * (1 - jitShare());
        }

        long peakRssKb() {
            return passes.stream().mapToLong(Pass::peakRssKb).max().orElse(0);
        }

        /** CPU by thread kind, the mean over the steady passes. */
        Map<String, Double> cpuByKind() {
            Map<String, Double> out = new java.util.TreeMap<>();
            steady().forEach(p -> p.cpuByKind().forEach((k, v) -> out.merge(k, v / steady().size(), Double::sum)));
            return out;
        }

        double docsPerSecond() {
            return files / seconds();
        }

        double mbPerSecond() {
            return bytes / 1e6 / seconds();
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * Arguments: ORIGINALS PHAPDIEN_JSONL_GZ SAMPLE [--docx DIR] [--no-fidelity] [--no-originals]. SAMPLE
     * Pháp điển articles are written as .txt; --docx adds a folder of generated .docx (scripts/gen-corpus
     * --docx) as a third corpus; --no-fidelity runs the throughput table alone; --no-originals leaves
     * the originals out of it (their big .doc and PDF files take most of a run on a loaded machine);
     * --warm-up N runs N warm-up passes before each measured pass instead of one (on 59 files one pass
     * leaves both JVMs compiling through the measured pass: N = 3 measures them nearer their steady state);
     * --passes N measures N passes after the warm-ups and reports the median of their last half, with
     * the JIT's share of that CPU (the steady state when it is small) beside the first pass's figures.
     */
    public static void main(String[] args) throws Exception {
        Path originals = Path.of(args[0]);
        Path phapdien = Path.of(args[1]);
        int sample = Integer.parseInt(args[2]);
        Optional<Path> docx = Optional.empty();
        boolean fidelity = true;
        boolean withOriginals = true;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--docx" -> docx = Optional.of(Path.of(args[++i]));
                case "--no-fidelity" -> fidelity = false;
                case "--no-originals" -> withOriginals = false;
                case "--warm-up" -> warmUpPasses = Integer.parseInt(args[++i]);
                case "--passes" -> measuredPasses = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("bench-ingest");
        PrintStream out = System.out;
        Path sampleDir = writeSample(phapdien, work.resolve("phapdien"), sample);
        if (fidelity) {
            // Fidelity first: it is the one that must be complete (every file a document or a clear failure).
            fidelity(originals, work.resolve("fidelity"), out);
            out.println();
        }
        out.printf(Locale.ROOT, "## Throughput (%s, %s, %d cores, load average %.1f at start)%n%n",
                Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.printf(Locale.ROOT, "Each configuration: %d warm-up pass(es), then %d measured pass(es); \"seconds\", \"CPU s\" and the ratios are "
                + "the median of the last half of the measured passes (steady), \"JIT %%\" the compiler threads' share of their CPU; "
                + "\"first pass\" is the configuration's first pass, cold.%n%n", warmUpPasses, measuredPasses);
        out.println("| corpus | extraction | threads | files | MB | seconds (warm) | docs/s | MB/s | peak RSS MB | cold seconds "
                + "| CPU s | load | vs bare Tika (wall) | vs bare Tika (CPU) | 2 threads vs 1 | JIT % | vs bare Tika (CPU without JIT) | first pass CPU s "
                + "| first pass vs bare Tika (CPU) | first pass 2 threads vs 1 | originals fsync wait s | cores busy (CPU / wall) |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> breakdown = new ArrayList<>();
        Map<Path, String> corpora = new LinkedHashMap<>();
        if (withOriginals) {
            corpora.put(originals, "originals");
        }
        corpora.put(sampleDir, "phapdien " + sample + " .txt");
        docx.ifPresent(d -> corpora.put(d, "generated .docx"));
        // One for the whole run, warmed by the same passes as bare Tika's JVM (see the class comment).
        ForkedExtractor forked = new ForkedExtractor(ForkedExtractor.Settings.tika(MAX_CHARS, OcrSettings.disabled(), Optional.empty()));
        for (Map.Entry<Path, String> corpus : corpora.entrySet()) {
            List<Path> files = listFiles(corpus.getKey());
            String name = corpus.getValue();
            Map<String, Run> oneThread = new HashMap<>();
            for (int threads : new int[]{1, 2}) {
                Run bare = bareTika(files, threads);
                Run pipe = pipeline(files, threads, work.resolve("data-" + Math.abs(name.hashCode()) + "-" + threads), forked,
                        OcrSettings.disabled(), Optional.empty());
                for (Run r : List.of(bare, pipe)) {
                    if (threads == 1) {
                        oneThread.put(r.what(), r);
                    }
                    Run single = oneThread.get(r.what());
                    out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.2f | %.1f | %.2f | %d | %.2f | %.1f | %.1f | %s | %s | %s "
                                    + "| %.0f%% | %s | %.1f | %s | %s | %s | %.2f |%n", name, r.what(), r.threads(),
                            r.files(), r.bytes() / 1e6, r.seconds(), r.docsPerSecond(), r.mbPerSecond(), r.peakRssKb() / 1024,
                            r.coldSeconds(), r.cpuSeconds(), r.load(),
                            r == bare ? "" : String.format(Locale.ROOT, "%+.0f%%", 100 * (r.seconds() / bare.seconds() - 1)),
                            r == bare ? "" : String.format(Locale.ROOT, "%+.0f%%", 100 * (r.cpuSeconds() / bare.cpuSeconds() - 1)),
                            threads == 1 ? "" : String.format(Locale.ROOT, "%.2f×", single.seconds() / r.seconds()),
                            100 * r.jitShare(),
                            r == bare ? "" : String.format(Locale.ROOT, "%+.0f%%", 100 * (r.cpuSecondsWithoutJit() / bare.cpuSecondsWithoutJit() - 1)),
                            r.coldCpuSeconds(),
                            r == bare ? "" : String.format(Locale.ROOT, "%+.0f%%", 100 * (r.coldCpuSeconds() / bare.coldCpuSeconds() - 1)),
                            threads == 1 ? "" : String.format(Locale.ROOT, "%.2f×", single.coldSeconds() / r.coldSeconds()),
                            r == bare ? "" : String.format(Locale.ROOT, "%.2f", r.syncSeconds()), r.coresBusy());
                    breakdown.add(name + ", " + r.what() + ", " + threads + " thread" + (threads == 1 ? "" : "s") + ": "
                            + ThreadCpu.describe(r.cpuByKind(), r.files()) + "; CPU s of the measured passes: "
                            + r.passes().stream().map(p -> String.format(Locale.ROOT, "%.1f (JIT %.1f)", p.cpuSeconds(), p.jitSeconds()))
                                    .collect(java.util.stream.Collectors.joining(", ")));
                }
                out.flush();
            }
        }
        forked.close();
        out.println();
        out.println("Bare Tika parses in the bench's JVM and the pipeline in one extraction child for the whole run: at each "
                + "measured pass both have run the same passes before (warm-up and earlier rows). On 2 threads both take "
                + "the largest files first, as the pipeline does. \"originals fsync wait s\": the seconds by the clock the "
                + "writer waited for a batch's originals to be forced to disk before the batch's catalog commit (the disk's "
                + "part of the wall time, apart from the catalog's and the index's own syncs); \"cores busy\": CPU seconds "
                + "over wall seconds.");
        out.println();
        out.println("CPU of the measured passes by thread (JIT: compiler threads; GC/VM: collector and VM thread; work: "
                + "extraction threads and their pipe readers; writer: catalog and index; child: the extraction processes):");
        out.println();
        breakdown.forEach(b -> out.println("- " + b));
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path writeSample(Path jsonl, Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonl)), StandardCharsets.UTF_8))) {
            String line;
            int i = 0;
            while (i < n && (line = r.readLine()) != null) {
                JsonNode a = json.readTree(line);
                String text = a.path("article_title").asText() + "\n" + a.path("text").asText() + "\n\n" + a.path("source_citation").asText() + "\n";
                Files.writeString(dir.resolve(String.format("%05d.txt", i++)), text);
            }
        }
        return dir;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals("MANIFEST.tsv")).sorted().toList();
        }
    }

    // ---- bare Tika: AutoDetectParser alone, the same OCR choice, no catalog, no index ----

    private static Run bareTika(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        CpuMeter coldCpu = CpuMeter.start();
        long t0 = System.nanoTime();
        long bytes = parseAll(parser, files, threads);
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpuSeconds = coldCpu.seconds();
        for (int pass = 1; pass < warmUpPasses; pass++) {
            parseAll(parser, files, threads);
        }
        List<Pass> passes = new ArrayList<>();
        for (int pass = 0; pass < measuredPasses; pass++) {
            passes.add(measure(() -> parseAll(parser, files, threads)));
        }
        return new Run("bare Tika", threads, files.size(), bytes, cold, coldCpuSeconds, passes, loadAverage());
    }

    interface Work {
        void run() throws Exception;
    }

    /** One pass of work, measured: wall time, CPU of this JVM and its children, CPU by thread, peak RSS. */
    private static Pass measure(Work work) throws Exception {
        ThreadCpu byThread = new ThreadCpu();
        byThread.begin();
        RssSampler rss = RssSampler.start(byThread);
        CpuMeter cpu = CpuMeter.start();
        long t = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = cpu.seconds();
        long peak = rss.stop();
        Map<String, Double> kinds = byThread.seconds();
        return new Pass(seconds, cpuSeconds - kinds.getOrDefault("bench sampler", 0.0), kinds, peak, 0);
    }

    /** Bare Tika's files go to its threads in the order the pipeline's go to its own ({@link DispatchOrder}). */
    private static long parseAll(AutoDetectParser parser, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> done = new ArrayList<>();
        for (Path f : DispatchOrder.forThreads(files, threads, p -> p.toFile().length())) {
            done.add(pool.submit(() -> {
                byte[] bytes = Files.readAllBytes(f);
                Metadata m = new Metadata();
                m.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
                ParseContext context = new ParseContext();
                context.set(Parser.class, parser);
                TesseractOCRConfig ocr = new TesseractOCRConfig();
                ocr.setSkipOcr(true);
                context.set(TesseractOCRConfig.class, ocr);
                PDFParserConfig pdf = new PDFParserConfig();
                pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
                context.set(PDFParserConfig.class, pdf);
                try (InputStream in = TikaInputStream.get(bytes)) {
                    parser.parse(in, new BodyContentHandler(-1), m, context);
                } catch (Exception | StackOverflowError e) {
                    // Failures count as done, as in the pipeline.
                }
                return (long) bytes.length;
            }));
        }
        long bytes = 0;
        for (Future<Long> f : done) {
            bytes += f.get();
        }
        pool.shutdown();
        return bytes;
    }

    // ---- the pipeline: hash, extract in child JVMs, repair, read, catalog, blobs, index ----

    private static Run pipeline(List<Path> files, int threads, Path dataRoot, ForkedExtractor forked, OcrSettings ocr,
                                Optional<Map<String, Long>> ids) throws Exception {
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withTimeout(Duration.ofMinutes(10));
        MetadataParser reader = new MetadataParser(IndexConfig.bundled());
        CpuMeter coldCpu = CpuMeter.start();
        long t0 = System.nanoTime();
        ingestInto(dataRoot.resolve("warm-up"), files, options, forked, ocr, reader, Optional.empty());
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpuSeconds = coldCpu.seconds();
        List<Path> written = new ArrayList<>(List.of(dataRoot.resolve("warm-up")));
        for (int pass = 1; pass < warmUpPasses; pass++) {
            written.add(dataRoot.resolve("warm-up-" + pass));
            ingestInto(written.get(written.size() - 1), files, options, forked, ocr, reader, Optional.empty());
        }
        List<Pass> passes = new ArrayList<>();
        for (int pass = 0; pass < measuredPasses; pass++) {
            // Each measured pass writes a fresh catalog and index, as the first ingest of an archive does.
            Path data = dataRoot.resolve("measured-" + pass);
            written.add(data);
            double[] sync = new double[1];
            Pass p = measure(() -> sync[0] = ingestInto(data, files, options, forked, ocr, reader, ids).syncSeconds());
            passes.add(p.withSyncSeconds(sync[0]));
        }
        // Deleted only now: a tree deleted just before a pass slowed that pass's own file writes (on the 2,000
        // texts, 2 threads, about 1.5 ms of extraction-thread CPU a file, 2026-11-28).
        for (Path dir : written) {
            deleteTree(dir);
        }
        long bytes = files.stream().mapToLong(f -> f.toFile().length()).sum();
        return new Run("vanthu pipeline", threads, files.size(), bytes, cold, coldCpuSeconds, passes, loadAverage());
    }

    /** A configuration's catalogs, originals and indexes, once all its passes are measured (many passes would fill the disk). */
    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A pass's report, and the seconds it waited on the originals' fsyncs. */
    private record Ingested(IngestReport report, double syncSeconds) {
    }

    private static Ingested ingestInto(Path data, List<Path> files, IngestOptions options, Extractor extractor, OcrSettings ocr,
                                       MetadataParser reader, Optional<Map<String, Long>> ids) {
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db")); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            BlobStore blobs = new BlobStore(data.resolve("originals"));
            Ingester ingester = new Ingester(catalog, blobs, index, extractor, detector(ocr), new TextRepair(), reader::parse);
            IngestReport report = ingester.ingest(files, options, IngestListener.lines(s -> { }));
            ids.ifPresent(map -> {
                report.added().forEach(a -> map.put(a.path(), a.id()));
                report.unchanged().forEach(u -> map.put(u.path(), u.id()));
                report.failed().forEach(f -> map.put(f.path(), -1L));
                map.replaceAll((path, id) -> id);
                for (Map.Entry<String, Long> e : map.entrySet()) {
                    if (e.getValue() >= 0) {
                        TEXTS.put(e.getKey(), catalog.get(e.getValue()).orElseThrow().text());
                    } else {
                        FAILURES.put(e.getKey(), report.failed().stream().filter(f -> f.path().equals(e.getKey()))
                                .findFirst().orElseThrow().reason());
                    }
                }
            });
            return new Ingested(report, blobs.syncNanos() / 1e9);
        }
    }

    private static final Map<OcrSettings, TikaExtractor> DETECTORS = new HashMap<>();

    /**
     * The ingester's type detector, built once as an archive builds it once: building it loads
     * Tika's configuration (~1 CPU second), which the measured pass used to pay.
     */
    private static synchronized TikaExtractor detector(OcrSettings ocr) {
        return DETECTORS.computeIfAbsent(ocr, o -> new TikaExtractor(MAX_CHARS, o));
    }

    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final Map<String, String> FAILURES = new HashMap<>();

    // ---- fidelity ----

    private static void fidelity(Path originals, Path data, PrintStream out) throws Exception {
        OcrSettings ocr = OcrSettings.detect();
        List<Path> files = listFiles(originals);
        Map<String, Long> ids = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        IngestOptions options = IngestOptions.defaults().withThreads(2).withTimeout(Duration.ofMinutes(10));
        try (ForkedExtractor forked = new ForkedExtractor(ForkedExtractor.Settings.tika(MAX_CHARS, ocr, Optional.empty()))) {
            ingestInto(data, files, options, forked, ocr, new MetadataParser(IndexConfig.bundled()), Optional.of(ids));
        }
        Map<String, String> reference = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        Path ref = originals.resolve("../text/originals_reference_text.jsonl").normalize();
        for (String line : Files.readAllLines(ref)) {
            JsonNode n = json.readTree(line);
            reference.put(n.get("file").asText(), n.get("text").asText());
        }
        out.printf(Locale.ROOT, "## Fidelity to the reference text (OCR %s; %d files; one pipeline pass on 2 threads took %.0f s)%n%n",
                ocr.enabled() ? "on, language " + ocr.language() : "not installed", files.size(), (System.nanoTime() - t0) / 1e9);
        out.println("| file | outcome | our chars | reference chars | similarity |");
        out.println("|---|---|---:|---:|---:|");
        AtomicInteger below = new AtomicInteger();
        for (Path f : files) {
            String rel = originals.relativize(f).toString();
            String key = f.toString();
            String refText = reference.getOrDefault(rel, "");
            if (FAILURES.containsKey(key)) {
                out.printf(Locale.ROOT, "| %s | failed: %s | | %d | |%n", rel, FAILURES.get(key), refText.length());
                continue;
            }
            String ours = TEXTS.getOrDefault(key, "");
            TextSimilarity.Score s = TextSimilarity.score(ours, refText);
            if (s.value() < 0.95) {
                below.incrementAndGet();
            }
            out.printf(Locale.ROOT, "| %s | document | %d | %d | %s%.4f |%n", rel, s.length(), s.referenceLength(),
                    s.exact() ? "" : "≤ ", s.value());
        }
        out.printf("%n%d files below 0.95 (explained in docs/BENCHMARKS-ingest.md)%n", below.get());
    }

    /**
     * Peak resident memory of this JVM and its children (the extraction processes), sampled every
     * 50 ms, with a look at each thread's CPU for {@link ThreadCpu}.
     */
    static final class RssSampler {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        private RssSampler(ThreadCpu threads) {
            thread = new Thread(() -> {
                int tick = 0;
                while (running) {
                    if (tick++ % 2 == 0) {
                        threads.sample();
                    }
                    long total = rssKb(ProcessHandle.current().pid());
                    for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                        total += rssKb(child.pid());
                    }
                    peak = Math.max(peak, total);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setName(ThreadCpu.SAMPLER);
            thread.setDaemon(true);
            thread.start();
        }

        static RssSampler start(ThreadCpu threads) {
            return new RssSampler(threads);
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }

        private static long rssKb(long pid) {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith("VmRSS:")) {
                        return Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The process ended between listing and reading.
            }
            return 0;
        }
    }

    /**
     * CPU seconds used by this JVM and its child processes (the extraction workers) since
     * {@link #start}: user and system time from /proc, including children that ended and were
     * reaped meanwhile (cutime, cstime). Unlike wall-clock time it hardly depends on the load the
     * other sessions put on the machine.
     */
    static final class CpuMeter {
        private static final double TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
        private final long startTicks;

        private CpuMeter() {
            startTicks = ticksNow();
        }

        static CpuMeter start() {
            return new CpuMeter();
        }

        double seconds() {
            return (ticksNow() - startTicks) / TICKS_PER_SECOND;
        }

        private static long ticksNow() {
            long total = ticks(ProcessHandle.current().pid());
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                total += ticks(child.pid());
            }
            return total;
        }

        /** utime + stime + cutime + cstime of one process, in clock ticks. */
        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                // The command name (field 2) may hold spaces; the fields after it are plain.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                return 0; // the process ended between listing and reading
            }
        }
    }
}
