package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.vanthu.access.AccessLevel;
import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.catalog.CatalogException;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.extract.ExtractionException;
import vn.vanthu.index.SearchIndex;

/**
 * The documents kept without text because Tesseract was absent when they were ingested ("needs
 * OCR"), and their OCR once it is installed. Each is extracted again from its stored original
 * through the ingester's own path ({@link Ingester#read}: extraction under the time limit,
 * repair, reading), then its text, warnings, metadata and citations are written over the empty
 * ones and the flag cleared in one catalog transaction, and it is indexed. The document keeps its
 * id, so its versions, container, corrections and access level stay; a security marking only the
 * OCR could read raises the level, never lowers it.
 */
public final class OcrBacklog {
    /** Who the catalog names for a level raised by a marking found by OCR. */
    private static final String BY = "vanthu ocr";
    private static final String NEEDS_OCR_WARNING = "needs OCR";

    private final Ingester ingester;
    private final Catalog catalog;
    private final OriginStore origins;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final AccessStore access;

    OcrBacklog(Ingester ingester, Catalog catalog, OriginStore origins, BlobStore blobs, SearchIndex index) {
        this.ingester = ingester;
        this.catalog = catalog;
        this.origins = origins;
        this.blobs = blobs;
        this.index = index;
        this.access = new AccessStore(catalog);
    }

    /** Every document flagged "needs OCR", oldest first. */
    public List<Long> pending() {
        return origins.needingOcr();
    }

    /**
     * OCRs these documents on {@code options.threads()} threads, each under {@code options.timeout()};
     * ids of documents that do not need OCR are skipped. One progress event per document.
     */
    public OcrReport run(List<Long> ids, IngestOptions options, IngestListener listener) {
        OcrReport report = new OcrReport();
        List<ArchivedDocument> docs = new ArrayList<>();
        for (long id : ids) {
            Optional<ArchivedDocument> doc = catalog.get(id);
            if (doc.isEmpty()) {
                report.skipped(id, "no such document");
            } else if (!origins.origin(id).map(DocumentOrigin::needsOcr).orElse(false)) {
                report.skipped(id, "does not need OCR (it has a text layer or was OCRed already)");
            } else {
                docs.add(doc.get());
            }
        }
        listener.started(docs.size(), docs.stream().mapToLong(ArchivedDocument::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, docs.size())), r -> {
            Thread t = new Thread(r, "ocr");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (ArchivedDocument d : docs) {
                tasks.add(pool.submit(() -> listener.fileDone(ocr(d, options, report))));
            }
            for (Future<?> t : tasks) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("OCR failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            listener.finished();
        }
        return report;
    }

    private IngestListener.FileDone ocr(ArchivedDocument d, IngestOptions options, OcrReport report) {
        String label = "document " + d.id() + " (" + d.filename() + ")";
        String line;
        IngestListener.Outcome outcome = IngestListener.Outcome.FAILED;
        try {
            byte[] bytes = Files.readAllBytes(blobs.path(d.sha256()));
            Ingester.Read read = ingester.read(bytes, d.filename(), options.timeout());
            if (read.needsOcr()) {
                line = failed(report, d, "Tesseract with the Vietnamese model is not installed "
                        + "(Debian: apt-get install tesseract-ocr tesseract-ocr-vie)");
            } else if (store(d, read)) {
                report.ocred(d.id(), d.filename(), read.text().strip().length());
                outcome = IngestListener.Outcome.ADDED;
                line = "ocred " + label + (read.text().isBlank() ? ": OCR found no text" : ": "
                        + read.text().strip().length() + " characters");
            } else {
                report.skipped(d.id(), "OCRed meanwhile by another run");
                outcome = IngestListener.Outcome.UNCHANGED;
                line = "skipped " + label + ": OCRed meanwhile by another run";
            }
        } catch (IOException e) {
            line = failed(report, d, "the original cannot be read: " + e.getMessage());
        } catch (ExtractionException e) {
            line = failed(report, d, e.getMessage());
        } catch (RuntimeException e) {
            // Whatever it was, this document must not stop the run; it stays flagged.
            line = failed(report, d, "unexpected error: " + e);
        }
        return new IngestListener.FileDone(label, outcome, d.size(), line);
    }

    private static String failed(OcrReport report, ArchivedDocument d, String reason) {
        report.failed(d.id(), d.filename(), reason);
        return "failed document " + d.id() + " (" + d.filename() + "): " + reason;
    }

    /** Writes the text in the catalog, then the index; false when another run did it first. */
    private boolean store(ArchivedDocument d, Ingester.Read read) {
        List<String> warnings = new ArrayList<>();
        // The old "needs OCR" warning goes; what the ingest added about versions and containers stays.
        d.warnings().stream().filter(w -> !w.startsWith(NEEDS_OCR_WARNING)).forEach(warnings::add);
        warnings.addAll(read.warnings());
        warnings.add("OCRed on " + LocalDate.now() + " by `vanthu ocr` (it was kept without text: Tesseract was absent at ingest)");
        NewDocument doc = new NewDocument(d.sha256(), d.filename(), "", read.mediaType(), d.size(), read.text(),
                warnings, read.metadata());
        Optional<String> raise = AccessLevel.fromMarking(read.metadata().security().orElse(null))
                .filter(marked -> marked.compareTo(currentLevel(d.id())) > 0).map(AccessLevel::key);
        IndexPending pending = new IndexPending(catalog);
        pending.mark(List.of(d.id()));
        if (!origins.ocrDone(d.id(), doc, raise, BY)) {
            pending.clear(List.of(d.id()));
            return false;
        }
        try {
            // One commit per document: OCR takes seconds a page, a commit milliseconds, and each
            // document becomes searchable as soon as it is read.
            index.put(catalog.get(d.id()).orElseThrow());
            index.commit();
            pending.clear(List.of(d.id()));
        } catch (UncheckedIOException e) {
            throw new CatalogException("the text is stored but the index missed it (" + e.getMessage()
                    + "): run `vanthu reindex`", e);
        }
        return true;
    }

    private AccessLevel currentLevel(long id) {
        return access.of(id).flatMap(e -> AccessLevel.parse(e.level())).orElse(AccessLevel.PUBLIC);
    }
}
