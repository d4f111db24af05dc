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
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.NumberTracer;
import vn.vanthu.xref.ResolvedCitation;
import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.maintenance.ArchiveBackup;
import vn.vanthu.maintenance.BackupSummary;
import vn.vanthu.maintenance.ConsistencyCheck;
import vn.vanthu.maintenance.ConsistencyReport;
import vn.vanthu.maintenance.FixityCheck;
import vn.vanthu.maintenance.FixityReport;

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

    /** Checks catalog, originals and index against each other (originals by existence and size). */
    public ConsistencyReport check() {
        return consistency().check();
    }

    /**
     * Repairs what a check finds (index entries, leftover temporary files; orphan originals moved
     * to {@code moveOrphansTo} only when given) and returns the check made afterwards.
     */
    public ConsistencyReport repair(Optional<Path> moveOrphansTo, Consumer<String> progress) {
        ConsistencyCheck consistency = consistency();
        ConsistencyReport before = consistency.check();
        ConsistencyCheck.Repair done = consistency.repair(before, moveOrphansTo, () -> reindex(progress));
        progress.accept("repair: " + done);
        return consistency.check();
    }

    private ConsistencyCheck consistency() {
        return new ConsistencyCheck(catalog, blobs, index, dataDir);
    }

    /** Fixity: rehashes every original against the SHA-256 and size in the catalog. */
    public FixityReport verify(Consumer<String> progress) {
        return FixityCheck.verify(new CatalogInventory(catalog).originals(), blobs::path, progress);
    }

    /**
     * Backs up the archive in {@code dataDir} to one file without opening it, so it may run
     * while a server or an ingest has the archive open.
     */
    public static BackupSummary backup(Path dataDir, Path file) {
        return ArchiveBackup.backup(dataDir, file);
    }

    /** Restores a backup into an empty data folder (or, with {@code force}, over one) and rebuilds the index. */
    public static BackupSummary restore(Path file, Path dataDir, IndexConfig config, boolean force, Consumer<String> progress) {
        BackupSummary restored = ArchiveBackup.restore(file, dataDir, force);
        try (Archive archive = open(dataDir, config)) {
            archive.reindex(progress);
        }
        return restored;
    }

    @Override
    public void close() {
        index.close();
        catalog.close();
    }
}
