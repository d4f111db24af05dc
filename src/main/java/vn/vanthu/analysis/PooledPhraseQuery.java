package vn.vanthu.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A {@link MultiPhraseQuery} whose alternatives at each position count as one term for BM25, as a
 * folded field's single term would: Lucene's own MultiPhraseQuery sums the idf of every alternative,
 * so a folded phrase with six spellings per syllable would weigh about six phrases, more for rare
 * spellings. Each position's statistics are pooled the way {@link org.apache.lucene.search.SynonymQuery}
 * pools them (the largest document frequency, the sum of total term frequencies).
 */
final class PooledPhraseQuery extends Query {
    private final MultiPhraseQuery phrase;

    PooledPhraseQuery(MultiPhraseQuery phrase) {
        this.phrase = phrase;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return phrase.createWeight(searcher, scoreMode, boost);
        }
        // The same reader (so the same top-level context its term states are built for), with a
        // similarity that sees one pooled statistic per position.
        IndexSearcher pooled = new IndexSearcher(searcher.getIndexReader());
        pooled.setQueryCache(null);
        pooled.setSimilarity(new Pooled(searcher.getSimilarity(), phrase.getTermArrays()));
        return phrase.createWeight(pooled, scoreMode, boost);
    }

    /** Delegates to the searcher's similarity with the per-term statistics grouped by position. */
    private static final class Pooled extends Similarity {
        private final Similarity delegate;
        private final Term[][] positions;

        Pooled(Similarity delegate, Term[][] positions) {
            this.delegate = delegate;
            this.positions = positions;
        }

        @Override
        public long computeNorm(FieldInvertState state) {
            return delegate.computeNorm(state);
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
            // MultiPhraseQuery lists the statistics of the terms the index holds, position by position.
            List<TermStatistics> pooled = new ArrayList<>();
            int j = 0;
            for (Term[] alternatives : positions) {
                long df = 0;
                long ttf = 0;
                TermStatistics first = null;
                for (Term t : alternatives) {
                    if (j < termStats.length && termStats[j].term().equals(t.bytes())) {
                        first = first == null ? termStats[j] : first;
                        df = Math.max(df, termStats[j].docFreq());
                        ttf += termStats[j].totalTermFreq();
                        j++;
                    }
                }
                if (first != null) {
                    pooled.add(new TermStatistics(first.term(), df, ttf));
                }
            }
            if (j != termStats.length) {
                return delegate.scorer(boost, collectionStats, termStats); // not laid out as expected
            }
            return delegate.scorer(boost, collectionStats, pooled.toArray(TermStatistics[]::new));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "pooled(" + phrase.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && phrase.equals(((PooledPhraseQuery) o).phrase);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + phrase.hashCode();
    }
}
