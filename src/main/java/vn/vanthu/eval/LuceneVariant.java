package vn.vanthu.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.SyllablePairQuery;
import vn.vanthu.text.VietnameseFolding;

/**
 * A Lucene ranking variant: the text indexed into one or more fields, each with its analyzer, and
 * queries as a BM25 OR of every query term in each field (Lucene's {@link QueryBuilder}), the
 * fields weighted by their boosts and summed.
 */
public final class LuceneVariant implements RankingVariant {
    private static final String ID = "id";

    /** A field of the index and the analyzer that fills it. */
    public record IndexedField(String name, Analyzer analyzer) {
    }

    /**
     * A field searched for a query, with the query-side analyzer and its weight; {@code pairs} searches
     * each pair of adjacent query syllables as a phrase instead of each term alone; {@code folded}
     * takes the analyzer's terms as folded keys and matches every spelling of them in the field
     * ({@link FoldedQuery}).
     */
    public record QueryField(String name, Analyzer analyzer, float boost, boolean pairs, boolean folded) {
        public QueryField(String name, Analyzer analyzer, float boost) {
            this(name, analyzer, boost, false, false);
        }

        public QueryField(String name, Analyzer analyzer, float boost, boolean pairs) {
            this(name, analyzer, boost, pairs, false);
        }
    }

    private final String name;
    private final List<IndexedField> fields;
    private final Function<String, List<QueryField>> queryFields;
    private final Similarity similarity;
    private final Function<String, List<IndexableField>> textFields;

    /**
     * @param queryFields which fields (and weights) to search for a given query text, so a variant
     *                    can route a query typed without diacritics to its folded fields only
     */
    public LuceneVariant(String name, List<IndexedField> fields, Function<String, List<QueryField>> queryFields,
            Similarity similarity) {
        this(name, fields, queryFields, similarity, null);
    }

    /**
     * @param textFields builds the indexed fields of a text directly (pre-analysed token streams), or
     *                   null to let each field's analyzer run over the text
     */
    public LuceneVariant(String name, List<IndexedField> fields, Function<String, List<QueryField>> queryFields,
            Similarity similarity, Function<String, List<IndexableField>> textFields) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.queryFields = queryFields;
        this.similarity = similarity;
        this.textFields = textFields;
    }

    /** One field, the same analyzer both sides, BM25 defaults. */
    public static LuceneVariant singleField(String name, Analyzer analyzer) {
        QueryField q = new QueryField("text", analyzer, 1f);
        return new LuceneVariant(name, List.of(new IndexedField("text", analyzer)), text -> List.of(q),
                new BM25Similarity());
    }

    @Override
    public String name() {
        return name;
    }

    /** An analyzer routing each field to its own chain (the index side of this variant). */
    public Analyzer indexAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (IndexedField f : fields) {
            perField.put(f.name(), f.analyzer());
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /** The Lucene document holding {@code text} in every field of this variant. */
    public Document document(String id, String text) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        if (textFields != null) {
            textFields.apply(text).forEach(d::add);
            return d;
        }
        for (IndexedField f : fields) {
            d.add(new TextField(f.name(), text, Field.Store.NO));
        }
        return d;
    }

    @Override
    public Ranker index(List<EvalSet.Doc> docs) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig iwc = new IndexWriterConfig(indexAnalyzer()).setSimilarity(similarity)
                .setRAMBufferSizeMB(256);
        try (IndexWriter w = new IndexWriter(dir, iwc)) {
            for (EvalSet.Doc doc : docs) {
                w.addDocument(document(doc.id(), doc.text()));
            }
            w.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return new Ranker() {
            @Override
            public List<String> search(String query, int k) throws IOException {
                Query q = query(query);
                List<String> out = new ArrayList<>();
                if (q == null) {
                    return out;
                }
                for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
                    out.add(searcher.storedFields().document(sd.doc).get(ID));
                }
                return out;
            }

            @Override
            public void close() throws IOException {
                reader.close();
                dir.close();
            }
        };
    }

    /** The OR query over this variant's fields, or null when the text has no terms. */
    Query query(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (QueryField f : queryFields.apply(text)) {
            Query q = query(f.name(), f.analyzer(), f.pairs(), text);
            if (q == null || f.boost() == 0f) {
                continue;
            }
            if (f.folded()) {
                // As the product's search: typed with diacritics, only the spellings compatible with
                // them (the text as the field's own analyzer reads it, and its unaccented form).
                Query typed = VietnameseFolding.hasDiacritics(text) ? query(f.name(), indexAnalyzer(f.name()), f.pairs(), text) : null;
                q = typed == null ? new FoldedQuery(q, true) : FoldedQuery.compatibleWith(q, typed);
            }
            all.add(f.boost() == 1f ? q : new BoostQuery(q, f.boost()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    private static Query query(String field, Analyzer analyzer, boolean pairs, String text) {
        return pairs ? SyllablePairQuery.build(field, analyzer, text)
                : new QueryBuilder(analyzer).createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    }

    private Analyzer indexAnalyzer(String field) {
        return fields.stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().analyzer();
    }
}
