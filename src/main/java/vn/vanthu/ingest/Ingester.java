package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.vanthu.access.AccessLevel;
import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogException;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.extract.ExtractedText;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.extract.Extractor;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

/**
 * Takes files into the archive: hash, skip what is already there, extract (in parallel, each
 * file under a time limit), read, store the original, record in the catalog (one transaction per
 * document), index (one index writer, committed in batches). A file that fails is recorded with
 * its reason and the run goes on. A .zip becomes a document listing its entries, and each entry a
 * document linked to it; changed bytes from a path already ingested become a new version linked
 * to the old.
 */
public final class Ingester {
    private static final int COMMIT_EVERY = 200;
    private static final String UPLOAD_PREFIX = "upload:";

    private final Catalog catalog;
    private final OriginStore origins;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final Extractor extractor;
    private final TikaExtractor detector;
    private final TextRepair repair;
    private final DocumentReader reader;
    private final AtomicInteger uncommitted = new AtomicInteger();
    /** Set once this ingester has indexed what an interrupted run left out of the index ({@link IndexCatchUp}). */
    private final java.util.concurrent.atomic.AtomicBoolean caughtUp = new java.util.concurrent.atomic.AtomicBoolean();

    public Ingester(Catalog catalog, BlobStore blobs, SearchIndex index, Extractor extractor, TikaExtractor detector,
                    TextRepair repair, DocumentReader reader) {
        this.catalog = catalog;
        this.origins = new OriginStore(catalog);
        this.blobs = blobs;
        this.index = index;
        this.extractor = extractor;
        this.detector = detector;
        this.repair = repair;
        this.reader = reader;
    }

