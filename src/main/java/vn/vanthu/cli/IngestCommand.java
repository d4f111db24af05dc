package vn.vanthu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.ingest.FolderWatcher;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.IngestReport;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add files and folders (recursively) to the archive. Files already archived are skipped; "
                + "a file that fails is reported and the run goes on. Exit code 0 unless nothing could be read.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders to ingest")
    List<Path> paths = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "time limit per file; a parser still running then is stopped (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "200",
            description = "refuse files larger than this (default: ${DEFAULT-VALUE})")
    long maxMegabytes;

    @Option(names = "--retry-failed", description = "try again every file listed by `vanthu failures`")
    boolean retryFailed;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "keep watching DIR, ingesting new or changed files once they stop changing (Ctrl+C ends)")
    Path watch;

    @Option(names = "--access", paramLabel = "LEVEL", defaultValue = "public",
            description = "level of documents without a security marking: public (default), internal or "
                    + "confidential; a marking such as \"Mật\" makes a document confidential whatever this says")
    String access;

    @Override
    public Integer call() throws InterruptedException {
        if (paths.isEmpty() && !retryFailed && watch == null) {
            System.err.println("vanthu ingest: give PATH..., --retry-failed or --watch DIR");
            return 2;
        }
        IngestOptions options = IngestOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxFileBytes(maxMegabytes * 1024 * 1024);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        Optional<AccessLevel> level = AccessLevel.parse(access);
        if (level.isEmpty()) {
            System.err.println("vanthu ingest: --access must be public, internal or confidential, not '" + access + "'");
            return 2;
        }
        options = options.withAccess(level.get());
        try (Archive archive = data.open()) {
            if (!archive.ocrAvailable()) {
                System.err.println("vanthu: Tesseract with the Vietnamese model is not installed: scans are kept "
                        + "and flagged \"needs OCR\" (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)");
            }
            boolean nothingWorked = false;
            if (retryFailed) {
                nothingWorked |= print(archive.retryFailed(options, ProgressBar.forStderr()));
            }
            if (!paths.isEmpty()) {
                nothingWorked |= print(archive.ingest(paths, options, ProgressBar.forStderr()));
            }
            if (watch != null) {
                if (!Files.isDirectory(watch)) {
                    System.err.println("vanthu ingest: no such folder " + watch);
                    return 2;
                }
                System.err.println("vanthu: watching " + watch + " (Ctrl+C to stop)");
                IngestOptions o = options;
                archive.watch(watch, FolderWatcher.Timing.defaults(), o, ProgressBar.forStderr(), () -> false);
            }
            return nothingWorked ? 1 : 0;
        }
    }

    private static boolean print(IngestReport report) {
        System.out.print(report.summary());
        return report.added().isEmpty() && report.unchanged().isEmpty() && !report.failed().isEmpty();
    }
}
