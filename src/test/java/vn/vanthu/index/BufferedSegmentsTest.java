package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

/**
 * {@link SearchIndex#writeBuffered()} as a bulk build's threads call it: each thread, once its
 * documents run out, writes an in-memory segment, so the commit on the main thread has none left.
 */
class BufferedSegmentsTest {
    private static final int THREADS = 2;
    private static final int DOCS_PER_THREAD = 40;
    private static final int ROUNDS = 25;

    @TempDir
    Path dir;

    @Test
    void threadsFinishingTogetherLeaveNoSegmentToTheCommit() throws Exception {
        // The threads put in lock step (so each fills its own buffer) and finish at the same moment:
        // both then reach for the same largest buffer, the race that left one to the commit.
        for (int round = 0; round < ROUNDS; round++) {
            Path indexDir = dir.resolve("round-" + round);
            try (SearchIndex index = SearchIndex.open(indexDir)) {
                CyclicBarrier together = new CyclicBarrier(THREADS);
                AtomicReference<Throwable> failed = new AtomicReference<>();
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int first = t * DOCS_PER_THREAD;
                    Thread w = new Thread(() -> {
                        try {
                            for (int i = 0; i < DOCS_PER_THREAD; i++) {
                                together.await();
                                index.put(document(first + i));
                            }
                            together.await();
                            index.writeBuffered();
                        } catch (Throwable e) {
                            failed.compareAndSet(null, e);
                        }
                    });
                    w.start();
                    threads.add(w);
                }
                for (Thread w : threads) {
                    w.join();
                }
                assertEquals(null, failed.get());
                int written = segments(indexDir);
                assertTrue(written >= 1, "round " + round + ": no segment written by the threads");
                index.commit();
                assertEquals(written, segments(indexDir), "round " + round + ": the commit wrote a segment the threads left");
                assertEquals(THREADS * DOCS_PER_THREAD, index.count());
            }
        }
    }

    private static ArchivedDocument document(long id) {
        DocumentMetadata m = Fixtures.metadata(id + "/KH-HĐND", "KH", "Kế hoạch", "2016-11-14",
                "Thường trực HĐND huyện Khoa", "Kế hoạch số " + id, List.of());
        String text = "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ " + id + " của Hội đồng nhân dân huyện.";
        return new ArchivedDocument(id, Long.toString(id).repeat(64).substring(0, 64), id + ".txt", "text/plain",
                text.length(), Instant.EPOCH, m, text, List.of());
    }

    /** Segments on disk, committed or not: one .si file each. */
    private static int segments(Path indexDir) throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
        }
    }
}
