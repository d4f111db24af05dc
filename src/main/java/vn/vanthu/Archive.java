package vn.vanthu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.Failure;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.ingest.IngestReport;
import vn.vanthu.ingest.Ingester;
import vn.vanthu.catalog.XrefStore;
import vn.vanthu.xref.CitationGraph;
import vn.vanthu.xref.CitationGraphBuilder;
import vn.vanthu.xref.CitationLinker;
import vn.vanthu.xref.DateIndexer;
import vn.vanthu.xref.DateReport;
import vn.vanthu.xref.DocumentStatus;
import vn.vanthu.xref.MissingNumbers;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.NumberTracer;
import vn.vanthu.xref.ResolvedCitation;
import vn.vanthu.xref.XrefReports;

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
    private final CitationLinker linker;
    private final DateIndexer dateIndexer;
    private final CitationGraphBuilder graphs;
    private final XrefReports xrefReports;

    private Archive(Path dataDir, IndexConfig config) {
        this.dataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        this.catalog = Catalog.open(dataDir.resolve("catalog.db"));
        this.blobs = new BlobStore(dataDir.resolve("originals"));
        this.index = SearchIndex.open(dataDir.resolve("index"));
        MetadataParser parser = new MetadataParser(config);
        this.ingester = new Ingester(catalog, blobs, index, new TikaExtractor(), parser::parse);
        XrefStore xref = new XrefStore(catalog);
        this.tracer = new NumberTracer(xref);
        this.linker = new CitationLinker(xref);
        this.dateIndexer = new DateIndexer(xref);
        this.graphs = new CitationGraphBuilder(xref);
        this.xrefReports = new XrefReports(xref);
        // A catalog written before cross-references existed (or by another tool) is brought up to date.
        crossReference(List.of());
    }

    public static Archive open(Path dataDir, IndexConfig config) {
        return new Archive(dataDir, config);
    }

    public Path dataDir() {
        return dataDir;
    }

    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        IngestReport report = ingester.ingest(paths, progress);
        crossReference(report.added().stream().map(IngestReport.Added::id).toList());
        return report;
    }

    public IngestReport ingestUpload(byte[] bytes, String filename) {
        IngestReport report = ingester.ingestBytes(bytes, filename);
        crossReference(report.added().stream().map(IngestReport.Added::id).toList());
        return report;
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

    /** A document's citations, each with the archived documents it means (one), may mean (several) or none. */
    public List<ResolvedCitation> citationsOf(ArchivedDocument doc) {
        return tracer.citationsOf(doc.id());
    }

    /** The archived documents citing this one, with relation and sentence, in date order. */
    public List<NumberTrace.CitedBy> citedBy(ArchivedDocument doc) {
        return tracer.citedBy(doc.id());
    }

    /** Replaced, repealed or amended by later archived documents, with those documents. */
    public DocumentStatus status(long id) {
        return tracer.status(id);
    }

    /** The citation graph around a document, 1 to {@link CitationGraphBuilder#MAX_DEPTH} steps both ways. */
    public Optional<CitationGraph> graph(long id, int depth) {
        return graphs.graph(id, depth);
    }

    /** Numbers cited but not archived, most cited first. */
    public MissingNumbers missingNumbers(int offset, int limit) {
        return xrefReports.missing(offset, limit);
    }

    /** Documents issued in a date range, and documents whose text mentions a date in it. */
    public DateReport dates(java.time.LocalDate from, java.time.LocalDate to, int limit) {
        return xrefReports.dates(from, to, limit);
    }

    /**
     * Brings the cross-references up to date after documents were added: resolves their citations,
     * re-resolves the citations of the numbers they bear, reads the dates they mention.
     */
    private void crossReference(List<Long> addedIds) {
        linker.documentsAdded(addedIds);
        dateIndexer.scanPending();
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

    @Override
    public void close() {
        index.close();
        catalog.close();
    }
}
