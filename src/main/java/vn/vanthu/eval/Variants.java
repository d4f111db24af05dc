package vn.vanthu.eval;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import vn.vanthu.analysis.AnalyzedText;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.text.VietnameseFolding;

/** The analysis variants compared by {@code vanthu eval}. */
public final class Variants {
    private Variants() {
    }

    /** Lucene's StandardAnalyzer, one field. */
    public static LuceneVariant standard() {
        return LuceneVariant.singleField("standard", new StandardAnalyzer());
    }

    /** The ICU-folding baseline (what Solr offers for Vietnamese): ICUTokenizer + ICUFoldingFilter. */
    public static LuceneVariant icuFolding() {
        return LuceneVariant.singleField("icu-folding", icuFoldingAnalyzer());
    }

    public static Analyzer icuFoldingAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new ICUTokenizer();
                return new TokenStreamComponents(t, new ICUFoldingFilter(t));
            }
        };
    }

    /** The weights of vanthu's fields and its BM25 parameters. */
    public record Weights(float exact, float folded, float exactBigrams, float foldedBigrams, float k1, float b) {
        /** The weights measured best on the ALQAC split (docs/BENCHMARKS-analysis.md). */
        public static Weights tuned() {
            return new Weights(1f, 1f, 2f, 2f, 0.3f, 0.85f);
        }
    }

    /** vanthu's chain with the tuned weights. */
    public static LuceneVariant vanthu() {
        return vanthu("vanthu", Weights.tuned(), VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
    }

    /**
     * vanthu's multi-field chain: exact, folded and syllable-bigram fields of both, BM25. A query with
     * diacritics searches all four fields; one typed without them searches the folded fields only,
     * with the exact fields' weights moved onto them, since its exact terms would be wrong words
     * ("hoi" is not "hội").
     */
    public static LuceneVariant vanthu(String name, Weights w, VietnameseAnalysis a) {
        return vanthu(name, w, a, new BM25Similarity(w.k1(), w.b()));
    }

    /**
     * vanthu's chain, ranked with the per-field BM25 parameters the product reads from
     * {@code ranking.properties} (the field weights stay the tuned ones).
     */
    public static LuceneVariant vanthu(String name, RankingParameters ranking, VietnameseAnalysis a) {
        return vanthu(name, Weights.tuned(), a, new EvalSimilarity(ranking));
    }

    /** vanthu's chain before and after the product's BM25 tuning: Lucene's defaults, then the config's. */
    public static List<RankingVariant> rankingBeforeAfter(IndexConfig config) {
        VietnameseAnalysis a = VietnameseAnalyzers.withConfig(config);
        return List.of(vanthu("vanthu bm25-defaults", RankingParameters.LUCENE_DEFAULTS, a),
                vanthu("vanthu ranking.properties", config.ranking(), a));
    }

    private static LuceneVariant vanthu(String name, Weights w, VietnameseAnalysis a, Similarity similarity) {
        List<LuceneVariant.IndexedField> fields = List.of(
                new LuceneVariant.IndexedField("exact", a.exact()),
                new LuceneVariant.IndexedField("folded", a.folded()),
                new LuceneVariant.IndexedField("exact2", a.exactBigrams()),
                new LuceneVariant.IndexedField("folded2", a.foldedBigrams()));
        List<LuceneVariant.QueryField> accented = List.of(
                new LuceneVariant.QueryField("exact", a.exact(), w.exact()),
                new LuceneVariant.QueryField("folded", a.folded(), w.folded()),
                new LuceneVariant.QueryField("exact2", a.exactBigrams(), w.exactBigrams()),
                new LuceneVariant.QueryField("folded2", a.foldedBigrams(), w.foldedBigrams()));
        List<LuceneVariant.QueryField> unaccented = List.of(
                new LuceneVariant.QueryField("folded", a.folded(), w.exact() + w.folded()),
                new LuceneVariant.QueryField("folded2", a.foldedBigrams(), w.exactBigrams() + w.foldedBigrams()));
        return new LuceneVariant(name, fields,
                text -> VietnameseFolding.hasDiacritics(text) ? accented : unaccented,
                similarity, text -> vanthuFields(a.analyzeOnce(text)));
    }

    /**
     * The fields of one text, analysed once: unigram fields with positions (for phrases), bigram
     * fields with frequencies only (a bigram is itself the phrase).
     */
    public static List<IndexableField> vanthuFields(AnalyzedText t) {
        return List.of(
                new Field("exact", t.exact(), TextField.TYPE_NOT_STORED),
                new Field("folded", t.folded(), TextField.TYPE_NOT_STORED),
                new Field("exact2", t.exactBigrams(), BIGRAM_FIELD),
                new Field("folded2", t.foldedBigrams(), BIGRAM_FIELD));
    }

    /** Indexed and tokenized, frequencies but no positions. */
    public static final FieldType BIGRAM_FIELD;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        BIGRAM_FIELD = t;
    }

    /**
     * vanthu's light index: only the exact and folded unigram fields, with syllable pairs searched as
     * two-word phrases at query time instead of bigram fields (bigram fields dominate indexing time).
     */
    public static LuceneVariant vanthuPairs(String name, Weights w, VietnameseAnalysis a) {
        List<LuceneVariant.IndexedField> fields = List.of(
                new LuceneVariant.IndexedField("exact", a.exact()),
                new LuceneVariant.IndexedField("folded", a.folded()));
        List<LuceneVariant.QueryField> accented = List.of(
                new LuceneVariant.QueryField("exact", a.exact(), w.exact()),
                new LuceneVariant.QueryField("folded", a.folded(), w.folded()),
                new LuceneVariant.QueryField("exact", a.exact(), w.exactBigrams(), true),
                new LuceneVariant.QueryField("folded", a.folded(), w.foldedBigrams(), true));
        List<LuceneVariant.QueryField> unaccented = List.of(
                new LuceneVariant.QueryField("folded", a.folded(), w.exact() + w.folded()),
                new LuceneVariant.QueryField("folded", a.folded(), w.exactBigrams() + w.foldedBigrams(), true));
        return new LuceneVariant(name, fields,
                text -> VietnameseFolding.hasDiacritics(text) ? accented : unaccented,
                new BM25Similarity(w.k1(), w.b()), text -> {
                    AnalyzedText t = a.analyzeOnce(text);
                    return List.of(new Field("exact", t.exact(), TextField.TYPE_NOT_STORED),
                            new Field("folded", t.folded(), TextField.TYPE_NOT_STORED));
                });
    }

    /** vanthu's light index (two unigram fields, pairs as phrases) with its tuned weights. */
    public static LuceneVariant vanthuLight() {
        return vanthuPairs("vanthu-light", new Weights(1f, 1f, 3f, 3f, 0.3f, 0.85f),
                VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
    }

    /** The variants of a standard run, baselines first. */
    public static List<RankingVariant> all() {
        return List.of(standard(), icuFolding(), vanthu(), vanthuLight());
    }
}
