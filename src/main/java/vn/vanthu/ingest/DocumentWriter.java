package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogException;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchIndex;

/**
 * The one thread of an ingest run that writes the catalog and the index. The extraction threads
 * hand it documents whose original is written but not yet durable ({@link BlobStore#stage}); it
 * takes whatever has queued up meanwhile, forces those originals to disk together ({@link
 * BlobStore#commit}: a small file used to wait on its own fsync on its extraction thread), and
 * only then adds the documents in one catalog transaction (one sync to disk for the lot), indexes
 * them, and reports each one (a document is reported added once its catalog row is committed; a
 * crash before that leaves it to the next ingest, which finds its original already stored, or
 * only a temporary file). A document whose original could not be forced is not added. The
 * extraction threads go on with the next files while it writes.
 */
final class DocumentWriter implements AutoCloseable {
    /** Most documents in one catalog transaction. */
    private static final int MAX_BATCH = 256;
    /** A batch smaller than this waits up to 20 ms for more documents (see {@link GroupCommit}). */
    private static final int GROUP = 64;
    /** Characters of text waiting to be written, at most: the extraction threads wait beyond it. */
    private static final int BUDGET_CHARS = 32 << 20;
    /** What a small document counts against the budget, so that thousands of them cannot queue up. */
    private static final int MIN_COST = 64 << 10;

    /** What became of a document: its id in the committed catalog (none if not added), and its line. */
    record Written(Optional<Long> id, String line) {
    }

    /** A document to write, and the future its outcome completes. */
    record Pending(String path, String sha, BlobStore.Staged original, OriginStore.Addition addition, CompletableFuture<Written> done) {
        int cost() {
            return Math.min(BUDGET_CHARS, Math.max(MIN_COST, addition.doc().text().length()));
        }
    }

    /** What the writer does with a document once its catalog row is committed (or could not be). */
    interface Stored {
        /** The document is in the committed catalog, as {@code stored}; returns its line. */
        String added(Pending p, ArchivedDocument stored, Optional<Long> previousVersion);

        /** The document could not be added; returns its line. */
        String notAdded(Pending p, String reason);
    }

    private static final Pending END = new Pending("", "", null, null, null);

    private final OriginStore origins;
    private final BlobStore blobs;
    private final Stored stored;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final GroupCommit<Pending> batches = new GroupCommit<>(MAX_BATCH, GROUP, 20, TimeUnit.MILLISECONDS, END);
    private final Semaphore budget = new Semaphore(BUDGET_CHARS);
    private final Thread thread;

    DocumentWriter(Catalog catalog, BlobStore blobs, Stored stored) {
        this.origins = new OriginStore(catalog);
        this.blobs = blobs;
        this.stored = stored;
        this.thread = new Thread(this::run, "ingest-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a document with its staged original (waiting while too much text is queued); the
     * future completes with its line once it is written.
     */
    CompletableFuture<Written> submit(String path, String sha, BlobStore.Staged original, OriginStore.Addition addition)
            throws InterruptedException {
        Pending p = new Pending(path, sha, original, addition, new CompletableFuture<>());
        if (!thread.isAlive()) {
            throw new IllegalStateException("the ingest writer has stopped");
        }
        budget.acquire(p.cost());
        queue.add(p);
        return p.done;
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        queue.add(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // The queued documents are extracted and their originals stored: write them anyway.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean end = false;
        while (!end) {
            try {
                batches.fill(queue, batch);
            } catch (InterruptedException e) {
                // Only close() ends the writer, after the queue is written.
                continue;
            }
            end = batch.remove(END);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        try {
            // Every original durable before the catalog row that names it commits.
            List<Pending> durable = forceOriginals(batch);
            if (!durable.isEmpty()) {
                List<OriginStore.Outcome> outcomes;
                try {
                    outcomes = origins.insertNewVersions(durable.stream().map(Pending::addition).toList());
                } catch (CatalogException | UncheckedIOException | IllegalStateException e) {
                    // The batch's commit failed: each on its own, so that one cannot fail the others.
                    outcomes = durable.stream().map(this::insertAlone).toList();
                }
                for (int i = 0; i < durable.size(); i++) {
                    finish(durable.get(i), outcomes.get(i));
                }
            }
        } catch (RuntimeException | Error e) {
            // Never leave an extraction thread waiting on a document the writer gave up on.
            for (Pending p : batch) {
                blobs.discard(p.original());
                finish(p, new OriginStore.Outcome(Optional.empty(), Optional.empty(), Optional.of("unexpected error: " + e)));
            }
        } finally {
            for (Pending p : batch) {
                budget.release(p.cost());
            }
        }
    }

    /** Forces the batch's originals together; the documents whose original could not be are finished as not added. */
    private List<Pending> forceOriginals(List<Pending> batch) {
        List<Optional<IOException>> errors = blobs.commit(batch.stream().map(Pending::original).toList());
        List<Pending> durable = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (errors.get(i).isPresent()) {
                finish(batch.get(i), new OriginStore.Outcome(Optional.empty(), Optional.empty(),
                        Optional.of("the original could not be stored: " + errors.get(i).get().getMessage())));
            } else {
                durable.add(batch.get(i));
            }
        }
        return durable;
    }

    private OriginStore.Outcome insertAlone(Pending p) {
        try {
            return origins.insertNewVersions(List.of(p.addition())).get(0);
        } catch (CatalogException | UncheckedIOException | IllegalStateException e) {
            return new OriginStore.Outcome(Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private void finish(Pending p, OriginStore.Outcome o) {
        if (p.done.isDone()) {
            return;
        }
        try {
            p.done.complete(o.id().isPresent() && o.document().isPresent()
                    ? new Written(o.id(), stored.added(p, o.document().get(), o.previousVersion()))
                    : new Written(Optional.empty(), stored.notAdded(p, o.error().orElse("not added"))));
        } catch (RuntimeException | Error e) {
            p.done.completeExceptionally(e);
        }
    }
}
