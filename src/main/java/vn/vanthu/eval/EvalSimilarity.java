package vn.vanthu.eval;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

import vn.vanthu.config.RankingParameters;

/**
 * The product's per-field BM25 ({@code ranking.properties}) on the eval variant's field, which has
 * the product's text field name.
 */
final class EvalSimilarity extends PerFieldSimilarityWrapper {
    private final RankingParameters parameters;

    EvalSimilarity(RankingParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public Similarity get(String field) {
        RankingParameters.Bm25 p = parameters.of(field);
        return new BM25Similarity(p.k1(), p.b());
    }
}
