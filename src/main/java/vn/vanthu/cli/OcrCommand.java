package vn.vanthu.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.OcrReport;

@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "OCR the scans kept without text because Tesseract was not installed when they were ingested "
                + "(flagged \"needs OCR\"): every such document, or the ids given. Each keeps its id, versions, "
                + "corrections and access level. Exit code 0 unless a document could not be OCRed.")
final class OcrCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "documents to OCR (default: every document that needs OCR)")
    List<Long> ids = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "documents OCRed at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "time limit per document; OCR takes seconds a page (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Override
    public Integer call() {
        IngestOptions options = IngestOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (threads != null) {
            if (threads < 1) {
                System.err.println("vanthu ocr: --threads must be at least 1");
                return 2;
            }
            options = options.withThreads(threads);
        }
        try (Archive archive = data.openExisting()) {
            return run(archive, ids, options, ProgressBar.forStderr().startingWith("OCR of"), System.out, System.err);
        }
    }

    /** The command on an open archive (tests give one opened with OCR on or off). */
    static int run(Archive archive, List<Long> ids, IngestOptions options, IngestListener progress, PrintStream out,
                   PrintStream err) {
        if (!archive.ocrAvailable()) {
            err.println("vanthu ocr: Tesseract with the Vietnamese model is not installed, so nothing can be OCRed "
                    + "(Debian: apt-get install tesseract-ocr tesseract-ocr-vie); "
                    + archive.needingOcr().size() + " documents need OCR");
            return 1;
        }
        List<Long> todo = ids.isEmpty() ? archive.needingOcr() : ids;
        if (todo.isEmpty()) {
            out.println("no document needs OCR");
            return 0;
        }
        OcrReport report = archive.ocr(todo, options, progress);
        out.print(report.summary());
        return report.failed().isEmpty() ? 0 : 1;
    }
}
