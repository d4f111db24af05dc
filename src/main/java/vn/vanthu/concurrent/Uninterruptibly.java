package vn.vanthu.concurrent;

/** Waits that an interrupt does not cut short: the caller's interrupt is kept for it to see after. */
public final class Uninterruptibly {
    private Uninterruptibly() {
    }

    /**
     * Waits until {@code thread} has ended, whatever interrupts arrive meanwhile (the thread
     * finishes work that must not be left half done: queued documents, an index's batches); if
     * one arrived, the caller's interrupt flag is set again on return.
     */
    public static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
