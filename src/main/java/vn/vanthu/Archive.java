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
import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.catalog.Failure;
import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionCorrection;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.compare.Comparer;
import vn.vanthu.compare.Comparison;
import vn.vanthu.compare.SessionRegistry;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.extract.ForkedExtractor;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.HighlightedText;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.access.StaffTokens;
import vn.vanthu.access.AccessControl;
import vn.vanthu.access.IssuedToken;
import vn.vanthu.access.LoginSession;
import vn.vanthu.access.NewLogin;
import vn.vanthu.catalog.AuditFilter;
import vn.vanthu.catalog.AuditPage;
import vn.vanthu.catalog.TokenRecord;
import vn.vanthu.ingest.FolderWatcher;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;
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
import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.maintenance.ArchiveBackup;
import vn.vanthu.maintenance.BackupSummary;
import vn.vanthu.maintenance.ConsistencyCheck;
import vn.vanthu.maintenance.ConsistencyReport;
import vn.vanthu.maintenance.FixityCheck;
import vn.vanthu.maintenance.FixityReport;
import vn.vanthu.catalog.CorrectionStore;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.correction.CorrectionValidator;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.extract.DocumentTypes;

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
    /** Made on the first ingest: Tika's parsers and the OCR probe take seconds to load, and serving search needs neither. */
    private Ingester ingester;
    private final MetadataParser parser;
    private final NumberTracer tracer;
    /**
     * Text kept (stored and indexed) per document; the rest is cut with a warning on the document,
     * the original kept whole. 10 million characters is some 3,000 pages; a single-line 40 MB text
     * file (30 million) no longer exhausts a 512 MB ingest, whose copies of the text (repair,
     * reading, catalog, index) are each a multiple of it.
     */
    private static final int MAX_CHARS = 10_000_000;
    /** Null until first needed, unless the caller set it: detecting Tesseract runs a process. */
    private OcrSettings ocr;
    private ForkedExtractor extractor;
    private final OriginStore origins;
    private final StaffTokens staff;
    private final CitationLinker linker;
    private final DateIndexer dateIndexer;
    private final CitationGraphBuilder graphs;
    private final XrefReports xrefReports;
    private final SessionStore sessionStore;
    private final SessionRegistry sessionRegistry;
    private final Comparer comparer;
    private final CorrectionStore corrections;
    /** Marks the documents whose index entry a change is about to make stale, until the index commits it. */
    private final IndexPending pendingIndex;
    private final CorrectionValidator correctionValidator;
    private final AccessStore accessLevels;
    private final AccessControl access;

    private Archive(Path dataDir, IndexConfig config, OcrSettings ocr) {
        this.dataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        this.catalog = Catalog.open(dataDir.resolve("catalog.db"));
        this.blobs = new BlobStore(dataDir.resolve("originals"));
        this.index = SearchIndex.open(dataDir.resolve("index"), VietnameseAnalyzers.withConfig(config), config.ranking());
        this.parser = new MetadataParser(config);
        this.ocr = ocr;
        this.origins = new OriginStore(catalog);
        this.corrections = new CorrectionStore(catalog);
        this.pendingIndex = new IndexPending(catalog);
        this.correctionValidator = new CorrectionValidator(new DocumentTypes(config));
        this.access = AccessControl.over(catalog);
        this.staff = access.tokens();
        XrefStore xref = new XrefStore(catalog);
        this.tracer = new NumberTracer(xref);
        this.linker = new CitationLinker(xref);
        this.dateIndexer = new DateIndexer(xref);
        this.graphs = new CitationGraphBuilder(xref);
        this.xrefReports = new XrefReports(xref);
        // A catalog written before cross-references existed (or by another tool) is brought up to date.
        crossReference(List.of());
        this.sessionStore = new SessionStore(catalog);
        this.sessionRegistry = new SessionRegistry(sessionStore);
        this.comparer = new Comparer(catalog, sessionStore, index, config);
        this.accessLevels = new AccessStore(catalog);
        // The index files each document under the level the catalog holds; an index built before
        // levels existed cannot be filtered, so it is rebuilt once.
        index.readAccessLevelsFrom(id -> accessLevels.of(id).map(AccessStore.Entry::level).orElse("public"));
        if (index.lacksAccessLevels()) {
            reindex(line -> { });
        }
        if (sessionStore.all().isEmpty() && catalog.count() > 0) {
            sessionRegistry.refresh(); // a data directory from before sessions were records
        }
    }

    public static Archive open(Path dataDir, IndexConfig config) {
        return new Archive(dataDir, config, null);
    }

    /** An archive whose OCR is set rather than detected when first needed (OCR off: scans are kept as "needs OCR"). */
    public static Archive open(Path dataDir, IndexConfig config, OcrSettings ocr) {
        return new Archive(dataDir, config, ocr);
    }

    /** The ingestion pipeline, with Tika and the extraction worker, made when first needed. */
    private synchronized Ingester ingester() {
        if (ingester == null) {
            this.extractor = new ForkedExtractor(ForkedExtractor.Settings.tika(MAX_CHARS, ocr(),
                    Optional.of(dataDir.resolve("extraction.log"))));
            this.ingester = new Ingester(catalog, blobs, index, extractor, new TikaExtractor(MAX_CHARS, ocr()),
                    new TextRepair(), parser::parse);
        }
        return ingester;
    }

    /** Whether Tesseract can OCR Vietnamese here: asked of the machine once, when first needed. */
    private synchronized OcrSettings ocr() {
        if (ocr == null) {
            ocr = OcrSettings.detect();
        }
        return ocr;
    }

    public Path dataDir() {
        return dataDir;
    }

    public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
        return linked(ingester().ingest(paths, progress));
    }

    public IngestReport ingestUpload(byte[] bytes, String filename) {
        return linked(ingester().ingestBytes(bytes, filename));
    }

    /** Every ingestion path ends here: new documents link up with what cites them and what they cite. */
    private IngestReport linked(IngestReport report) {
        inheritCorrections(report.added().stream().map(IngestReport.Added::id).toList());
        crossReference(report.added().stream().map(IngestReport.Added::id).toList());
        // New documents may name sessions, date them or prepare them: read the sessions again.
        if (!report.added().isEmpty()) {
            sessionRegistry.refresh();
        }
        return report;
    }

    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    /** Up to {@code n} indexed documents' display fields, spread over the index (for a start-up warm-up; read by no caller). */
    public List<vn.vanthu.index.SearchHit> indexSample(int n) {
        return index.sample(n);
    }

    /** A document's text with a query's hits marked; empty when the index lacks the document. */
    public Optional<HighlightedText> highlight(long id, String query) {
        return index.highlight(id, query);
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

    /** A page of a number's trace as a caller who sees the {@code visible} levels sees it (counts exact). */
    public Optional<NumberTrace> trace(String number, java.util.Collection<String> visible, NumberTrace.Page page) {
        return tracer.trace(number, visible, page);
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

    /**
     * Staff correct a document's metadata: field name to typed value (empty clears the field's
     * correction, so the value read from the text applies again). All fields are checked before
     * any is written; then the index entry, the citations of the old and new number, the
     * document's own citations and the sessions are brought up to date. Empty if there is no
     * such document.
     *
     * @throws vn.vanthu.correction.InvalidCorrectionException naming each unknown or bad field
     */
    public Optional<ArchivedDocument> correct(long id, java.util.Map<String, Optional<String>> fields, Caller who,
                                              Optional<String> note) {
        Optional<ArchivedDocument> current = catalog.get(id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<MetadataChange> changes = correctionValidator.validate(fields, current.get());
        pendingIndex.mark(List.of(id));
        if (!corrections.apply(id, changes, who.name(), note, java.time.Instant.now())) {
            pendingIndex.clear(List.of(id));
            return Optional.empty(); // deleted meanwhile
        }
        Optional<String> formerKey = current.get().metadata().number().map(DocumentNumber::key);
        corrected(List.of(id), formerKey.stream().toList(),
                changes.stream().anyMatch(c -> SESSION_FACTS.contains(c.field())));
        audit(who, "document.correct", id, changes.stream()
                .map(c -> c.field().apiName() + (c.value().isPresent() ? " = " + c.display().orElseThrow() : " cleared"))
                .collect(java.util.stream.Collectors.joining("; ")) + note.map(n -> " (" + n + ")").orElse(""));
        return catalog.get(id);
    }

    /** What the session registry reads from a document's metadata (besides its text). */
    private static final java.util.Set<vn.vanthu.document.MetadataField> SESSION_FACTS = java.util.EnumSet.of(
            vn.vanthu.document.MetadataField.NUMBER, vn.vanthu.document.MetadataField.TYPE,
            vn.vanthu.document.MetadataField.ISSUED, vn.vanthu.document.MetadataField.SESSION_NUMBER,
            vn.vanthu.document.MetadataField.SESSION_KIND, vn.vanthu.document.MetadataField.SESSION_TERM);

    /**
     * After corrections were written: the index and cross-references follow the effective
     * metadata, and the sessions when a field they read changed (re-reading them reads every document).
     */
    private void corrected(List<Long> ids, List<String> formerKeys, boolean sessionFacts) {
        ids.forEach(id -> catalog.get(id).ifPresent(index::put));
        index.commit();
        pendingIndex.clear(ids);
        linker.documentsCorrected(ids, formerKeys);
        if (sessionFacts) {
            sessionRegistry.refresh();
        }
    }

    /**
     * A new version of a corrected document keeps the corrections whose field its own text still
     * misreads the same way (see {@link CorrectionStore#inherit}).
     */
    private void inheritCorrections(List<Long> addedIds) {
        java.util.Map<Long, Long> previousOf = new java.util.LinkedHashMap<>();
        for (long id : addedIds) {
            origins.origin(id).flatMap(DocumentOrigin::previousVersionId).ifPresent(previous -> previousOf.put(id, previous));
        }
        List<Long> versions = List.copyOf(previousOf.keySet());
        pendingIndex.mark(versions);
        List<Long> changed = new ArrayList<>();
        previousOf.forEach((id, previous) -> {
            if (!corrections.inherit(id, previous).isEmpty()) {
                changed.add(id);
            }
        });
        if (!changed.isEmpty()) {
            changed.forEach(id -> catalog.get(id).ifPresent(index::put));
            index.commit();
        }
        pendingIndex.clear(versions);
    }

    /** Rebuilds the index from the catalog; returns the number of documents indexed. */
    private static final int REINDEX_THREADS = 2;

    public int reindex(Consumer<String> progress) {
        List<Long> marked = pendingIndex.ids();
        index.deleteAll();
        // Analysis is the cost of a rebuild: two threads analyse while this one reads the catalog; one commit at the end.
        int n = IndexingThreads.run(catalog::forEach, index::put, index::writeBuffered, REINDEX_THREADS, progress);
        index.commit();
        pendingIndex.clear(marked);
        return n;
    }

    public List<Failure> failures() {
        return catalog.failures();
    }

    public int indexedCount() {
        return index.count();
    }

    /**
     * Indexes the archived documents an interrupted ingest left out of the index (two counts when
     * nothing is missing); ingests do it by themselves, `serve` at start. Returns how many.
     */
    public int indexWhatTheIndexLacks() {
        return vn.vanthu.ingest.IndexCatchUp.run(catalog, index);
    }

    /** Ingests on several extraction threads, each file under the options' time limit. */
    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        return linked(ingester().ingest(paths, options, listener));
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
        IngestReport report = linked(ingester().ingest(paths, options, listener));
        uploads.forEach(u -> report.skipped(u, "an upload: upload the file again to retry it"));
        return report;
    }

    /** Ingests uploaded bytes through the same pipeline as files. */
    public IngestReport ingestUpload(byte[] bytes, String filename, IngestOptions options) {
        return linked(ingester().ingestBytes(bytes, filename, options));
    }

    /** Watches a folder, ingesting each new or changed file once it has stopped changing, until stopped. */
    public void watch(Path dir, FolderWatcher.Timing timing, IngestOptions options, IngestListener listener,
                      java.util.function.BooleanSupplier stop) throws InterruptedException {
        new FolderWatcher(dir, timing, (files) -> linked(ingester().ingest(files, options, listener))).run(stop);
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
        return ocr().enabled();
    }

    /** The documents kept without text until OCR, oldest first. */
    public List<Long> needingOcr() {
        return origins.needingOcr();
    }

    /** Which of these documents are kept without text until OCR. */
    public java.util.Set<Long> needingOcr(java.util.Collection<Long> ids) {
        return origins.needingOcr(ids);
    }

    /**
     * OCRs documents kept as "needs OCR" (see {@link vn.vanthu.ingest.OcrBacklog}); then their
     * citations are resolved, the citations of the numbers they bear re-resolved, their dates
     * read and the sessions read again, as after an ingest.
     */
    public vn.vanthu.ingest.OcrReport ocr(List<Long> ids, IngestOptions options, IngestListener listener) {
        vn.vanthu.ingest.OcrReport report = ingester().ocrBacklog().run(ids, options, listener);
        crossReference(report.ocredIds());
        if (!report.ocred().isEmpty()) {
            sessionRegistry.refresh();
        }
        return report;
    }

    /** Lets a bearer token upload (only its hash is kept). */
    public void addStaffToken(String token, String label) {
        staff.add(token, label);
    }

    /** The role a bearer token gives its caller (anonymous for none or an unknown one). */
    public Role roleOf(String token) {
        return staff.roleOf(token);
    }

    /** Who a bearer token is (its role and label). */
    public Caller callerOf(String token) {
        return staff.callerOf(token);
    }

    /**
     * Records a write in the audit log: who, what (e.g. "upload", "session.correct"), the document
     * concerned (null for none) and a short detail.
     */
    public void audit(Caller who, String action, Long documentId, String detail) {
        access.audit().record(who, action, documentId, detail);
    }

    /** The audit log, newest first. */
    public AuditPage auditLog(AuditFilter filter) {
        return access.audit().find(filter);
    }

    /** Logs in with a token for the pages; empty when the token is unknown or revoked. */
    public Optional<NewLogin> login(String token) {
        return access.logins().login(token);
    }

    /** The current login a session cookie names, if any. */
    public Optional<LoginSession> loginSession(String sessionId) {
        return access.logins().session(sessionId);
    }

    /** Ends a page login. */
    public void logout(String sessionId) {
        access.logins().logout(sessionId);
    }

    /** Issues a new random token with a role; the answer is the only time the token is shown. */
    public IssuedToken createToken(Role role, String label, Caller operator) {
        return access.createToken(role, label, operator);
    }

    /** Revokes a token by id or label: it stops working at once, its page logins too. */
    public TokenRecord revokeToken(String idOrLabel, Caller operator) {
        return access.revokeToken(idOrLabel, operator);
    }

    /** Every token issued (never the tokens themselves), revoked ones included. */
    public List<TokenRecord> tokens() {
        return access.allTokens();
    }

    /**
     * Tokens and the audit log of the archive in {@code dataDir}, on its catalog alone: usable while
     * a server has the archive (and its index) open. The data directory must exist: a token
     * written into a mistyped one would be lost.
     *
     * @throws IllegalArgumentException when {@code dataDir} is not a directory
     */
    public static AccessControl openAccess(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("no archive at " + dataDir + ": give --data DIR (or VANTHU_DATA)");
        }
        return AccessControl.open(dataDir.resolve("catalog.db"));
    }

    /** Every council session, earliest first. */
    public List<SessionRecord> sessions() {
        return sessionStore.all();
    }

    public Optional<SessionRecord> session(long id) {
        return sessionStore.get(id);
    }

    /** How many documents each session holds, by session id. */
    public java.util.Map<Long, Integer> sessionDocumentCounts() {
        return sessionStore.documentCounts();
    }

    /** A session's documents with the reason each belongs to it, in date order. */
    public List<SessionAssignment> sessionDocuments(long sessionId) {
        return sessionStore.assignmentsOf(sessionId);
    }

    /** The session a document belongs to, with the reason. */
    public Optional<SessionAssignment> sessionOf(long documentId) {
        return sessionStore.assignmentOf(documentId);
    }

    /**
     * A staff correction of a session; empty if there is no such session.
     *
     * @throws IllegalArgumentException if the correction contradicts itself or another session
     */
    public Optional<SessionRecord> correctSession(long id, SessionCorrection correction) {
        return sessionStore.correct(id, correction);
    }

    /** Reads the sessions from the documents again (staff corrections stay). */
    public List<SessionRecord> refreshSessions() {
        return sessionRegistry.refresh();
    }

    /**
     * Compares two sessions (by id or label) or two searches.
     *
     * @throws IllegalArgumentException if either side names nothing to compare
     */
    public Comparison compare(String a, String b) {
        return comparer.compare(a, b);
    }

    /** The archive as this caller sees it: every read for a caller (web, `--as`) goes through it. */
    public ArchiveView as(Caller caller) {
        return new ArchiveView(this, caller, catalog, accessLevels, index, xrefReports, graphs, comparer);
    }

    /** The archive as a role sees it (the command line's local operator is an administrator). */
    public ArchiveView as(Role role) {
        return as(role == Role.ADMIN ? Caller.commandLine() : new Caller(role, role.name().toLowerCase(java.util.Locale.ROOT)));
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
        synchronized (this) {
            if (extractor != null) {
                extractor.close();
            }
        }
        index.close();
        catalog.close();
    }
}
