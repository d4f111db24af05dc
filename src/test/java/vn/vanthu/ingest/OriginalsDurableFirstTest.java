package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

/**
 * An original is forced to disk before the catalog row that names it commits, now that the
 * originals of a batch are forced together by the writer rather than one by one as they are
 * stored: the sync put into the store looks, as each force starts and as it ends, at the catalog
 * from a second connection (which sees committed rows only) and at the original's final name.
 */
class OriginalsDurableFirstTest {
    @TempDir
    Path in;
    @TempDir
    Path data;

    /** How long each force takes here. */
    private static final long FORCE_MILLIS = 5;

    /** Forces nothing; records each forced original, and anything seen out of order (at its start and its end). */
    private static final class Watching implements BlobStore.Sync {
        final Set<String> forced = ConcurrentHashMap.newKeySet();
        final List<String> outOfOrder = Collections.synchronizedList(new ArrayList<>());
        final Path dataDir;
        Catalog committed;
        BlobStore blobs;
        /** Text of the files the disk refuses to force (none when empty). */
        String refuse = "";

        Watching(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public void force(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            String sha = BlobStore.sha256(bytes);
            if (committed.idBySha256(sha).isPresent()) {
                outOfOrder.add("the catalog row of " + file.getFileName() + " committed before its original was forced");
            }
            if (Files.exists(blobs.path(sha))) {
                outOfOrder.add(file.getFileName() + " was under its final name before it was forced");
            }
            if (!refuse.isEmpty() && new String(bytes, StandardCharsets.UTF_8).contains(refuse)) {
                throw new IOException("the disk refused it");
            }
            // A force takes a while: the row must still be uncommitted, and the file under its
            // temporary name, when it ends (a writer that started the forces early and committed
            // without waiting for them would pass the check at the start alone).
            try {
                Thread.sleep(FORCE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (committed.idBySha256(sha).isPresent()) {
                outOfOrder.add("the catalog row of " + file.getFileName() + " committed before its original's force ended");
            }
            if (Files.exists(blobs.path(sha))) {
                outOfOrder.add(file.getFileName() + " was under its final name before its force ended");
            }
            forced.add(sha);
        }
    }

    private record Run(IngestReport report, List<String> shas, Watching sync) {
    }

    private Run ingest(int threads, String refuse, java.util.function.Function<Ingester, IngestReport> work) throws Exception {
        Path root = data.resolve("t" + threads + refuse.length());
        Watching sync = new Watching(root);
        sync.refuse = refuse;
        try (Catalog catalog = Catalog.open(root.resolve("catalog.db")); Catalog committed = Catalog.open(root.resolve("catalog.db"));
             SearchIndex index = SearchIndex.open(root.resolve("index"))) {
            sync.committed = committed;
            sync.blobs = new BlobStore(root.resolve("originals"), sync);
            Ingester ingester = new Ingester(catalog, sync.blobs, index, (bytes, name, timeout) -> {
                throw new ExtractionException("only plain text in this test");
            }, new TikaExtractor(1_000_000, OcrSettings.disabled()), new TextRepair(), new MetadataParser(IndexConfig.bundled())::parse);
            IngestReport report = work.apply(ingester);
            List<String> shas = report.added().stream().map(a -> catalog.get(a.id()).orElseThrow().sha256()).toList();
            return new Run(report, shas, sync);
        }
    }

    private void writeFiles(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("%03d.txt", i)), "Điều " + i + ". Văn bản số " + i + "/QĐ-UBND về kế hoạch năm 2024.\n");
        }
    }

    private static void noTemporaryFileLeft(Path root) throws IOException {
        try (var files = Files.walk(root.resolve("originals"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void everyOriginalIsForcedBeforeItsRowCommitsOnOneAndTwoThreads() throws Exception {
        writeFiles(300);
        for (int threads : new int[]{1, 2}) {
            Run run = ingest(threads, "", i -> i.ingest(List.of(in), IngestOptions.defaults().withThreads(threads), IngestListener.lines(s -> { })));
            assertEquals(300, run.report().added().size(), run.report().summary());
            assertEquals(List.of(), run.sync().outOfOrder);
            assertTrue(run.sync().forced.containsAll(run.shas()), "every added document's original was forced");
            assertEquals(300, run.sync().blobs.synced());
            for (String sha : run.shas()) {
                assertTrue(run.sync().blobs.contains(sha), sha);
            }
            noTemporaryFileLeft(run.sync().dataDir);
        }
    }

    @Test
    void anUploadIsForcedBeforeItsRowCommits() throws Exception {
        byte[] bytes = "Công văn số 12/UBND-VP về việc báo cáo.\n".getBytes(StandardCharsets.UTF_8);
        Run run = ingest(1, "", i -> i.ingestBytes(bytes, "cv.txt"));
        assertEquals(1, run.report().added().size(), run.report().summary());
        assertEquals(List.of(), run.sync().outOfOrder);
        assertEquals(Set.of(BlobStore.sha256(bytes)), run.sync().forced);
    }

    @Test
    void aDocumentWhoseOriginalCannotBeForcedIsNotAddedAndTheOthersAre() throws Exception {
        writeFiles(40);
        Files.writeString(in.resolve("bad.txt"), "HỎNG: the disk refuses this one.\n");
        Run run = ingest(2, "HỎNG", i -> i.ingest(List.of(in), IngestOptions.defaults().withThreads(2), IngestListener.lines(s -> { })));
        assertEquals(40, run.report().added().size(), run.report().summary());
        assertEquals(1, run.report().failed().size());
        assertTrue(run.report().failed().get(0).reason().startsWith("the original could not be stored"), run.report().failed().get(0).reason());
        String bad = BlobStore.sha256(Files.readAllBytes(in.resolve("bad.txt")));
        assertFalse(run.sync().blobs.contains(bad), "not under its final name");
        assertFalse(run.shas().contains(bad));
        assertEquals(List.of(), run.sync().outOfOrder);
        noTemporaryFileLeft(run.sync().dataDir);
    }
}
