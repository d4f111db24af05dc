package vn.vanthu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import vn.vanthu.analysis.AnalyzedText;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.document.DateMentions;
import vn.vanthu.text.VietnameseFolding;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;

/**
 * The Lucene index: derived from the catalog, rebuilt by reindexing. One writer; searchers are
 * refreshed from it (near real time), so a document is searchable as soon as it is committed.
 */
public final class SearchIndex implements AutoCloseable {
    private static final List<String> FACETS = List.of(
            IndexFields.FACET_TYPE, IndexFields.FACET_ISSUER, IndexFields.FACET_YEAR, IndexFields.FACET_SESSION,
            IndexFields.FACET_TERM);
    private static final int FACET_VALUES = 20;
    /** Without facets, matches are counted exactly up to here; beyond, the total is a lower bound. */
    private static final int COUNT_THRESHOLD = 1000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final QueryBuilder queries;
    private final VietnameseAnalysis analysis;
    private final SearchThreads threads;
    private volatile FacetState facetState;
    /** Each document's access level, asked of the catalog (the truth) whenever a document is indexed. */
    private volatile LongFunction<String> accessLevels = id -> "public";

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    private SearchIndex(Directory directory, Analyzer analyzer, VietnameseAnalysis analysis, RankingParameters ranking,
                        SearchThreads threads) throws IOException {
        this.directory = directory;
        this.threads = threads;
        Similarity similarity = new RankingSimilarity(ranking);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setSimilarity(similarity);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // Fewer, larger flushed segments on a bulk build (fewer merges); well inside the server's 1 GB heap.
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = threads.searcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
        this.queries = new QueryBuilder(analysis);
        this.analysis = analysis;
    }

    /** Opens (or creates) the index in {@code dir} with the tables bundled in the jar. */
    public static SearchIndex open(Path dir) {
        return open(dir, VietnameseAnalyzers.withConfig(vn.vanthu.config.IndexConfig.bundled()));
    }

    /** Opens (or creates) the index in {@code dir}, analysing with {@code analysis}, ranking with Lucene's BM25 defaults. */
    public static SearchIndex open(Path dir, VietnameseAnalysis analysis) {
        return open(dir, analysis, RankingParameters.LUCENE_DEFAULTS);
    }

    /**
     * Opens (or creates) the index in {@code dir}, analysing with {@code analysis} and ranking with
     * {@code ranking}'s BM25 parameters (search-time only: any parameters read any index).
     */
    public static SearchIndex open(Path dir, VietnameseAnalysis analysis, RankingParameters ranking) {
        return open(dir, analysis, ranking, SearchThreads.shared());
    }

    /** The same, searching with {@code threads} instead of the process's configured ones. */
    static SearchIndex open(Path dir, VietnameseAnalysis analysis, RankingParameters ranking, SearchThreads threads) {
        try {
            return new SearchIndex(FSDirectory.open(dir), analyzer(analysis), analysis, ranking, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir
                    + " (run `vanthu reindex` to rebuild it from the catalog)", e);
        }
    }

