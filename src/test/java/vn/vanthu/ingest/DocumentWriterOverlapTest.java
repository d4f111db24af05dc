package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

/**
 * The writer does not sit idle while a batch's originals are forced: it indexes and reports the
 * previous batch (whose catalog rows are committed) meanwhile, and still commits a batch's rows
 * only after its originals are durable.
 */
class DocumentWriterOverlapTest {
    @TempDir
    Path data;

    private static final long WAIT_SECONDS = 5;

    @Test
    void thePreviousBatchIsReportedWhileThisBatchsOriginalsAreForced() throws Exception {
        CountDownLatch firstForcing = new CountDownLatch(1);
        CountDownLatch secondQueued = new CountDownLatch(1);
        CountDownLatch secondForcing = new CountDownLatch(1);
        CountDownLatch firstReported = new CountDownLatch(1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db")); Catalog committed = Catalog.open(data.resolve("catalog.db"))) {
            BlobStore.Sync sync = file -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (committed.idBySha256(BlobStore.sha256(text.getBytes(StandardCharsets.UTF_8))).isPresent()) {
                    seen.add("a row committed before its original was forced: " + text);
                }
                if (text.startsWith("first")) {
                    // Held until the second batch is queued, so that the two are separate batches.
                    firstForcing.countDown();
                    await(secondQueued, "the second batch queued");
                } else {
                    secondForcing.countDown();
                    await(firstReported, "the first batch reported");
                }
            };
            BlobStore blobs = new BlobStore(data.resolve("originals"), sync);
            DocumentWriter.Stored stored = new DocumentWriter.Stored() {
                @Override
                public String added(DocumentWriter.Pending p, ArchivedDocument doc, Optional<Long> previousVersion) {
                    if (p.path().equals("first")) {
                        try {
                            if (!secondForcing.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                                seen.add("the first batch was reported before the second batch's forces started");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        firstReported.countDown();
                    }
                    return "added " + p.path();
                }

                @Override
                public String notAdded(DocumentWriter.Pending p, String reason) {
                    return "not added " + p.path() + ": " + reason;
                }
            };
            List<CompletableFuture<DocumentWriter.Written>> written = new ArrayList<>();
            try (DocumentWriter writer = new DocumentWriter(catalog, blobs, stored)) {
                written.add(submit(writer, blobs, "first"));
                await(firstForcing, "the first batch being forced");
                // Two documents: a batch of one is forced on the writer's own thread, after the report.
                written.add(submit(writer, blobs, "second-a"));
                written.add(submit(writer, blobs, "second-b"));
                secondQueued.countDown();
            }
            assertEquals(List.of("added first", "added second-a", "added second-b"),
                    written.stream().map(f -> f.join().line()).toList());
            assertEquals(List.of(), seen);
            assertEquals(3, catalog.count());
            for (CompletableFuture<DocumentWriter.Written> w : written) {
                String sha = catalog.get(w.join().id().orElseThrow()).orElseThrow().sha256();
                assertTrue(blobs.contains(sha), sha);
            }
        }
    }

    private static CompletableFuture<DocumentWriter.Written> submit(DocumentWriter writer, BlobStore blobs, String name)
            throws IOException, InterruptedException {
        byte[] bytes = (name + ": Văn bản số 1/QĐ-UBND.\n").getBytes(StandardCharsets.UTF_8);
        String sha = BlobStore.sha256(bytes);
        NewDocument doc = new NewDocument(sha, name + ".txt", "/in/" + name + ".txt", "text/plain", bytes.length,
                new String(bytes, StandardCharsets.UTF_8), List.of(), DocumentMetadata.empty());
        return writer.submit(name, sha, blobs.stage(bytes, sha), new OriginStore.Addition(doc, DocumentOrigin.file(), "public", "ingest"));
    }

    private static void await(CountDownLatch latch, String what) throws IOException {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("timed out waiting for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        }
    }
}
