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
import vn.vanthu.analysis.FoldedQuery;
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

    /** The weights of vanthu's query clauses and its BM25 parameters. */
    public record Weights(float exact, float folded, float exactPairs, float foldedPairs, float k1, float b) {
        /** The weights measured best on the tune half of the ALQAC split (docs/BENCHMARKS-analysis.md). */
        public static Weights tuned() {
            return new Weights(1f, 1f, 5f, 5f, 0.3f, 0.85f);
        }

        /** The weights of the four-field layout before query-time folding. */
        public static Weights fourFields() {
            return new Weights(1f, 1f, 2f, 2f, 0.3f, 0.85f);
        }
    }

    /** vanthu's chain as the product indexes it, with the tuned weights. */
    public static LuceneVariant vanthu() {
        return vanthu("vanthu", Weights.tuned(), VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
    }

    /**
     * vanthu's chain as the product indexes it: one exact field (diacritics kept, positions and
     * offsets), folded at query time. A query with diacritics scores its exact terms, their folded
     * spellings ({@link FoldedQuery}: every indexed spelling that folds the same, one BM25 term), and
     * each pair of adjacent syllables as a two-word phrase, exact and folded; one typed without
     * diacritics scores the folded clauses only, with the exact clauses' weights moved onto them,
     * since its exact terms would be wrong words ("hoi" is not "hội").
     */
    public static LuceneVariant vanthu(String name, Weights w, VietnameseAnalysis a) {
        return vanthu(name, w, a, new BM25Similarity(w.k1(), w.b()));
    }

    /**
     * vanthu's chain, ranked with the per-field BM25 parameters the product reads from
     * {@code ranking.properties} (the clause weights stay the tuned ones).
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

    /** The product's text field name, so {@link EvalSimilarity} finds its parameters unchanged. */
    static final String TEXT = "text";

    private static LuceneVariant vanthu(String name, Weights w, VietnameseAnalysis a, Similarity similarity) {
        Analyzer exact = a.exact();
        Analyzer folded = a.folded();
        List<LuceneVariant.IndexedField> fields = List.of(new LuceneVariant.IndexedField(TEXT, exact));
        List<LuceneVariant.QueryField> accented = List.of(
                new LuceneVariant.QueryField(TEXT, exact, w.exact()),
                new LuceneVariant.QueryField(TEXT, folded, w.folded(), false, true),
                new LuceneVariant.QueryField(TEXT, exact, w.exactPairs(), true, false),
                new LuceneVariant.QueryField(TEXT, folded, w.foldedPairs(), true, true));
        List<LuceneVariant.QueryField> unaccented = List.of(
                new LuceneVariant.QueryField(TEXT, folded, w.exact() + w.folded(), false, true),
                new LuceneVariant.QueryField(TEXT, folded, w.exactPairs() + w.foldedPairs(), true, true));
        return new LuceneVariant(name, fields,
                text -> VietnameseFolding.hasDiacritics(text) ? accented : unaccented,
                similarity, text -> List.of(new Field(TEXT, text, AnalyzedText.FIELD_TYPE)));
    }

    /** The four-field layout vanthu indexed before query-time folding, with its tuned weights. */
    public static LuceneVariant vanthuFourFields() {
        return vanthuFourFields("vanthu-4-fields", Weights.fourFields(), VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
    }

    /**
     * The four-field layout: exact, folded and syllable-bigram fields of both. A query with
     * diacritics searches all four fields; one without searches the two folded fields with the exact
     * fields' weights moved onto them.
     */
    public static LuceneVariant vanthuFourFields(String name, Weights w, VietnameseAnalysis a) {
        List<LuceneVariant.IndexedField> fields = List.of(
                new LuceneVariant.IndexedField("exact", a.exact()),
                new LuceneVariant.IndexedField("folded", a.folded()),
                new LuceneVariant.IndexedField("exact2", a.exactBigrams()),
                new LuceneVariant.IndexedField("folded2", a.foldedBigrams()));
        List<LuceneVariant.QueryField> accented = List.of(
                new LuceneVariant.QueryField("exact", a.exact(), w.exact()),
                new LuceneVariant.QueryField("folded", a.folded(), w.folded()),
                new LuceneVariant.QueryField("exact2", a.exactBigrams(), w.exactPairs()),
                new LuceneVariant.QueryField("folded2", a.foldedBigrams(), w.foldedPairs()));
        List<LuceneVariant.QueryField> unaccented = List.of(
                new LuceneVariant.QueryField("folded", a.folded(), w.exact() + w.folded()),
                new LuceneVariant.QueryField("folded2", a.foldedBigrams(), w.exactPairs() + w.foldedPairs()));
        return new LuceneVariant(name, fields,
                text -> VietnameseFolding.hasDiacritics(text) ? accented : unaccented,
                new BM25Similarity(w.k1(), w.b()), text -> vanthuFields(a.analyzeOnce(text)));
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

    /** The variants of a standard run, baselines first. */
    public static List<RankingVariant> all() {
        return List.of(standard(), icuFolding(), vanthu(), vanthuFourFields());
    }
}
