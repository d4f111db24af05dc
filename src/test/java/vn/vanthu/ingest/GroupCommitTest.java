package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The writer's batches: documents that arrive one by one, close together, are committed together. */
class GroupCommitTest {
    private static final Integer END = -1;

    @Test
    void itemsArrivingOneByOneWithinTheWaitMakeOneBatch() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                queue.add(i);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        producer.start();
        List<Integer> batch = new ArrayList<>();
        // A generous wait: the ten items come within ~20 ms even on a loaded machine.
        new GroupCommit<>(256, 10, 5, TimeUnit.SECONDS, END).fill(queue, batch);
        producer.join();
        assertEquals(IntStream.range(0, 10).boxed().toList(), batch);
    }

    @Test
    void aLoneItemWaitsNoLongerThanTheLinger() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>(List.of(7));
        List<Integer> batch = new ArrayList<>();
        long t0 = System.nanoTime();
        new GroupCommit<>(256, 64, 30, TimeUnit.MILLISECONDS, END).fill(queue, batch);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(List.of(7), batch);
        assertTrue(ms >= 25 && ms < 5_000, "waited " + ms + " ms");
    }

    @Test
    void theEndOfTheQueueAndAFullGroupAreNotWaitedOn() throws Exception {
        GroupCommit<Integer> group = new GroupCommit<>(256, 4, 1, TimeUnit.HOURS, END);
        List<Integer> batch = new ArrayList<>();
        group.fill(new LinkedBlockingQueue<>(List.of(1, 2, END)), batch);
        assertEquals(List.of(1, 2, END), batch);
        batch.clear();
        group.fill(new LinkedBlockingQueue<>(List.of(1, 2, 3, 4, 5)), batch);
        assertEquals(List.of(1, 2, 3, 4, 5), batch);
        batch.clear();
        // Never more than the most a batch holds.
        new GroupCommit<>(3, 2, 1, TimeUnit.HOURS, END).fill(new LinkedBlockingQueue<>(List.of(1, 2, 3, 4, 5)), batch);
        assertEquals(List.of(1, 2, 3), batch);
    }
}
