package vn.vanthu.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of {@link ForkedExtractor}: reads files from stdin and answers their text on
 * stdout, until stdin closes. It parses up to {@code -Dvanthu.extraction.parsers} files at once
 * (one per extraction thread of the parent), on one Tika loaded and compiled once. A parser that
 * hangs or exhausts memory takes only this process down; the parent kills it, starts another and
 * tries the other files it was parsing again.
 *
 * <p>Arguments: {@code maxChars ocrEnabled ocrLanguage}.
 */
public final class ExtractionWorker {
    /** What the worker does with each file; called from several threads at once. */
    @FunctionalInterface
    public interface Job {
        ExtractedText extract(byte[] bytes, String filename) throws ExtractionException;
    }

    /** The exit status when a parser fails in a way the process cannot answer for (an Error). */
    static final int PARSER_BROKE = 4;

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream protocol = protocolStream();
        TikaExtractor tika = new TikaExtractor(Integer.parseInt(args[0]),
                new OcrSettings(Boolean.parseBoolean(args[1]), args[2]));
        warmUp(tika);
        serve(System.in, protocol, tika::extract);
    }

    /** Takes stdout for the protocol, so a library printing to System.out cannot corrupt it. */
    public static OutputStream protocolStream() {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        return stdout;
    }

    /** Loads the parsers before announcing readiness, so the first file's time limit is fair. */
    private static void warmUp(TikaExtractor tika) {
        try {
            tika.extract("<html><body><p>Hội đồng nhân dân</p></body></html>".getBytes(StandardCharsets.UTF_8), "warm-up.html");
            tika.extract("Hội đồng nhân dân".getBytes(StandardCharsets.UTF_8), "warm-up.txt");
        } catch (ExtractionException e) {
            System.err.println("extraction worker: warm-up failed: " + e.getMessage());
        }
    }

    /** Answers requests, as many at once as the parent's property allows, until the input ends. */
    public static void serve(InputStream stdin, OutputStream stdout, Job job) throws IOException {
        serve(stdin, stdout, job, Math.max(1, Integer.getInteger(WorkerProtocol.PARSERS, 1)));
    }

    /**
     * Reads requests on this thread and parses each on one of {@code parsers} threads; each answer
     * is written whole, in the order the files finish. The parent sends at most {@code parsers}
     * files at once, so a file starts parsing as soon as it has arrived: its time limit is fair.
     */
    static void serve(InputStream stdin, OutputStream stdout, Job job, int parsers) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stdin, 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stdout, 1 << 16));
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parsers, r -> {
            Thread t = new Thread(r, "parser-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        synchronized (out) {
            out.writeByte(WorkerProtocol.READY);
            out.flush();
        }
        try {
            while (true) {
                int id;
                String filename;
                byte[] bytes;
                try {
                    id = in.readInt();
                    filename = WorkerProtocol.readString(in);
                    bytes = WorkerProtocol.readBytes(in);
                } catch (EOFException e) {
                    return;
                }
                pool.execute(() -> answer(out, id, filename, bytes, job));
            }
        } finally {
            // Stdin closed: the parent is retiring this process; finish what it is still waiting for.
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void answer(DataOutputStream out, int id, String filename, byte[] bytes, Job job) {
        ExtractedText text = null;
        String failure;
        try {
            text = job.extract(bytes, filename);
            failure = null;
        } catch (ExtractionException e) {
            failure = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            failure = "the parser failed: " + TikaExtractor.rootMessage(e);
        } catch (Throwable e) {
            // Any other Error leaves the JVM in doubt: die, as a single-threaded worker did, so that the
            // parent sees it and tries the files again on a fresh process.
            e.printStackTrace();
            Runtime.getRuntime().halt(PARSER_BROKE);
            return;
        }
        try {
            synchronized (out) {
                if (failure == null) {
                    WorkerProtocol.writeOk(out, id, text);
                } else {
                    WorkerProtocol.writeFailed(out, id, failure);
                }
            }
        } catch (IOException e) {
            // The parent is gone: nobody is waiting for any answer.
            Runtime.getRuntime().halt(1);
        }
    }
}
