package vn.vanthu.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

import vn.vanthu.config.RankingParameters;

/**
 * BM25 with the parameters of {@code ranking.properties}, per field. Every BM25Similarity writes the
 * same norms (the document length), so the writer and the searcher may use different k1/b: the
 * parameters act at search time only, and changing them needs no reindex.
 */
final class RankingSimilarity extends PerFieldSimilarityWrapper {
    /** The fields scored by relevance, which the table may tune one by one. */
    static final Set<String> RANKED_FIELDS = Set.of(IndexFields.TEXT_EXACT, IndexFields.TITLE_EXACT);

    private final Similarity defaults;
    private final Map<String, Similarity> perField = new HashMap<>();

    RankingSimilarity(RankingParameters parameters) {
        for (String field : parameters.fields().keySet()) {
            if (!RANKED_FIELDS.contains(field)) {
                throw new IllegalArgumentException(RankingParameters.TABLE + ": unknown field '" + field
                        + "' (fields: " + String.join(", ", new TreeSet<>(RANKED_FIELDS)) + ")");
            }
        }
        this.defaults = bm25(parameters.defaults());
        parameters.fields().forEach((field, p) -> perField.put(field, bm25(p)));
    }

    private static Similarity bm25(RankingParameters.Bm25 p) {
        return new BM25Similarity(p.k1(), p.b());
    }

    @Override
    public Similarity get(String field) {
        return perField.getOrDefault(field, defaults);
    }
}
