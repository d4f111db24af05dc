package vn.vanthu.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import vn.vanthu.ingest.IngestListener;

/**
 * Ingestion progress on stderr: on a terminal one redrawn line with a bar, files/s, MB/s and the
 * ETA (failures printed above it as they happen); otherwise one plain line per file, for logs.
 */
final class ProgressBar implements IngestListener {
    private static final int WIDTH = 28;

    private final PrintStream err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile int files;
    private volatile long bytes;
    private volatile long start = System.nanoTime();
    private long lastDraw;
    private String starting = "ingesting";

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** The word of the plain start line: "ingesting" by default, "OCR of" for `vanthu ocr`. */
    ProgressBar startingWith(String word) {
        this.starting = word;
        return this;
    }

    /** A bar when stderr looks like a terminal (a console is attached and TERM is not dumb). */
    static ProgressBar forStderr() {
        String term = System.getenv("TERM");
        boolean tty = System.console() != null && term != null && !term.equals("dumb");
        return new ProgressBar(System.err, tty);
    }

    @Override
    public void started(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        this.start = System.nanoTime();
        if (!terminal) {
            err.printf(Locale.ROOT, "%s %d files (%.1f MB)%n", starting, files, bytes / 1e6);
        }
    }

    @Override
    public synchronized void fileDone(FileDone d) {
        int n = done.incrementAndGet();
        bytesDone.addAndGet(d.bytes());
        if (d.outcome() == Outcome.FAILED) {
            failed.incrementAndGet();
        }
        if (!terminal) {
            err.println(d.line());
            return;
        }
        if (d.outcome() == Outcome.FAILED) {
            err.print("\r\033[K");
            err.println(d.line());
        }
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L || n == files || d.outcome() == Outcome.FAILED) {
            lastDraw = now;
            err.print("\r\033[K" + line(n, now));
            err.flush();
        }
    }

    @Override
    public synchronized void finished() {
        if (terminal && files > 0) {
            err.println();
        }
    }

    /** e.g. {@code [#######.....]  120/480  25%  14.2 files/s  3.1 MB/s  ETA 0:25  2 failed} */
    String line(int n, long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double rate = n / seconds;
        int total = Math.max(files, 1);
        int filled = (int) ((long) WIDTH * n / total);
        String eta = rate > 0 && n < files ? clock((files - n) / rate) : "0:00";
        return String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.1f files/s  %.1f MB/s  ETA %s%s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), n, files, 100 * n / total, rate,
                bytesDone.get() / 1e6 / seconds, eta, failed.get() > 0 ? "  " + failed.get() + " failed" : "");
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
