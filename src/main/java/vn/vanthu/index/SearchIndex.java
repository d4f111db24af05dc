package vn.vanthu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

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
            IndexFields.FACET_TYPE, IndexFields.FACET_ISSUER, IndexFields.FACET_YEAR, IndexFields.FACET_SESSION);
    private static final int FACET_VALUES = 20;
    private static final int SNIPPETS_PER_HIT = 2;

    /** Text fields whose postings keep offsets, so snippets need no re-analysis of the text. */
    private static final FieldType WITH_OFFSETS = textField(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Bigram fields are only looked up term by term: frequencies without positions. */
    private static final FieldType BIGRAMS = textField(IndexOptions.DOCS_AND_FREQS);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final QueryBuilder queries;
    private final VietnameseAnalysis analysis;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    private SearchIndex(Directory directory, Analyzer analyzer, VietnameseAnalysis analysis, RankingParameters ranking) throws IOException {
        this.directory = directory;
        Similarity similarity = new RankingSimilarity(ranking);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setSimilarity(similarity);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
        this.queries = new QueryBuilder(analyzer, analysis);
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
        try {
            return new SearchIndex(FSDirectory.open(dir), analyzer(analysis), analysis, ranking);
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
        perField.put(IndexFields.TEXT_FOLDED, folded);
        perField.put(IndexFields.TITLE_FOLDED, folded);
        perField.put(IndexFields.TEXT_EXACT_BIGRAMS, analysis.exactBigrams());
        perField.put(IndexFields.TEXT_FOLDED_BIGRAMS, analysis.foldedBigrams());
        return new PerFieldAnalyzerWrapper(exact, perField);
    }

    /** Adds or replaces a document (by its catalog id). Visible to searches after {@link #commit()}. */
    public void put(ArchivedDocument doc) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, Long.toString(doc.id())), facetsConfig.build(toLucene(doc)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + doc.id(), e);
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
        // The text is analysed once and replayed into its four fields (the costliest step of indexing).
        AnalyzedText analyzed = analysis.analyzeOnce(doc.text());
        d.add(new Field(IndexFields.TEXT_EXACT, analyzed.exact(), WITH_OFFSETS));
        d.add(new Field(IndexFields.TEXT_FOLDED, analyzed.folded(), WITH_OFFSETS));
        d.add(new Field(IndexFields.TEXT_EXACT_BIGRAMS, analyzed.exactBigrams(), BIGRAMS));
        d.add(new Field(IndexFields.TEXT_FOLDED_BIGRAMS, analyzed.foldedBigrams(), BIGRAMS));
        d.add(new TextField(IndexFields.TITLE_EXACT, title, Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_FOLDED, title, Field.Store.NO));
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
            s.term().ifPresent(t -> d.add(new StringField(IndexFields.TERM, Integer.toString(t), Field.Store.NO)));
        });
        return d;
    }

    private static FieldType textField(IndexOptions options) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    private static void facet(Document d, String dimension, String value) {
        d.add(new SortedSetDocValuesFacetField(dimension, value));
        d.add(new StringField(IndexFields.filterField(dimension), value, Field.Store.NO));
    }

    public SearchResults search(SearchRequest request) {
        long started = System.nanoTime();
        Query query = queries.build(request);
        return withSearcher(searcher -> {
            int depth = request.page() * request.size();
            FacetsCollectorManager.FacetsResult result = request.sort() == SearchRequest.Sort.DATE
                    ? FacetsCollectorManager.search(searcher, query, depth, byDate(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, depth, new FacetsCollectorManager());
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            Map<String, Set<String>> terms = highlightTerms(query);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
                hits.add(hit(searcher, docs[i], terms));
            }
            Map<String, List<FacetValue>> facets = facets(searcher.getIndexReader(), result);
            long took = (System.nanoTime() - started) / 1_000_000;
            String words = QueryParts.parse(request.query()).words();
            // Only a query without diacritics can need them restored (or be raw Telex/VNI).
            Optional<String> suggestion = words.isBlank() || VietnameseFolding.hasDiacritics(words)
                    ? Optional.empty() : suggester(searcher.getIndexReader()).suggest(words);
            return new SearchResults(result.topDocs().totalHits.value, took, hits, facets, suggestion);
        });
    }

    private static Sort byDate() {
        SortField field = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return new Sort(field, SortField.FIELD_SCORE);
    }

    private SearchHit hit(IndexSearcher searcher, ScoreDoc sd, Map<String, Set<String>> terms) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String text = d.get(IndexFields.STORED_TEXT);
        return new SearchHit(
                Long.parseLong(d.get(IndexFields.ID)),
                Optional.ofNullable(d.get(IndexFields.STORED_NUMBER)),
                Optional.ofNullable(d.get(IndexFields.STORED_TYPE)),
                d.get(IndexFields.STORED_TITLE),
                Optional.ofNullable(d.get(IndexFields.STORED_ISSUER)),
                Optional.ofNullable(d.get(IndexFields.STORED_ISSUED)),
                Optional.ofNullable(d.get(IndexFields.STORED_SESSION)),
                Float.isNaN(sd.score) ? 0f : sd.score,
                SnippetBuilder.snippets(text, matchOffsets(searcher.getIndexReader(), sd.doc, terms), SNIPPETS_PER_HIT));
    }

    /** Where the query's terms occur in one document's text, read from the postings' offsets. */
    private static List<SnippetBuilder.Span> matchOffsets(IndexReader reader, int doc, Map<String, Set<String>> terms)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<SnippetBuilder.Span> spans = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : terms.entrySet()) {
            Terms fieldTerms = leaf.reader().terms(e.getKey());
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum te = fieldTerms.iterator();
            for (String term : e.getValue()) {
                if (!te.seekExact(new BytesRef(term))) {
                    continue;
                }
                PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
                if (postings.advance(local) != local) {
                    continue;
                }
                for (int i = 0; i < postings.freq(); i++) {
                    postings.nextPosition();
                    spans.add(new SnippetBuilder.Span(postings.startOffset(), postings.endOffset()));
                }
            }
        }
        return spans;
    }

    /** The query's terms to mark in the text: title terms count for the text too. */
    private static Map<String, Set<String>> highlightTerms(Query query) {
        Set<Term> all = new HashSet<>();
        query.visit(QueryVisitor.termCollector(all));
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        byField.put(IndexFields.TEXT_EXACT, new HashSet<>());
        byField.put(IndexFields.TEXT_FOLDED, new HashSet<>());
        for (Term t : all) {
            switch (t.field()) {
                case IndexFields.TEXT_EXACT, IndexFields.TITLE_EXACT -> byField.get(IndexFields.TEXT_EXACT).add(t.text());
                case IndexFields.TEXT_FOLDED, IndexFields.TITLE_FOLDED -> byField.get(IndexFields.TEXT_FOLDED).add(t.text());
                default -> { }
            }
        }
        return byField;
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        FACETS.forEach(f -> out.put(f, new ArrayList<>()));
        Optional<SortedSetDocValuesReaderState> state = facetState(reader);
        if (state.isEmpty()) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), result.facetsCollector());
        for (FacetResult fr : counts.getAllDims(FACET_VALUES)) {
            List<FacetValue> values = out.get(fr.dim);
            for (LabelAndValue lv : fr.labelValues) {
                values.add(new FacetValue(lv.label, lv.value.intValue()));
            }
        }
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

    private record SuggesterState(IndexReader reader, Suggester suggester) {
    }

    private volatile SuggesterState suggesterState;

    /** The vocabulary is per reader: rebuilt once after each refresh, on first use. */
    private Suggester suggester(IndexReader reader) throws IOException {
        SuggesterState current = suggesterState;
        if (current == null || current.reader() != reader) {
            current = new SuggesterState(reader, Suggester.of(reader));
            suggesterState = current;
        }
        return current.suggester();
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
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /** The catalog ids of every indexed document (to check the index against the catalog). */
    public Set<Long> ids() {
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            IndexReader r = s.getIndexReader();
            for (var leaf : r.leaves()) {
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        ids.add(Long.parseLong(stored.document(i, Set.of(IndexFields.ID)).get(IndexFields.ID)));
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
