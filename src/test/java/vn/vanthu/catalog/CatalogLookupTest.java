package vn.vanthu.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.document.DocumentMetadata;

/**
 * The hash lookup an ingest's extraction threads make for every file must not wait for the
 * writer's transaction (it used to: a third of their time on small texts), and must not see it
 * before it commits.
 */
class CatalogLookupTest {
    @TempDir
    Path dir;

    private static NewDocument doc(String sha) {
        return new NewDocument(sha, sha.charAt(0) + ".txt", "/in/" + sha.charAt(0) + ".txt", "text/plain", 3, "abc", List.of(),
                DocumentMetadata.empty());
    }

    @Test
    void aLookupDoesNotWaitForATransactionInProgressNorSeeIt() throws Exception {
        String committed = "a".repeat(64);
        String pending = "b".repeat(64);
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            long a = catalog.insert(doc(committed));
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> catalog.inTransaction("add b", c -> {
                long b = catalog.insertRows(doc(pending), Instant.now());
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return b;
            }));
            try {
                assertEquals(true, inside.await(10, TimeUnit.SECONDS), "the transaction did not start");
                // On the transaction's connection these waited for it: here they answer while it is open.
                CompletableFuture<Optional<Long>> seen = CompletableFuture.supplyAsync(() -> catalog.idBySha256(committed));
                CompletableFuture<Optional<Long>> unseen = CompletableFuture.supplyAsync(() -> catalog.idBySha256(pending));
                assertEquals(Optional.of(a), seen.get(5, TimeUnit.SECONDS));
                assertEquals(Optional.empty(), unseen.get(5, TimeUnit.SECONDS), "a row not yet committed was seen");
            } finally {
                release.countDown();
            }
            long b = writer.get(10, TimeUnit.SECONDS);
            assertEquals(Optional.of(b), catalog.idBySha256(pending));
        }
    }

    @Test
    void aLookupAfterCloseFails() {
        Catalog catalog = Catalog.open(dir.resolve("c.db"));
        catalog.insert(doc("c".repeat(64)));
        assertEquals(true, catalog.idBySha256("c".repeat(64)).isPresent());
        catalog.close();
        assertThrows(CatalogException.class, () -> catalog.idBySha256("c".repeat(64)));
    }
}
