package vn.vanthu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.Ingester;

/**
 * For profiling (scripts/bench-ingest --profile DIR): the whole pipeline on one folder with the
 * extraction in this JVM rather than in child processes, so that one JFR recording holds every
 * stage (Tika, repair, reading, catalog, originals, index) in the proportions the pipeline gives
 * them. A warm-up pass, then the measured passes; prints the CPU seconds of each.
 *
 * <p>Arguments: FOLDER THREADS PASSES WORKDIR.
 */
public final class IngestProfile {
    private IngestProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        MetadataParser reader = new MetadataParser(IndexConfig.bundled());
        TikaExtractor tika = new TikaExtractor(50_000_000, OcrSettings.disabled());
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withTimeout(Duration.ofMinutes(10));
        for (int pass = 0; pass <= passes; pass++) {
            Path data = work.resolve("pass-" + pass);
            IngestBenchmark.CpuMeter cpu = IngestBenchmark.CpuMeter.start();
            long t0 = System.nanoTime();
            try (Catalog catalog = Catalog.open(data.resolve("catalog.db")); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
                new Ingester(catalog, new BlobStore(data.resolve("originals")), index, tika, tika, new TextRepair(), reader::parse)
                        .ingest(List.of(folder), options, IngestListener.lines(s -> { }));
            }
            System.out.printf(Locale.ROOT, "%s pass %d: %.1f s, %.1f CPU s%n", pass == 0 ? "warm-up" : "measured", pass,
                    (System.nanoTime() - t0) / 1e9, cpu.seconds());
        }
    }
}