    static Analyzer analyzer(VietnameseAnalysis analysis) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer exact = analysis.exact();
        Analyzer folded = analysis.folded();
        perField.put(IndexFields.ISSUER_FOLDED, folded);
        perField.put(IndexFields.TEXT_EXACT, exact);
        perField.put(IndexFields.TITLE_EXACT, exact);
        return new PerFieldAnalyzerWrapper(exact, perField);
    }

    /**
     * Where {@link #put(ArchivedDocument)} reads each document's access level: every path that
     * indexes (ingest, reindex, repair, a level change) then indexes the level the catalog holds.
     * Without it (an index opened on its own) every document is public.
     */
    public void readAccessLevelsFrom(LongFunction<String> levels) {
        this.accessLevels = levels;
    }

    /** Whether the index was built before access levels existed (it must be rebuilt to be filtered). */
    public boolean lacksAccessLevels() {
        return withSearcher(s -> s.getIndexReader().numDocs() > 0 && s.getIndexReader().leaves().stream()
                .allMatch(l -> l.reader().getFieldInfos().fieldInfo(IndexFields.ACCESS) == null));
    }

    /** Adds or replaces a document (by its catalog id). Visible to searches after {@link #commit()}. */
    public void put(ArchivedDocument doc) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, Long.toString(doc.id())), facetsConfig.build(toLucene(doc)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + doc.id(), e);
        }
    }

    /**
     * Writes one in-memory segment (the largest no other thread is filling) to disk on the calling
     * thread. Each indexing thread of a bulk build calls it when it has no more documents, so the
     * segments are written in parallel; otherwise {@link #commit()} writes them all on one thread
     * while the others wait. Not needed for correctness: a commit writes whatever is left.
     */
    public void writeBuffered() {
        try {
            // Two threads finishing together both pick the largest buffer; the loser gets false
            // without writing anything, and its own buffer was left to the commit's one thread
            // (half the build's flush, serial). A second try skips the buffer already taken.
            if (!writer.flushNextBuffer()) {
                writer.flushNextBuffer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index", e);
        }
    }

    public void delete(long id) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove document " + id + " from the index", e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index", e);
        }
    }

    /** Makes every change durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Whether a document is in the last committed index. */
    public boolean contains(long id) {
        return withSearcher(s -> s.count(new org.apache.lucene.search.TermQuery(new Term(IndexFields.ID, Long.toString(id)))) > 0);
    }

    private Document toLucene(ArchivedDocument doc) {
        DocumentMetadata m = doc.metadata();
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, Long.toString(doc.id()), Field.Store.YES));
        d.add(new StringField(IndexFields.ACCESS, accessLevels.apply(doc.id()), Field.Store.NO));
        m.number().ifPresent(n -> {
            d.add(new StringField(IndexFields.NUMBER_KEY, n.key(), Field.Store.NO));
            d.add(new StoredField(IndexFields.STORED_NUMBER, n.display()));
        });
        Set<String> cited = new HashSet<>();
        for (Citation c : m.citations()) {
            c.number().map(DocumentNumber::key).filter(cited::add)
                    .ifPresent(k -> d.add(new StringField(IndexFields.CITED_KEY, k, Field.Store.NO)));
        }
        String title = doc.displayTitle();
        // One text field, diacritics kept, analysed by the writer's exact analyzer as it streams
        // (no buffered replay): folding and syllable pairs happen at query time.
        d.add(new Field(IndexFields.TEXT_EXACT, doc.text(), AnalyzedText.FIELD_TYPE));
        d.add(new TextField(IndexFields.TITLE_EXACT, title, Field.Store.NO));
        d.add(new StoredField(IndexFields.STORED_TITLE, title));
        d.add(new StoredField(IndexFields.STORED_TEXT, doc.text()));
        m.type().ifPresent(t -> {
            facet(d, IndexFields.FACET_TYPE, t.name());
            d.add(new StoredField(IndexFields.STORED_TYPE, t.name()));
            d.add(new StringField(IndexFields.TYPE_CODE, IndexValues.typeCode(t.code()), Field.Store.NO));
            d.add(new StringField(IndexFields.TYPE_FOLDED, IndexValues.folded(t.name()), Field.Store.NO));
        });
        m.issuer().ifPresent(i -> {
            facet(d, IndexFields.FACET_ISSUER, i);
            d.add(new StoredField(IndexFields.STORED_ISSUER, i));
            d.add(new TextField(IndexFields.ISSUER_FOLDED, i, Field.Store.NO));
        });
        Set<String> dates = new HashSet<>();
        m.issued().map(LocalDate::toString).ifPresent(dates::add);
        DateMentions.findAll(doc.text()).forEach(dm -> dates.add(dm.date().toString()));
        dates.forEach(iso -> d.add(new StringField(IndexFields.DATE_KEY, iso, Field.Store.NO)));
        m.issued().ifPresent(date -> {
            facet(d, IndexFields.FACET_YEAR, Integer.toString(date.getYear()));
            d.add(new LongPoint(IndexFields.ISSUED_DAY, date.toEpochDay()));
            d.add(new NumericDocValuesField(IndexFields.ISSUED_DAY, date.toEpochDay()));
            d.add(new StoredField(IndexFields.STORED_ISSUED, date.toString()));
        });
        m.session().ifPresent(s -> {
            facet(d, IndexFields.FACET_SESSION, s.label());
            d.add(new StoredField(IndexFields.STORED_SESSION, s.label()));
            d.add(new StringField(IndexFields.SESSION_NUMBER, Integer.toString(s.number()), Field.Store.NO));
            s.term().ifPresent(t -> {
                d.add(new StringField(IndexFields.TERM, Integer.toString(t), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TERM, Integer.toString(t)));
            });
        });
        return d;
    }

    private static void facet(Document d, String dimension, String value) {
        d.add(new SortedSetDocValuesFacetField(dimension, value));
        d.add(new StringField(IndexFields.filterField(dimension), value, Field.Store.NO));
    }

    /** Searches every document, whatever its access level (for the local operator and tools). */
    public SearchResults search(SearchRequest request) {
        return search(request, Optional.empty());
    }

    /**
     * Searches as a caller who sees only the {@code visible} access levels: hits, total, facet
     * counts and snippets come from the filtered query, and a did-you-mean suggestion is offered
     * only when it finds a document the caller may see.
     */
    public SearchResults search(SearchRequest request, Collection<String> visible) {
        return search(request, Optional.of(visible));
    }

    private static Query restricted(Query query, Optional<Collection<String>> visible) {
        return visible.map(v -> QueryBuilder.restrict(query, v)).orElse(query);
    }

    private SearchResults search(SearchRequest request, Optional<Collection<String>> visible) {
        long started = System.nanoTime();
        QueryParts parts = QueryParts.parse(request.query());
        QueryBuilder.Ranked ranked = queries.ranked(request, parts);
        return withSearcher(searcher -> {
            // Filtered only where the filter can drop a document of this searcher's reader.
            Optional<Collection<String>> filter = visible.isPresent()
                    && AccessFilterNeed.needed(searcher.getIndexReader(), visible.get()) ? visible : Optional.empty();
            Query query = restricted(ranked.full(), filter);
            Optional<Query> lookup = queries.numberLookup(request, parts).map(q -> restricted(q, filter));
            int depth = request.page() * request.size();
            Collected found = null;
            if (lookup.isPresent()) {
                found = collect(searcher, lookup.get(), request, depth);
                if (found.top().totalHits.value == 0) {
                    found = null;
                }
            }
            ScoreDoc[] docs;
            if (found != null) {
                docs = found.top().scoreDocs;
            } else if (ranked.pairs().isPresent() && request.sort() == SearchRequest.Sort.RELEVANCE) {
                // The pairs only add to the scores of what the rest matched: scored on the best candidates.
                PairRescorer pairs = PairRescorer.forWords(parts.words());
                found = collect(searcher, restricted(ranked.matching(), filter), request, pairs.firstPassDepth(depth));
                docs = pairs.rescore(searcher, found.top().scoreDocs, ranked.pairs().get(), depth);
            } else {
                found = collect(searcher, query, request, depth);
                docs = found.top().scoreDocs;
            }
            // Snippets mark the full query's terms, so a number lookup still marks the number in the text.
            HitReader reader = new HitReader(searcher, query);
            List<SearchHit> hits = reader.hits(docs, (request.page() - 1) * request.size());
            Map<String, List<FacetValue>> facets = found.facets().isPresent()
                    ? facets(searcher.getIndexReader(), found.facets().get()) : Map.of();
            long took = (System.nanoTime() - started) / 1_000_000;
            String words = parts.words();
            // Only a query without diacritics can need them restored (or be raw Telex/VNI).
            Optional<String> suggestion = Optional.empty();
            if (!words.isBlank() && !VietnameseFolding.hasDiacritics(words)) {
                Suggester suggester = suggester(searcher.getIndexReader(), visible);
                suggestion = suggester.suggest(words);
                if (suggestion.isPresent() && visible.isPresent()
                        && !suggester.findsVisible(suggestion.get(), s -> findsVisible(searcher, s, filter))) {
                    suggestion = Optional.empty();
                }
            }
            TotalHits total = found.top().totalHits;
            return new SearchResults(total.value, took, hits, facets, suggestion, total.relation == TotalHits.Relation.EQUAL_TO);
        });
    }

    /**
     * Whether a suggestion finds a document the caller may see: the vocabulary is the whole
     * index's, so a word known only from hidden documents must not be offered.
     */
    private boolean findsVisible(IndexSearcher searcher, String suggestion, Optional<Collection<String>> filter) throws IOException {
        // Only whether one exists: counting every match of the suggestion's whole query (pairs and
        // all) cost as much as the search itself for a query typed without diacritics.
        return FirstMatch.exists(searcher, restricted(queries.build(SearchRequest.of(suggestion)), filter));
    }

    /** The top documents, and the facet collector when the request counts facets. */
    private record Collected(TopDocs top, Optional<FacetsCollector> facets) {
    }

    /**
     * Runs the query. Counting facets means visiting every match; without them the collector may
     * stop counting at {@link #COUNT_THRESHOLD} and skip documents that cannot reach the page
     * (block-max WAND), which is what makes a search of a large archive cheap.
     */
    private static Collected collect(IndexSearcher searcher, Query query, SearchRequest request, int depth) throws IOException {
        boolean byDate = request.sort() == SearchRequest.Sort.DATE;
        if (request.facets()) {
            FacetsCollectorManager.FacetsResult r = byDate
                    ? FacetsCollectorManager.search(searcher, query, depth, byDate(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, depth, new FacetsCollectorManager());
            return new Collected(r.topDocs(), Optional.of(r.facetsCollector()));
        }
        TopDocs top = byDate
                ? searcher.search(query, new TopFieldCollectorManager(byDate(), depth, null, COUNT_THRESHOLD))
                : searcher.search(query, new TopScoreDocCollectorManager(depth, null, COUNT_THRESHOLD));
        return new Collected(top, Optional.empty());
    }

    private static Sort byDate() {
        SortField field = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return new Sort(field, SortField.FIELD_SCORE);
    }

    /**
     * Up to {@code limit} results of a search in its order, without snippets or facets (for exports:
     * one pass, and the documents' text is never read).
     */
    public List<SearchHit> rows(SearchRequest request, int limit) {
        return rows(queries.build(request), request, limit);
    }

    /** The same rows as a caller who sees only the {@code visible} access levels. */
    public List<SearchHit> rows(SearchRequest request, Collection<String> visible, int limit) {
        return rows(queries.build(request, visible), request, limit);
    }

    private List<SearchHit> rows(Query query, SearchRequest request, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = request.sort() == SearchRequest.Sort.DATE
                    ? searcher.search(query, limit, byDate(), true)
                    : searcher.search(query, limit);
            HitReader reader = new HitReader(searcher, query);
            List<SearchHit> rows = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                rows.add(reader.row(sd));
            }
            return rows;
        });
    }

    /**
     * The display fields (no text) of up to {@code n} live documents spread evenly over the index:
     * what a start-up warm-up builds realistic searches from.
     */
    public List<SearchHit> sample(int n) {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            int max = reader.maxDoc();
            var leaves = reader.leaves();
            HitReader hits = new HitReader(searcher, new org.apache.lucene.search.MatchNoDocsQuery());
            List<SearchHit> out = new ArrayList<>();
            for (int i = 0; i < n && max > 0; i++) {
                int doc = (int) ((long) i * max / n);
                var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                if (live == null || live.get(doc - leaf.docBase)) {
                    out.add(hits.row(new ScoreDoc(doc, 0f)));
                }
            }
            return out;
        });
    }

    /**
     * A document's text, HTML-escaped, with every hit of {@code query} marked as the result
     * snippets mark them; empty when the index lacks the document.
     */
    public Optional<HighlightedText> highlight(long id, String query) {
        Query q = queries.build(SearchRequest.of(query));
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(new Term(IndexFields.ID, Long.toString(id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new HitReader(searcher, q).markAll(top.scoreDocs[0].doc));
        });
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollector collector) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        FACETS.forEach(f -> out.put(f, new ArrayList<>()));
        Optional<SortedSetDocValuesReaderState> state = facetState(reader);
        if (state.isEmpty()) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), collector);
        for (FacetResult fr : counts.getAllDims(FACET_VALUES)) {
            List<FacetValue> values = out.get(fr.dim);
            for (LabelAndValue lv : fr.labelValues) {
                values.add(new FacetValue(lv.label, lv.value.intValue()));
            }
        }
        out.put(IndexFields.FACET_MONTH, months(collector));
        return out;
    }

    /** Matching documents per issue month, oldest first, read from the issue day's doc values. */
    private static List<FacetValue> months(FacetsCollector collector) throws IOException {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (FacetsCollector.MatchingDocs md : collector.getMatchingDocs()) {
            NumericDocValues days = DocValues.getNumeric(md.context.reader(), IndexFields.ISSUED_DAY);
            DocIdSetIterator docs = md.bits.iterator();
            if (docs == null) {
                continue;
            }
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (days.advanceExact(doc)) {
                    LocalDate day = LocalDate.ofEpochDay(days.longValue());
                    counts.merge(day.getYear() * 12 + day.getMonthValue() - 1, 1, Integer::sum);
                }
            }
        }
        List<FacetValue> out = new ArrayList<>(counts.size());
        counts.forEach((m, n) -> out.add(new FacetValue(YearMonth.of(m / 12, m % 12 + 1).toString(), n)));
        return out;
    }

    /** Facet ordinals are per reader: rebuilt once after each refresh, shared by all searches. */
    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            Optional<SortedSetDocValuesReaderState> state = hasFacets(reader)
                    ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig))
                    : Optional.empty();
            current = new FacetState(reader, state);
            facetState = current;
        }
        return current.state();
    }

    /** A reader's suggesters, one per set of visible access levels ("*" for every document). */
    private record SuggesterState(IndexReader reader, Map<String, Suggester> byVisible) {
    }

    private volatile SuggesterState suggesterState;

    /**
     * The vocabulary is per reader and per set of visible levels (so a caller's suggestions come
     * from the documents they may see): rebuilt once after each refresh, on first use.
     */
    private Suggester suggester(IndexReader reader, Optional<Collection<String>> visible) throws IOException {
        SuggesterState current = suggesterState;
        if (current == null || current.reader() != reader) {
            current = new SuggesterState(reader, new java.util.concurrent.ConcurrentHashMap<>());
            suggesterState = current;
        }
        String key = visible.map(v -> String.join(",", new java.util.TreeSet<>(v))).orElse("*");
        Suggester known = current.byVisible().get(key);
        if (known == null) {
            known = visible.isPresent() ? Suggester.of(reader, QueryBuilder.accessFilter(visible.get())) : Suggester.of(reader);
            current.byVisible().putIfAbsent(key, known);
        }
        return known;
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos()
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            // Counted as a searching thread, so a search fans out only onto cores no search is using.
            threads.enter();
            try {
                return work.apply(searcher);
            } finally {
                threads.leave();
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /**
     * The catalog ids of every indexed document (to check the index against the catalog). Read
     * from the id terms, not the stored documents: no stored text is decompressed.
     */
    public Set<Long> ids() {
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            for (var leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(IndexFields.ID);
                if (terms == null) {
                    continue;
                }
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.index.TermsEnum te = terms.iterator();
                org.apache.lucene.index.PostingsEnum postings = null;
                for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
                    postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(Long.parseLong(t.utf8ToString()));
                            break;
                        }
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
