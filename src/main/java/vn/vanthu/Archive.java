package vn.vanthu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.catalog.StaffTokenStore;
import vn.vanthu.catalog.Failure;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.extract.ForkedExtractor;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.access.StaffTokens;
import vn.vanthu.ingest.FolderWatcher;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
import vn.vanthu.ingest.IngestReport;
import vn.vanthu.ingest.Ingester;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.NumberTracer;
import vn.vanthu.xref.ResolvedCitation;

/**
 * The composition root: opens the data directory (catalog, originals, index) and wires the
 * services. The web and the command line talk only to this.
 *
 * <pre>
 * data/catalog.db    SQLite catalog (truth)
 * data/originals/    originals by SHA-256 (truth)
 * data/index/        Lucene index (derived; `vanthu reindex` rebuilds it)
 * </pre>
 */
public final class Archive implements AutoCloseable {
    private final Path dataDir;
    private final Catalog catalog;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final Ingester ingester;
    private final NumberTracer tracer;
    private static final int MAX_CHARS = 50_000_000;
    private final OcrSettings ocr;
    private final TikaExtractor detector;
    private final ForkedExtractor extractor;
    private final OriginStore origins;
    private final StaffTokens staff;

    private Archive(Path dataDir, IndexConfig config) {
        this.dataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        this.catalog = Catalog.open(dataDir.resolve("catalog.db"));
        this.blobs = new BlobStore(dataDir.resolve("originals"));
        this.index = SearchIndex.open(dataDir.resolve("index"), VietnameseAnalyzers.withConfig(config));
        MetadataParser parser = new MetadataParser(config);
        this.ocr = OcrSettings.detect();
        this.detector = new TikaExtractor(MAX_CHARS, ocr);
        this.extractor = new ForkedExtractor(ForkedExtractor.Settings.tika(MAX_CHARS, ocr,
                Optional.of(dataDir.resolve("extraction.log"))));
        this.ingester = new Ingester(catalog, blobs, index, extractor, detector, new TextRepair(), parser::parse);
        this.origins = new OriginStore(catalog);
        this.staff = new StaffTokens(new StaffTokenStore(catalog), System.getenv("VANTHU_STAFF_TOKEN"));
        this.tracer = new NumberTracer(catalog);
    }

    public static Archive open(Path dataDir, IndexConfig config) {
        return new Archive(dataDir, config);
    }

    public Path dataDir() {
        return dataDir;
    }

    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        return ingester.ingest(paths, progress);
    }

    public IngestReport ingestUpload(byte[] bytes, String filename) {
        return ingester.ingestBytes(bytes, filename);
    }

    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    public Optional<ArchivedDocument> document(long id) {
        return catalog.get(id);
    }

    public List<ArchivedDocument> documents(int offset, int limit) {
        return catalog.list(offset, limit);
    }

    public int documentCount() {
        return catalog.count();
    }

    /** The stored original of a document. */
    public Optional<Path> original(long id) {
        return catalog.get(id).map(d -> blobs.path(d.sha256())).filter(Files::isRegularFile);
    }

    public Optional<NumberTrace> trace(String number) {
        return tracer.trace(number);
    }

    public List<ResolvedCitation> citationsOf(ArchivedDocument doc) {
        return tracer.citationsOf(doc);
    }

    public List<NumberTrace.CitedBy> citedBy(ArchivedDocument doc) {
        return tracer.citedBy(doc);
    }

    /** Rebuilds the index from the catalog; returns the number of documents indexed. */
    public int reindex(Consumer<String> progress) {
        index.deleteAll();
        int[] n = {0};
        catalog.forEach(d -> {
            index.put(d);
            if (++n[0] % 500 == 0) {
                progress.accept("indexed " + n[0]);
            }
        });
        index.commit();
        return n[0];
    }

    public List<Failure> failures() {
        return catalog.failures();
    }

    public int indexedCount() {
        return index.count();
    }

    /** Ingests on several extraction threads, each file under the options' time limit. */
    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        return ingester.ingest(paths, options, listener);
    }

    /** Ingests again every file that failed (a zip entry's container; uploads cannot be retried). */
    public IngestReport retryFailed(IngestOptions options, IngestListener listener) {
        List<Path> paths = new ArrayList<>();
        List<String> uploads = new ArrayList<>();
        for (Failure f : catalog.failures()) {
            Ingester.retryPath(f.path()).ifPresentOrElse(p -> {
                if (!paths.contains(p)) {
                    paths.add(p);
                }
            }, () -> uploads.add(f.path()));
        }
        IngestReport report = ingester.ingest(paths, options, listener);
        uploads.forEach(u -> report.skipped(u, "an upload: upload the file again to retry it"));
        return report;
    }

    /** Ingests uploaded bytes through the same pipeline as files. */
    public IngestReport ingestUpload(byte[] bytes, String filename, IngestOptions options) {
        return ingester.ingestBytes(bytes, filename, options);
    }

    /** Watches a folder, ingesting each new or changed file once it has stopped changing, until stopped. */
    public void watch(Path dir, FolderWatcher.Timing timing, IngestOptions options, IngestListener listener,
                      java.util.function.BooleanSupplier stop) throws InterruptedException {
        new FolderWatcher(dir, timing, (files) -> ingester.ingest(files, options, listener)).run(stop);
    }

    /** Container, previous version and OCR flag of a document. */
    public Optional<DocumentOrigin> origin(long id) {
        return origins.origin(id);
    }

    /** The later version that replaced a document, if any. */
    public Optional<Long> nextVersion(long id) {
        return origins.nextVersionOf(id);
    }

    /** The documents unpacked from a zip document. */
    public List<Long> entriesOf(long containerId) {
        return origins.entriesOf(containerId);
    }

    /** Whether scans are OCRed on this machine (Tesseract with the Vietnamese model). */
    public boolean ocrAvailable() {
        return ocr.enabled();
    }

    /** Lets a bearer token upload (only its hash is kept). */
    public void addStaffToken(String token, String label) {
        staff.add(token, label);
    }

    /** Whether a bearer token belongs to staff (may upload). */
    public boolean isStaffToken(String token) {
        return staff.accepts(token);
    }

    @Override
    public void close() {
        extractor.close();
        index.close();
        catalog.close();
    }
}