    /** Ingests files and folders (recursively, hidden files skipped), one progress line per file. */
    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        return ingest(paths, IngestOptions.defaults(), IngestListener.lines(progress));
    }

    /** Ingests files and folders on {@code options.threads()} extraction threads. */
    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        IngestReport report = new IngestReport();
        catchUp(report);
        List<Path> files = files(paths, report);
        long bytes = files.stream().mapToLong(Ingester::sizeOrZero).sum();
        listener.started(files.size(), bytes);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> listener.fileDone(ingestFile(file, options, report))));
            }
            for (Future<?> t : tasks) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("ingestion failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            commit();
            listener.finished();
        }
        return report;
    }

    /** Ingests one upload; the file name is used only for display and type hints. */
    public IngestReport ingestBytes(byte[] bytes, String filename, IngestOptions options) {
        IngestReport report = new IngestReport();
        catchUp(report);
        String path = UPLOAD_PREFIX + filename;
        if (bytes.length > options.maxFileBytes()) {
            fail(report, path, Optional.empty(), tooLarge(options));
        } else {
            ingest(new Source(bytes, filename, path, DocumentOrigin.file(), 1), options, report);
        }
        commit();
        return report;
    }

    public IngestReport ingestBytes(byte[] bytes, String filename) {
        return ingestBytes(bytes, filename, IngestOptions.defaults());
    }

    /** The paths to try again for {@code vanthu ingest --retry-failed}: containers for entries; uploads cannot be. */
    public static Optional<Path> retryPath(String failedPath) {
        if (failedPath.startsWith(UPLOAD_PREFIX)) {
            return Optional.empty();
        }
        int bang = failedPath.indexOf("!/");
        return Optional.of(Path.of(bang < 0 ? failedPath : failedPath.substring(0, bang)));
    }

    /** Before the first run: index the archived documents an interrupted run left out of the index. */
    private void catchUp(IngestReport report) {
        if (!caughtUp.getAndSet(true)) {
            report.reindexed(IndexCatchUp.run(catalog, index));
        }
    }

    private void commit() {
        uncommitted.set(0);
        index.commit();
    }

    /** A file or entry on its way in. {@code depth} is 1 for a file, 2 for an entry of a zip, … */
    private record Source(byte[] bytes, String filename, String path, DocumentOrigin origin, int depth) {
    }

    private IngestListener.FileDone ingestFile(Path file, IngestOptions options, IngestReport report) {
        String path = file.toString();
        long size = sizeOrZero(file);
        String line;
        try {
            if (Files.size(file) > options.maxFileBytes()) {
                line = fail(report, path, Optional.empty(), tooLarge(options));
            } else {
                line = ingest(new Source(Files.readAllBytes(file), file.getFileName().toString(), path,
                        DocumentOrigin.file(), 1), options, report);
            }
        } catch (OutOfMemoryError e) {
            line = fail(report, path, Optional.empty(), "the ingest ran out of memory on this file (" + (size >> 20)
                    + " MB; Java heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give it more, e.g. "
                    + "VANTHU_JAVA_OPTS=-Xmx2g, and retry with `vanthu ingest --retry-failed`");
        } catch (IOException e) {
            line = fail(report, path, Optional.empty(), "the file cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // Whatever it was, this file must not stop the run.
            line = fail(report, path, Optional.empty(), "unexpected error: " + e);
        }
        IngestListener.Outcome outcome = line.startsWith("added") ? IngestListener.Outcome.ADDED
                : line.startsWith("unchanged") ? IngestListener.Outcome.UNCHANGED : IngestListener.Outcome.FAILED;
        return new IngestListener.FileDone(path, outcome, size, line);
    }

    private String ingest(Source src, IngestOptions options, IngestReport report) {
        String sha = BlobStore.sha256(src.bytes());
        Optional<Long> existing = catalog.idBySha256(sha);
        if (existing.isPresent()) {
            // A run killed between the catalog's commit and the index's left it out of the index:
            // the catalog is the truth, so index it now (a no-op replacement when it is there).
            if (!index.contains(existing.get())) {
                catalog.get(existing.get()).ifPresent(index::put);
            }
            report.unchanged(src.path(), existing.get());
            return "unchanged " + src.path();
        }
        String mediaType;
        try {
            // Here the type only tells a zip (unpacked here) from the rest (extracted in a child,
            // which detects the type again): Tika's magic detection is a third of the cost of a
            // small file, so it runs only where Tika could answer "zip".
            mediaType = mayBeZip(src) ? detector.detect(src.bytes(), src.filename()) : "application/octet-stream";
        } catch (ExtractionException e) {
            return fail(report, src.path(), Optional.of(sha), e.getMessage());
        }
        if (mediaType.equals(TikaExtractor.ZIP)) {
            return ingestZip(src, sha, options, report);
        }
        Read read;
        try {
            read = read(src.bytes(), src.filename(), options.timeout());
        } catch (ExtractionException e) {
            return fail(report, src.path(), Optional.of(sha), e.getMessage());
        }
        DocumentOrigin origin = src.origin().withNeedsOcr(read.needsOcr());
        return store(src, sha, new NewDocument(sha, src.filename(), src.path(), read.mediaType(),
                src.bytes().length, read.text(), read.warnings(), read.metadata()), origin,
                accessOf(read.metadata(), options), report).line;
    }

    /**
     * What a file's bytes give once extracted, repaired and read.
     *
     * @param warnings the extraction's warnings, then the notes of the repairs
     * @param needsOcr no text layer and no OCR available: the document is kept and flagged
     */
    record Read(String mediaType, String text, List<String> warnings, DocumentMetadata metadata, boolean needsOcr) {
    }

    /** Extraction (under the time limit), repair and reading: the path of every file and of {@link OcrBacklog}. */
    Read read(byte[] bytes, String filename, java.time.Duration timeout) throws ExtractionException {
        ExtractedText extracted = extractor.extract(bytes, filename, timeout);
        TextRepair.Repaired repaired = repair.repair(extracted);
        List<String> warnings = new ArrayList<>(extracted.warnings());
        warnings.addAll(repaired.notes());
        String text = repaired.text();
        DocumentMetadata metadata = text.isBlank() ? DocumentMetadata.empty() : reader.read(text);
        return new Read(extracted.mediaType(), text, warnings, metadata, extracted.needsOcr());
    }

    /** Re-extraction of the documents kept as "needs OCR", through this ingester's extractor, catalog and index. */
    public OcrBacklog ocrBacklog() {
        return new OcrBacklog(this, catalog, origins, blobs, index);
    }

    /**
     * Whether Tika could detect the file as a zip: by its magic (PK\3\4, PK\5\6, PK\7\8, all
     * starting "PK") or, when the magic says nothing, by a .zip or .zipx name.
     */
    static boolean mayBeZip(Source src) {
        byte[] b = src.bytes();
        if (b.length >= 2 && b[0] == 'P' && b[1] == 'K') {
            return true;
        }
        String name = src.filename().toLowerCase(java.util.Locale.ROOT);
        return b.length > 0 && (name.endsWith(".zip") || name.endsWith(".zipx"));
    }

    /** The container becomes a document listing its files; each file becomes a document linked to it. */
    private String ingestZip(Source src, String sha, IngestOptions options, IngestReport report) {
        if (src.depth() > options.zip().maxDepth()) {
            return fail(report, src.path(), Optional.of(sha), "zip nested deeper than " + options.zip().maxDepth() + " levels");
        }
        List<ZipUnpacker.Entry> entries;
        try {
            entries = new ZipUnpacker(options.zip(), options.maxFileBytes()).unpack(src.bytes());
        } catch (ZipUnpacker.LimitException e) {
            return fail(report, src.path(), Optional.of(sha), "zip refused: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return fail(report, src.path(), Optional.of(sha), "the zip is damaged: " + e.getMessage());
        }
        StringBuilder listing = new StringBuilder();
        entries.forEach(e -> listing.append(e.path()).append('\n'));
        Stored container = store(src, sha, new NewDocument(sha, src.filename(), src.path(), TikaExtractor.ZIP,
                src.bytes().length, listing.toString(), List.of("a zip of " + entries.size() + " files, each archived as its own document"),
                DocumentMetadata.empty()), src.origin(), options.access(), report);
        if (container.id.isEmpty()) {
            return container.line;
        }
        int failed = 0;
        for (ZipUnpacker.Entry e : entries) {
            String name = e.path().substring(e.path().lastIndexOf('/') + 1);
            String line = ingest(new Source(e.bytes(), name, src.path() + "!/" + e.path(),
                    DocumentOrigin.entry(container.id.get(), e.path()), src.depth() + 1), options, report);
            if (line.startsWith("failed")) {
                failed++;
            }
        }
        return container.line + " (" + entries.size() + " files" + (failed > 0 ? ", " + failed + " failed" : "") + ")";
    }

    private record Stored(Optional<Long> id, String line) {
    }

    /** A document's level: its security marking's, else the run's level for unmarked papers. */
    private static AccessLevel accessOf(DocumentMetadata metadata, IngestOptions options) {
        return AccessLevel.atIngest(metadata.security(), options.access());
    }

    private Stored store(Source src, String sha, NewDocument doc, DocumentOrigin origin, AccessLevel access,
                         IngestReport report) {
        Optional<Long> previous = origins.latestAt(src.path());
        List<String> warnings = new ArrayList<>(doc.warnings());
        try {
            blobs.put(src.bytes(), sha);
            long id = origins.insert(doc, origin.withPreviousVersion(previous), access.key(), "ingest");
            try {
                index.put(catalog.get(id).orElseThrow());
                if (uncommitted.incrementAndGet() >= COMMIT_EVERY) {
                    commit();
                }
            } catch (UncheckedIOException e) {
                // The catalog holds it now; only the derived index missed it.
                warnings.add("archived but not yet searchable (" + e.getMessage() + "): run `vanthu reindex`");
            }
            previous.ifPresent(p -> warnings.add("new version of document " + p + " (same path, changed bytes)"));
            report.added(src.path(), id, warnings);
            return new Stored(Optional.of(id), "added " + src.path());
        } catch (IOException e) {
            return new Stored(Optional.empty(), fail(report, src.path(), Optional.of(sha),
                    "the original could not be stored: " + e.getMessage()));
        } catch (CatalogException | UncheckedIOException e) {
            // Another thread may have added the same bytes a moment ago.
            Optional<Long> raced = catalog.idBySha256(sha);
            if (raced.isPresent()) {
                report.unchanged(src.path(), raced.get());
                return new Stored(Optional.empty(), "unchanged " + src.path());
            }
            return new Stored(Optional.empty(), fail(report, src.path(), Optional.of(sha), e.getMessage()));
        }
    }

    private String fail(IngestReport report, String path, Optional<String> sha, String reason) {
        report.failed(path, reason);
        catalog.recordFailure(path, sha, reason);
        return "failed " + path + ": " + reason;
    }

    private static String tooLarge(IngestOptions options) {
        return "the file is larger than " + (options.maxFileBytes() >> 20) + " MB";
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static List<Path> files(List<Path> paths, IngestReport report) {
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

    static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
