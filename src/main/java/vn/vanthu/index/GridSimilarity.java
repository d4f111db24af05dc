package vn.vanthu.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A similarity whose every score is rounded to a multiple of a power-of-two step (at least one step
 * when the unrounded score is positive). Why: documents that repeat the words alike score within a
 * fraction of a percent of each other, so block-max WAND / MaxScore could skip none of them and scored
 * every match exactly; on the grid such near-ties become exact ties, which Lucene breaks by document
 * order, and a block whose best is no better than the page's last hit is skipped.
 *
 * <p>The rounding is monotonic, so the maxima Lucene derives from impacts (the same {@code score}
 * applied to the block's best frequency and norm) stay upper bounds; and sums of multiples of a
 * power of two far below 2^24 steps are exact in a float, so a query's score is on the grid too.
 * Norms are the delegate's: the index does not change.
 */
final class GridSimilarity extends Similarity {
    private final Similarity delegate;
    private final float step;

    /** @param step a power of two (e.g. 1/32), the grid the scores are rounded to */
    GridSimilarity(Similarity delegate, float step) {
        if (!(step > 0) || Float.isInfinite(step) || (Float.floatToIntBits(step) & 0x7fffff) != 0) {
            throw new IllegalArgumentException("the score grid's step must be a power of two, not " + step);
        }
        this.delegate = delegate;
        this.step = step;
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return delegate.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        return new Rounded(delegate.scorer(boost, collectionStats, termStats), step);
    }

    /** {@code score} rounded to the nearest multiple of {@code step}, and to one step when positive but below it. */
    static float round(float score, float step) {
        if (!(score > 0)) {
            return score;
        }
        return Math.max(step, Math.round(score / step) * step);
    }

    private static final class Rounded extends SimScorer {
        private final SimScorer delegate;
        private final float step;

        Rounded(SimScorer delegate, float step) {
            this.delegate = delegate;
            this.step = step;
        }

        @Override
        public float score(float freq, long norm) {
            return round(delegate.score(freq, norm), step);
        }

        @Override
        public Explanation explain(Explanation freq, long norm) {
            Explanation exact = delegate.explain(freq, norm);
            return Explanation.match(round(exact.getValue().floatValue(), step),
                    "rounded to a multiple of " + step + " (near-ties become ties, ordered by document) of:", exact);
        }
    }

    @Override
    public String toString() {
        return "Grid(" + step + ", " + delegate + ")";
    }
}
