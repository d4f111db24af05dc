package vn.vanthu.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.ingest.IngestReport;

/**
 * sample-docs/ ingested once for the comparison tests (extraction takes about a minute), in a
 * temporary data directory removed when the test JVM exits.
 */
public final class SampleArchive {
    private static Archive archive;
    private static IngestReport report;

    private SampleArchive() {
    }

    public static synchronized Archive get() {
        if (archive == null) {
            try {
                Path dir = Files.createTempDirectory("vanthu-compare-");
                archive = Archive.open(dir, IndexConfig.at(TestPaths.project().resolve("index-config")));
                report = archive.ingest(List.of(TestPaths.sampleDocs()), line -> { });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    archive.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    public static synchronized IngestReport report() {
        get();
        return report;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
