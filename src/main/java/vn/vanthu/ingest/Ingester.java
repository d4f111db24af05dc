package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.vanthu.access.AccessLevel;
import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.extract.ExtractedText;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.extract.Extractor;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

/**
 * Takes files into the archive: hash, skip what is already there, extract (in parallel, each
 * file under a time limit), read, store the original; then one writer thread ({@link
 * DocumentWriter}) records them in the catalog (a transaction per batch of whatever has queued
 * up) and indexes them (one index writer, committed in batches) while the extraction threads go
 * on. A file that fails is recorded with its reason and the run goes on. A .zip becomes a document listing its entries, and each entry a
 * document linked to it; changed bytes from a path already ingested become a new version linked
 * to the old.
 */
public final class Ingester {
    /**
     * Index commits in a bulk run: each writes and syncs a segment (6 % of the parent's CPU on small
     * files at every 200); the index is derived, and a run stopped between commits is caught up
     * from the catalog by the next one ({@link IndexCatchUp}).
     */
    private static final int COMMIT_EVERY = 1000;
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

    /**
     * Ingests files and folders on {@code options.threads()} extraction threads; on more than one,
     * the largest files are taken first ({@link DispatchOrder}), so the progress lines and ids come
     * in about that order rather than the folder's.
     */
    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        IngestReport report = new IngestReport();
        catchUp(report);
        List<Path> files = files(paths, report);
        // Each file's size, read once: the progress total, the dispatch order and the size limit use it.
        Map<Path, Long> sizes = new HashMap<>();
        for (Path f : files) {
            sizes.computeIfAbsent(f, Ingester::sizeOrUnknown);
        }
        long bytes = files.stream().mapToLong(f -> Math.max(0, sizes.get(f))).sum();
        listener.started(files.size(), bytes);
        int threads = Math.min(options.threads(), Math.max(1, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<Void>> reported = new ArrayList<>();
        try {
            try (DocumentWriter writer = writer(report)) {
                try {
                    List<Future<CompletableFuture<Void>>> tasks = new ArrayList<>();
                    for (Path file : DispatchOrder.forThreads(files, threads, f -> Math.max(0, sizes.get(f)))) {
                        long size = sizes.get(file);
                        tasks.add(pool.submit(() -> ingestFile(file, size, options, report, writer).thenAccept(listener::fileDone)));
                    }
                    for (Future<CompletableFuture<Void>> t : tasks) {
                        reported.add(t.get());
                    }
                } finally {
                    pool.shutdownNow();
                    // The files being extracted end (their children are killed) before the writer does.
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                }
            }
            for (CompletableFuture<Void> r : reported) {
                r.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            throw new IllegalStateException("ingestion failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            commit();
            listener.finished();
        }
        return report;
    }

    /** The writer of one run: what it does with a document once its catalog row is committed, or is not. */
    private DocumentWriter writer(IngestReport report) {
        return new DocumentWriter(catalog, blobs, new DocumentWriter.Stored() {
            @Override
            public String added(DocumentWriter.Pending p, ArchivedDocument stored, Optional<Long> previousVersion) {
                long id = stored.id();
                List<String> warnings = new ArrayList<>(p.addition().doc().warnings());
                try {
                    // The rows just committed, as the catalog would read them back (not read again: ~1 ms a file).
                    index.put(stored);
                    if (uncommitted.incrementAndGet() >= COMMIT_EVERY) {
                        commit();
                    }
                } catch (UncheckedIOException e) {
                    // The catalog holds it now; only the derived index missed it.
                    warnings.add("archived but not yet searchable (" + e.getMessage() + "): run `vanthu reindex`");
                }
                previousVersion.ifPresent(v -> warnings.add("new version of document " + v + " (same path, changed bytes)"));
                report.added(p.path(), id, warnings);
                return "added " + p.path();
            }

            @Override
            public String notAdded(DocumentWriter.Pending p, String reason) {
                // Another thread (or process) may have added the same bytes a moment ago.
                Optional<Long> raced = catalog.idBySha256(p.sha());
                if (raced.isPresent()) {
                    report.unchanged(p.path(), raced.get());
                    return "unchanged " + p.path();
                }
                return fail(report, p.path(), Optional.of(p.sha()), reason);
            }
        });
    }

    /** Ingests one upload; the file name is used only for display and type hints. */
    public IngestReport ingestBytes(byte[] bytes, String filename, IngestOptions options) {
        IngestReport report = new IngestReport();
        catchUp(report);
        String path = UPLOAD_PREFIX + filename;
        if (bytes.length > options.maxFileBytes()) {
            fail(report, path, Optional.empty(), tooLarge(options));
        } else {
            try (DocumentWriter writer = writer(report)) {
                ingest(new Source(bytes, filename, path, DocumentOrigin.file(), 1), options, report, writer).join();
            } catch (CompletionException e) {
                fail(report, path, Optional.empty(), "unexpected error: " + e.getCause());
            }
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

    /**
     * One file, on an extraction thread; the future completes once the writer has stored it (or it
     * failed). {@code listedSize} is its size when the run listed it, -1 if it could not be read then.
     */
    private CompletableFuture<IngestListener.FileDone> ingestFile(Path file, long listedSize, IngestOptions options,
                                                               IngestReport report, DocumentWriter writer) {
        String path = file.toString();
        long size = Math.max(0, listedSize);
        CompletableFuture<DocumentWriter.Written> written;
        try {
            // A size that could not be read at listing is asked again, for the reason it fails with.
            if ((listedSize >= 0 ? listedSize : Files.size(file)) > options.maxFileBytes()) {
                written = done(fail(report, path, Optional.empty(), tooLarge(options)));
            } else {
                byte[] bytes = Files.readAllBytes(file);
                // It may have grown since it was listed.
                written = bytes.length > options.maxFileBytes() ? done(fail(report, path, Optional.empty(), tooLarge(options)))
                        : ingest(new Source(bytes, file.getFileName().toString(), path, DocumentOrigin.file(), 1),
                                options, report, writer);
            }
        } catch (OutOfMemoryError e) {
            written = done(fail(report, path, Optional.empty(), "the ingest ran out of memory on this file (" + (size >> 20)
                    + " MB; Java heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give it more, e.g. "
                    + "VANTHU_JAVA_OPTS=-Xmx2g, and retry with `vanthu ingest --retry-failed`"));
        } catch (IOException e) {
            written = done(fail(report, path, Optional.empty(), "the file cannot be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // Whatever it was, this file must not stop the run.
            written = done(fail(report, path, Optional.empty(), "unexpected error: " + e));
        }
        return written.thenApply(DocumentWriter.Written::line)
                .exceptionally(e -> fail(report, path, Optional.empty(), "unexpected error: " + unwrap(e)))
                .thenApply(line -> {
                    IngestListener.Outcome outcome = line.startsWith("added") ? IngestListener.Outcome.ADDED
                            : line.startsWith("unchanged") ? IngestListener.Outcome.UNCHANGED : IngestListener.Outcome.FAILED;
                    return new IngestListener.FileDone(path, outcome, size, line);
                });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The outcome of a file settled without the writer (unchanged, failed). */
    private static CompletableFuture<DocumentWriter.Written> done(String line) {
        return CompletableFuture.completedFuture(new DocumentWriter.Written(Optional.empty(), line));
    }

    private CompletableFuture<DocumentWriter.Written> ingest(Source src, IngestOptions options, IngestReport report,
                                                             DocumentWriter writer) {
        String sha = BlobStore.sha256(src.bytes());
        Optional<Long> existing = catalog.idBySha256(sha);
        if (existing.isPresent()) {
            // A run killed between the catalog's commit and the index's left it out of the index:
            // the catalog is the truth, so index it now (a no-op replacement when it is there).
            if (!index.contains(existing.get())) {
                catalog.get(existing.get()).ifPresent(index::put);
            }
            report.unchanged(src.path(), existing.get());
            return done("unchanged " + src.path());
        }
        String mediaType;
        try {
            // Here the type only tells a zip (unpacked here) from the rest (extracted in a child,
            // which detects the type again): Tika's magic detection is a third of the cost of a
            // small file, so it runs only where Tika could answer "zip".
            mediaType = mayBeZip(src) ? detector.detect(src.bytes(), src.filename()) : "application/octet-stream";
        } catch (ExtractionException e) {
            return done(fail(report, src.path(), Optional.of(sha), e.getMessage()));
        }
        if (mediaType.equals(TikaExtractor.ZIP)) {
            return done(ingestZip(src, sha, options, report, writer));
        }
        Read read;
        try {
            read = read(src.bytes(), src.filename(), options.timeout());
        } catch (ExtractionException e) {
            return done(fail(report, src.path(), Optional.of(sha), e.getMessage()));
        }
        DocumentOrigin origin = src.origin().withNeedsOcr(read.needsOcr());
        return store(src, sha, new NewDocument(sha, src.filename(), src.path(), read.mediaType(),
                src.bytes().length, read.text(), read.warnings(), read.metadata()), origin,
                accessOf(read.metadata(), options), report, writer);
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
        // Plain UTF-8 text reads the same here as in Tika, in one linear pass: no child, no time limit.
        Optional<ExtractedText> plain = detector.plainText().extract(bytes, filename);
        ExtractedText extracted = plain.isPresent() ? plain.get() : extractor.extract(bytes, filename, timeout);
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
    private String ingestZip(Source src, String sha, IngestOptions options, IngestReport report, DocumentWriter writer) {
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
        // The entries link to the container's id: wait for the writer to commit it.
        DocumentWriter.Written container = store(src, sha, new NewDocument(sha, src.filename(), src.path(), TikaExtractor.ZIP,
                src.bytes().length, listing.toString(), List.of("a zip of " + entries.size() + " files, each archived as its own document"),
                DocumentMetadata.empty()), src.origin(), options.access(), report, writer).join();
        if (container.id().isEmpty()) {
            return container.line();
        }
        List<CompletableFuture<DocumentWriter.Written>> lines = new ArrayList<>();
        for (ZipUnpacker.Entry e : entries) {
            String name = e.path().substring(e.path().lastIndexOf('/') + 1);
            lines.add(ingest(new Source(e.bytes(), name, src.path() + "!/" + e.path(),
                    DocumentOrigin.entry(container.id().get(), e.path()), src.depth() + 1), options, report, writer));
        }
        long failed = lines.stream().map(CompletableFuture::join).filter(w -> w.line().startsWith("failed")).count();
        return container.line() + " (" + entries.size() + " files" + (failed > 0 ? ", " + failed + " failed" : "") + ")";
    }

    /** A document's level: its security marking's, else the run's level for unmarked papers. */
    private static AccessLevel accessOf(DocumentMetadata metadata, IngestOptions options) {
        return AccessLevel.atIngest(metadata.security(), options.access());
    }

    /**
     * Writes the original (not yet forced: the writer forces a batch's originals together, before
     * their catalog rows commit) and hands the document to the writer; the future completes once
     * its catalog row is committed, or it failed.
     */
    private CompletableFuture<DocumentWriter.Written> store(Source src, String sha, NewDocument doc, DocumentOrigin origin,
                                                            AccessLevel access, IngestReport report, DocumentWriter writer) {
        BlobStore.Staged original;
        try {
            original = blobs.stage(src.bytes(), sha);
        } catch (IOException e) {
            return done(fail(report, src.path(), Optional.of(sha), "the original could not be stored: " + e.getMessage()));
        }
        try {
            return writer.submit(src.path(), sha, original, new OriginStore.Addition(doc, origin, access.key(), "ingest"));
        } catch (InterruptedException e) {
            blobs.discard(original);
            Thread.currentThread().interrupt();
            return done(fail(report, src.path(), Optional.of(sha), "interrupted before it was recorded in the catalog"));
        } catch (RuntimeException e) {
            blobs.discard(original);
            throw e;
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

    /** The file's size, or -1 when it cannot be read (the file then fails with the reason). */
    private static long sizeOrUnknown(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
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
