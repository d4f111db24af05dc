package vn.vanthu.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;

/**
 * vanthu in process, through its index API: every document's metadata is read from its text by
 * vanthu's own MetadataParser (as ingestion does), then indexed with the whole Vietnamese chain
 * (exact, folded and syllable-bigram fields, facets) by {@link #THREADS} threads (the ALQAC articles
 * on one, see {@link #load}). With
 * {@code given}, the metadata is the corpus's own (number, type, issuer, date, title: what the
 * peers are handed), not read from the text: the like-for-like build.
 */
final class VanthuEmbedded implements Engine {
    static final int THREADS = 2;
    private final Path dir;
    private final boolean given;
    private final MetadataParser parser = new MetadataParser(IndexConfig.bundled());
    private final List<String> evalIds = new ArrayList<>();
    private SearchIndex docs;
    private SearchIndex eval;
    /** Rank with the shipped ranking.properties, as `vanthu serve` does, instead of Lucene's BM25 defaults. */
    private boolean productRanking;

    VanthuEmbedded(Path dir, boolean given) {
        this.dir = dir;
        this.given = given;
    }

    @Override
    public String name() {
        return given ? "vanthu (embedded, given metadata)" : "vanthu (embedded)";
    }

    /** From now on, open indexes with the shipped ranking.properties (the server's BM25 parameters). */
    void useProductRanking() {
        productRanking = true;
    }

    private SearchIndex open(Path index) {
        IndexConfig config = IndexConfig.bundled();
        return productRanking
                ? SearchIndex.open(index, vn.vanthu.analysis.VietnameseAnalyzers.withConfig(config), config.ranking())
                : SearchIndex.open(index);
    }

    Path docsDir() {
        return dir.resolve("index");
    }

    @Override
    public void start() {
        docs = open(docsDir());
        eval = open(dir.resolve("eval-index"));
    }

