package vn.vanthu.eval;

import java.util.Map;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

import vn.vanthu.config.RankingParameters;

/**
 * The product's per-field BM25 ({@code ranking.properties}) on the eval variant's fields, which
 * mirror the product's text fields under other names (exact is the product's "text", and so on).
 */
final class EvalSimilarity extends PerFieldSimilarityWrapper {
    /** The eval variant's field → the product index field whose parameters it takes. */
    static final Map<String, String> PRODUCT_FIELDS = Map.of(
            "exact", "text", "folded", "text_folded", "exact2", "text_bi", "folded2", "text_folded_bi");

    private final RankingParameters parameters;

    EvalSimilarity(RankingParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public Similarity get(String field) {
        RankingParameters.Bm25 p = parameters.of(PRODUCT_FIELDS.getOrDefault(field, field));
        return new BM25Similarity(p.k1(), p.b());
    }
}
