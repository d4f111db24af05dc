package vn.vanthu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import vn.vanthu.concurrent.Uninterruptibly;

/**
 * Puts documents into the search index on several threads while the calling thread reads them
 * (from the catalog, page by page): analysing a document's text is the costly part of a rebuild,
 * and {@code SearchIndex.put} may be called from several threads (Lucene's one IndexWriter takes
 * them all). Nothing is committed here; the caller commits once, after {@link #run} returns, as the
 * one-thread rebuild did.
 *
 * <p>A failure on an indexing thread stops the reading and is thrown from {@link #run}; the
 * threads always end before it returns.
 */
final class IndexingThreads {
    private static final int BATCH = 32;
    /** The end of the documents, one per thread (compared by identity). */
    private static final List<?> END = new ArrayList<>(0);

    private IndexingThreads() {
    }

    /**
     * Reads every document from {@code source} on this thread and hands each to {@code put} on
     * one of {@code threads} threads; {@code progress} hears "indexed N" every 500 documents, one
     * call at a time. Returns how many documents were put.
     */
    static <T> int run(Consumer<Consumer<T>> source, Consumer<T> put, int threads, Consumer<String> progress) {
        return run(source, put, () -> { }, threads, progress);
    }

    /**
     * As {@link #run(Consumer, Consumer, int, Consumer)}; each thread then calls {@code finished} once
     * when the documents have run out and no thread has failed (to write its in-memory segment, see
     * {@code SearchIndex.writeBuffered}, in parallel with the others rather than in the commit).
     */
    static <T> int run(Consumer<Consumer<T>> source, Consumer<T> put, Runnable finished, int threads, Consumer<String> progress) {
        BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(threads * 2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] done = {0};
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> index(queue, put, finished, failure, done, progress), "indexing-" + (t + 1));
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        try {
            List<T> batch = new ArrayList<>(BATCH);
            source.accept(doc -> {
                batch.add(doc);
                if (batch.size() == BATCH) {
                    hand(queue, new ArrayList<>(batch), failure);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                hand(queue, batch, failure);
            }
        } catch (Stopped e) {
            // An indexing thread failed: its failure is thrown below.
        } finally {
            // Every thread takes one END and stops; a thread that failed keeps taking (and dropping) until its END.
            for (int t = 0; t < threads; t++) {
                putUninterruptibly(queue, END);
            }
            for (Thread w : workers) {
                Uninterruptibly.join(w);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        synchronized (done) {
            return done[0];
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void index(BlockingQueue<List<?>> queue, Consumer<T> put, Runnable finished,
                                  AtomicReference<Throwable> failure, int[] done, Consumer<String> progress) {
        while (true) {
            List<?> batch = takeUninterruptibly(queue);
            if (batch == END) {
                if (failure.get() == null) {
                    try {
                        finished.run();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
                return;
            }
            for (Object doc : batch) {
                if (failure.get() != null) {
                    break;
                }
                try {
                    put.accept((T) doc);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    break;
                }
                synchronized (done) {
                    if (++done[0] % 500 == 0) {
                        progress.accept("indexed " + done[0]);
                    }
                }
            }
        }
    }

    /** Thrown through the source to stop reading when an indexing thread has failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Queues a batch; stops the reading when an indexing thread has failed. */
    private static void hand(BlockingQueue<List<?>> queue, List<?> batch, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the index", e);
        }
        if (failure.get() != null) {
            throw new Stopped();
        }
    }

    private static void putUninterruptibly(BlockingQueue<List<?>> queue, List<?> item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<?> takeUninterruptibly(BlockingQueue<List<?>> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // The reading thread decides when indexing ends (by END); an interrupt alone does not.
            }
        }
    }
}