    /**
     * Opens the corpus index an earlier run built in {@link #docsDir()} (for the query phase alone),
     * without the eval index. Refuses a directory holding no index rather than creating an empty one.
     */
    void startExisting() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(docsDir())) {
            if (files.noneMatch(f -> f.getFileName().toString().startsWith("segments_"))) {
                throw new IllegalArgumentException("no Lucene index in " + docsDir());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no Lucene index in " + docsDir() + " (no such directory)");
        }
        docs = open(docsDir());
    }

    /**
     * ALQAC nDCG@10 through {@code SearchIndex.search}, the questions as typed and stripped of their
     * diacritics: {accented, unaccented}. Builds the eval index in the work directory the first
     * time (ids in the order of {@code eval.articles}) and reuses it after.
     */
    double[] alqac(Eval e) throws Exception {
        eval = open(dir.resolve("eval-index"));
        evalIds.clear();
        if (eval.count() == 0) {
            load(EVAL, e.articles);
        } else {
            e.articles.forEach(a -> evalIds.add(a.id()));
        }
        double accented = 0;
        double unaccented = 0;
        for (Eval.Question q : e.questions) {
            accented += e.ndcg10(q.id(), searchEval(q.text(), 10));
            unaccented += e.ndcg10(q.id(), searchEval(vn.vanthu.text.VietnameseFolding.stripDiacritics(q.text()), 10));
        }
        return new double[] {accented / e.questions.size(), unaccented / e.questions.size()};
    }

    /** The documents' ids and the total of one query of the set, as a line to compare builds by. */
    String describe(Corpus.Query q, int k) {
        var r = docs.search(request(q, k));
        StringBuilder b = new StringBuilder();
        b.append(r.totalExact() ? "" : ">=").append(r.total()).append('\t');
        for (SearchHit h : r.hits()) {
            b.append(docId(h.id())).append(' ');
        }
        return b.toString().strip();
    }

    /**
     * The corpus on {@link #THREADS} threads (the timed build). The ALQAC articles on one: it holds
     * identical copies of judged articles whose scores tie, and ties fall to Lucene's document order,
     * which two threads filling two segments make different in every run (nDCG@10 moved by ±0.015).
     * One thread fills one segment (4,505 articles stay far below the 128 MB buffer) in file order.
     */
    @Override
    public void load(String collection, Iterable<Corpus.Doc> input) throws Exception {
        boolean isEval = collection.equals(EVAL);
        SearchIndex target = isEval ? eval : docs;
        int threads = isEval ? 1 : THREADS;
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
        Object end = new Object();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    Object o;
                    while ((o = queue.take()) != end) {
                        @SuppressWarnings("unchecked")
                        var pair = (java.util.Map.Entry<Long, Corpus.Doc>) o;
                        target.put(document(pair.getKey(), pair.getValue(), isEval));
                    }
                    // Each thread writes its own segment now, in parallel, rather than the commit writing all on one.
                    target.writeBuffered();
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            });
            w.start();
            workers.add(w);
        }
        long n = 0;
        for (Corpus.Doc d : input) {
            long id = isEval ? n : Long.parseLong(d.id().substring(1));
            if (isEval) {
                evalIds.add(d.id());
            }
            n++;
            queue.put(java.util.Map.entry(id, d));
            if (failed.get() != null) {
                break;
            }
        }
        for (int t = 0; t < threads; t++) {
            queue.put(end);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("indexing failed", failed.get());
        }
        target.commit();
    }

    private ArchivedDocument document(long id, Corpus.Doc d, boolean isEval) {
        // The eval articles are law texts, not council documents: only their title is known.
        DocumentMetadata m = isEval
                ? new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(d.title()), Optional.empty(), Optional.empty(), List.of())
                : given ? given(d) : parser.parse(d.text());
        return new ArchivedDocument(id, "", d.id() + ".txt", "text/plain", d.text().length(), Instant.EPOCH, m, d.text(), List.of());
    }

    /** The corpus's metadata as the peers receive it, plus the number and issuer the generator wrote. */
    private static DocumentMetadata given(Corpus.Doc d) {
        return new DocumentMetadata(DocumentNumber.parse(d.number()),
                d.type().isEmpty() ? Optional.empty() : Optional.of(new DocumentType(d.typeCode(), d.type())),
                d.issued().isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(d.issued())), Optional.empty(),
                d.issuer().isEmpty() ? Optional.empty() : Optional.of(d.issuer()), Optional.empty(),
                d.title().isEmpty() ? Optional.empty() : Optional.of(d.title()), Optional.empty(), Optional.empty(), List.of());
    }

    /** As an API caller that shows no facets asks (the peers count none either). */
    static SearchRequest request(Corpus.Query q, int k) {
        return new SearchRequest(q.q(), q.type(), Optional.empty(), q.year(), Optional.empty(), Optional.empty(),
                Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, k, Optional.empty(), false);
    }

    /** vanthu's own syntax for "any of these words": a | b | c. */
    static String anyOf(String question) {
        String q = String.join(" | ", question.replaceAll("[\"|+*()~?!,.:;\\-]", " ").strip().split("\\s+"));
        return q.length() <= SearchRequest.MAX_QUERY_LENGTH ? q : q.substring(0, q.lastIndexOf(" | ", SearchRequest.MAX_QUERY_LENGTH));
    }

    static String docId(long id) {
        return String.format("d%07d", id);
    }

    @Override
    public List<String> search(Corpus.Query q, int k) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : docs.search(request(q, k)).hits()) {
            out.add(docId(h.id()));
        }
        return out;
    }

    @Override
    public List<String> searchEval(String question, int k) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : eval.search(request(new Corpus.Query("eval", anyOf(question), Optional.empty(), Optional.empty(), List.of()), k)).hits()) {
            out.add(evalIds.get((int) h.id()));
        }
        return out;
    }

    @Override
    public long indexBytes() {
        return Files2.size(docsDir());
    }

    @Override
    public List<Long> pids() {
        return List.of();
    }

    @Override
    public long coldStart(Corpus.Query first) throws Exception {
        close();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Files2.javaBin(), "-cp", System.getProperty("java.class.path"),
                ColdProbe.class.getName(), "vanthu", docsDir().toString(), first.q())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cold probe failed: " + out);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        start();
        return ms;
    }

    @Override
    public void close() {
        if (docs != null) {
            docs.close();
            if (eval != null) {
                eval.close();
            }
            docs = null;
        }
    }
}
