package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogException;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.extract.ExtractedText;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

/**
 * Takes files into the archive: hash, skip what is already there, extract, read, store the
 * original, record in the catalog (one transaction per document), index. A file that fails is
 * recorded with its reason and the run goes on.
 */
public final class Ingester {
    /** Larger files are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    private static final int COMMIT_EVERY = 100;

    private final Catalog catalog;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final TikaExtractor extractor;
    private final DocumentReader reader;

    public Ingester(Catalog catalog, BlobStore blobs, SearchIndex index, TikaExtractor extractor, DocumentReader reader) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.index = index;
        this.extractor = extractor;
        this.reader = reader;
    }

    /** Ingests files and folders (recursively, hidden files skipped), reporting each file to {@code progress}. */
    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        IngestReport report = new IngestReport();
        int pending = 0;
        for (Path file : files(paths, report)) {
            String outcome = ingestFile(file, report);
            progress.accept(outcome);
            if (outcome.startsWith("added") && ++pending >= COMMIT_EVERY) {
                index.commit();
                pending = 0;
            }
        }
        index.commit();
        return report;
    }

    /** Ingests one upload; the file name is used only for display and type hints. */
    public IngestReport ingestBytes(byte[] bytes, String filename) {
        IngestReport report = new IngestReport();
        ingest(bytes, filename, "upload:" + filename, report);
        index.commit();
        return report;
    }

    private String ingestFile(Path file, IngestReport report) {
        String path = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return fail(report, path, Optional.empty(), "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            return ingest(Files.readAllBytes(file), file.getFileName().toString(), path, report);
        } catch (IOException e) {
            return fail(report, path, Optional.empty(), "the file cannot be read: " + e.getMessage());
        }
    }

    private String ingest(byte[] bytes, String filename, String path, IngestReport report) {
        String sha = BlobStore.sha256(bytes);
        Optional<Long> existing = catalog.idBySha256(sha);
        if (existing.isPresent()) {
            report.unchanged(path, existing.get());
            return "unchanged " + path;
        }
        ExtractedText extracted;
        try {
            extracted = extractor.extract(bytes, filename);
        } catch (ExtractionException e) {
            return fail(report, path, Optional.of(sha), e.getMessage());
        }
        DocumentMetadata metadata = extracted.hasText() ? reader.read(extracted.text()) : DocumentMetadata.empty();
        try {
            blobs.put(bytes);
            long id = catalog.insert(new NewDocument(sha, filename, path, extracted.mediaType(), bytes.length,
                    extracted.text(), extracted.warnings(), metadata));
            List<String> warnings = new ArrayList<>(extracted.warnings());
            try {
                index.put(catalog.get(id).orElseThrow());
            } catch (UncheckedIOException e) {
                // The catalog holds it now; only the derived index missed it.
                warnings.add("archived but not yet searchable (" + e.getMessage() + "): run `vanthu reindex`");
            }
            report.added(path, id, warnings);
            return "added " + path;
        } catch (IOException e) {
            return fail(report, path, Optional.of(sha), "the original could not be stored: " + e.getMessage());
        } catch (CatalogException | UncheckedIOException e) {
            return fail(report, path, Optional.of(sha), e.getMessage());
        }
    }

    private String fail(IngestReport report, String path, Optional<String> sha, String reason) {
        report.failed(path, reason);
        catalog.recordFailure(path, sha, reason);
        return "failed " + path + ": " + reason;
    }

    private static List<Path> files(List<Path> paths, IngestReport report) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    report.failed(p.toString(), "the folder cannot be read: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                report.failed(p.toString(), "no such file or folder");
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
