package vn.vanthu.concurrent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** A join that interrupts do not cut short, which keeps the interrupt for the caller. */
class UninterruptiblyTest {

    @Test
    void interruptsWaitForTheThreadAndAreKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        AtomicBoolean workerAliveAfterInterrupts = new AtomicBoolean();
        AtomicBoolean joinerInterruptedAfter = new AtomicBoolean();
        AtomicBoolean workerEndedFirst = new AtomicBoolean();
        Thread joiner = new Thread(() -> {
            Uninterruptibly.join(worker);
            workerEndedFirst.set(!worker.isAlive());
            joinerInterruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        joiner.start();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(20);
            joiner.interrupt();
        }
        Thread.sleep(50);
        workerAliveAfterInterrupts.set(worker.isAlive() && joiner.isAlive());
        release.countDown();
        joiner.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(joiner.isAlive());
        assertTrue(workerAliveAfterInterrupts.get(), "the joiner waited through the interrupts");
        assertTrue(workerEndedFirst.get());
        assertTrue(joinerInterruptedAfter.get(), "the interrupt is kept for the caller");
    }

    @Test
    void withoutAnInterruptTheFlagStaysClear() throws Exception {
        Thread worker = new Thread(() -> { });
        worker.start();
        Uninterruptibly.join(worker);
        assertFalse(worker.isAlive());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
