package vn.vanthu.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Forces files to disk on helper threads, many at once. One fsync after another pays one journal
 * commit and one cache flush each (~5 ms a small file on this machine's disk); issued together,
 * the filesystem folds them into a few commits (200 small files: ~1 s one by one, ~0.1 s eight at
 * a time, 2026-11-28). The threads only wait on the disk.
 */
final class ParallelForce {
    /** Forces in flight at once: beyond eight the probe gained nothing. */
    private static final int THREADS = 8;
    private static final ExecutorService POOL = pool();

    private ParallelForce() {
    }

    private static ExecutorService pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "originals-sync");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Starts forcing a file through {@code sync}; {@link #await} gives its outcome. */
    static Future<Optional<IOException>> start(Path file, BlobStore.Sync sync) {
        return POOL.submit(() -> {
            try {
                sync.force(file);
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(e);
            }
        });
    }

    /** Waits for a force ({@link #start}); its error, if any (empty: durable). */
    static Optional<IOException> await(Future<Optional<IOException>> force) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return force.get();
                } catch (InterruptedException e) {
                    // The force is under way: its outcome decides what may be committed.
                    interrupted = true;
                } catch (ExecutionException e) {
                    return Optional.of(new IOException("could not be forced to disk: " + e.getCause(), e.getCause()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
