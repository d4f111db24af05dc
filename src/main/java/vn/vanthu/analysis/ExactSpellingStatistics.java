package vn.vanthu.analysis;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;

/**
 * A query over folded twin fields scored with the statistics query-time folding gave it: a folded
 * term's document frequency is the largest of its spellings' in the exact field (as
 * {@link org.apache.lucene.search.SynonymQuery} pools them), not the twin's own, which counts the
 * union of every spelling and so lowers a common folded word's weight against the others. Total
 * term frequencies need no change: the twin holds the exact field's tokens, folded one for one.
 */
final class ExactSpellingStatistics extends Query {
    private final Query query;
    /** Folded twin field → its exact field. */
    private final Map<String, String> exactOf;

    ExactSpellingStatistics(Query query, Map<String, String> exactOf) {
        this.query = Objects.requireNonNull(query);
        this.exactOf = Map.copyOf(exactOf);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new ExactSpellingStatistics(rewritten, exactOf);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return query.createWeight(searcher, scoreMode, boost);
        }
        ReaderSpellings spellings = ReaderSpellings.of(searcher.getIndexReader());
        // The same reader (so term states built for it stay valid) and similarity; only the statistics differ.
        IndexSearcher pooled = new IndexSearcher(searcher.getIndexReader()) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                String exact = exactOf.get(term.field());
                if (exact != null) {
                    int largest = spellings.largestDocFreq(exact, term.text());
                    if (largest > 0) {
                        docFreq = largest;
                    }
                }
                return super.termStatistics(term, docFreq, totalTermFreq);
            }
        };
        pooled.setQueryCache(null);
        pooled.setSimilarity(searcher.getSimilarity());
        return query.createWeight(pooled, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "exactStats(" + query.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && query.equals(((ExactSpellingStatistics) o).query)
                && exactOf.equals(((ExactSpellingStatistics) o).exactOf);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + query.hashCode()) + exactOf.hashCode();
    }
}
