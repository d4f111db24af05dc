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

/**
 * The child process of {@link ForkedExtractor}: reads files from stdin, answers their text on
 * stdout, until stdin closes. A parser that hangs or exhausts memory takes only this process down;
 * the parent kills it and starts another.
 *
 * <p>Arguments: {@code maxChars ocrEnabled ocrLanguage}.
 */
public final class ExtractionWorker {
    /** What the worker does with each file. */
    @FunctionalInterface
    public interface Job {
        ExtractedText extract(byte[] bytes, String filename) throws ExtractionException;
    }

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

    /** Answers requests one at a time until the input ends. */
    public static void serve(InputStream stdin, OutputStream stdout, Job job) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stdin, 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stdout, 1 << 16));
        out.writeByte(WorkerProtocol.READY);
        out.flush();
        while (true) {
            String filename;
            byte[] bytes;
            try {
                filename = WorkerProtocol.readString(in);
                bytes = WorkerProtocol.readBytes(in);
            } catch (EOFException e) {
                return;
            }
            try {
                WorkerProtocol.writeOk(out, job.extract(bytes, filename));
            } catch (ExtractionException e) {
                WorkerProtocol.writeFailed(out, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                WorkerProtocol.writeFailed(out, "the parser failed: " + TikaExtractor.rootMessage(e));
            }
        }
    }
}
