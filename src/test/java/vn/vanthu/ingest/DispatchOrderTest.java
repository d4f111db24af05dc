package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.ExtractedText;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.extract.Extractor;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

class DispatchOrderTest {
    @TempDir
    Path in;
    @TempDir
    Path data;

    private static final Map<String, Long> SIZES = Map.of("a", 10L, "b", 300L, "c", 10L, "d", 5000L, "e", 300L, "f", 0L);
    private static final List<Path> FILES = List.of(Path.of("a"), Path.of("b"), Path.of("c"), Path.of("d"), Path.of("e"), Path.of("f"));

    @Test
    void severalThreadsTakeTheLargestFirstAndEqualSizesInTheOrderGiven() {
        assertEquals(List.of("d", "b", "e", "a", "c", "f"),
                DispatchOrder.forThreads(FILES, 2, p -> SIZES.get(p.toString())).stream().map(Path::toString).toList());
    }

    @Test
    void oneThreadKeepsTheOrderGiven() {
        assertEquals(FILES, DispatchOrder.forThreads(FILES, 1, p -> SIZES.get(p.toString())));
        assertEquals(List.of(Path.of("x")), DispatchOrder.forThreads(List.of(Path.of("x")), 4, p -> 1L));
    }

    /** Records the files in the order extraction threads ask for them; the first two wait for each other. */
    private static final class Recording implements Extractor {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstTwo;

        Recording(int threads) {
            firstTwo = new CountDownLatch(Math.min(2, threads));
        }

        @Override
        public ExtractedText extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException {
            calls.add(filename);
            firstTwo.countDown();
            try {
                // Neither of the first two threads takes a third file before both have their first.
                firstTwo.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ExtractionException("not extracted in this test");
        }
    }

    private List<String> ingestOn(int threads) throws Exception {
        // Binary bytes, so that every file goes to the extractor (plain text is read in-process).
        int i = 0;
        for (Map.Entry<String, Integer> f : new java.util.TreeMap<>(Map.of("a.bin", 100, "b.bin", 9000, "c.bin", 40,
                "d.bin", 700, "e.bin", 20_000)).entrySet()) {
            byte[] bytes = new byte[f.getValue()];
            bytes[0] = (byte) ++i; // different bytes in each, so none is "unchanged"
            bytes[1] = (byte) 0xFF;
            Files.write(in.resolve(f.getKey()), bytes);
        }
        Recording extractor = new Recording(threads);
        TikaExtractor tika = new TikaExtractor(1_000_000, OcrSettings.disabled());
        Path root = data.resolve("t" + threads);
        try (Catalog catalog = Catalog.open(root.resolve("catalog.db")); SearchIndex index = SearchIndex.open(root.resolve("index"))) {
            Ingester ingester = new Ingester(catalog, new BlobStore(root.resolve("originals")), index, extractor, tika,
                    new TextRepair(), new MetadataParser(IndexConfig.bundled())::parse);
            IngestReport report = ingester.ingest(List.of(in), IngestOptions.defaults().withThreads(threads),
                    IngestListener.lines(s -> { }));
            assertEquals(5, report.failed().size(), report.summary());
        }
        return extractor.calls;
    }

    @Test
    void anIngestOnTwoThreadsStartsWithTheTwoLargestFiles() throws Exception {
        List<String> calls = ingestOn(2);
        assertEquals(5, calls.size(), calls.toString());
        assertEquals(Set.of("e.bin", "b.bin"), Set.copyOf(calls.subList(0, 2)), calls.toString());
    }

    @Test
    void anIngestOnOneThreadKeepsTheFolderOrder() throws Exception {
        assertEquals(List.of("a.bin", "b.bin", "c.bin", "d.bin", "e.bin"), ingestOn(1));
    }
}
