package vn.vanthu.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;

/**
 * For {@link FirstPassProbe} (not shipped: the probe showed it does not pay, docs/BENCHMARKS-peers.md,
 * "Topic queries at one million, ninth session"). A small score for how recent a document is: {@code perYear} points for every year its issue date
 * lies after {@link #EPOCH} (a fixed day, so a score never depends on today's date). A document
 * without an issue date, or issued before the epoch, gets nothing. Read from the issue day's doc
 * values, which every index has had, so it needs no reindex.
 *
 * <p>Its bound over a range of documents is what lets a search skip: in a segment sorted newest
 * first ({@link #INDEX_SORT}) the prior of the first document at or after a position is the most
 * any later document can get, so the bound falls along the document ids; in an unsorted segment
 * (an index built before the sort) the bound is the segment's newest date and nothing is skipped
 * for it, but the scores are the same.
 */
final class RecencyPrior {
    /** The day years are counted from: 2 September 1945 (no document of the archive is older). */
    static final LocalDate EPOCH = LocalDate.of(1945, 9, 2);
    private static final long EPOCH_DAY = EPOCH.toEpochDay();
    private static final double DAYS_A_YEAR = 365.2425;

    /** Newest issue date first, undated documents last: the order new indexes keep their documents in. */
    static final Sort INDEX_SORT = new Sort(newestFirst());

    private static SortField newestFirst() {
        SortField field = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    private final float perYear;

    RecencyPrior(float perYear) {
        if (!(perYear >= 0) || Float.isInfinite(perYear)) {
            throw new IllegalArgumentException("the recency weight must be a number of 0 or more, not " + perYear);
        }
        this.perYear = perYear;
    }

    boolean off() {
        return perYear == 0;
    }

    /** The prior of a document issued on {@code epochDay}: monotonic in the day, so bounds from days are bounds of scores. */
    float score(long epochDay) {
        return epochDay <= EPOCH_DAY ? 0f : (float) (perYear * ((epochDay - EPOCH_DAY) / DAYS_A_YEAR));
    }

    /** {@code query} with the prior added to every match's score (unchanged when the weight is 0). */
    Query addTo(Query query) {
        return off() ? query : new WithRecency(query, this);
    }

    /** Whether a segment keeps its documents newest first (every segment written with {@link #INDEX_SORT}). */
    static boolean newestFirst(LeafReader reader) {
        Sort sort = reader.getMetaData().getSort();
        return sort != null && sort.getSort().length > 0 && sort.getSort()[0].equals(INDEX_SORT.getSort()[0]);
    }

    /**
     * One segment's priors: each document's, and the most any document at or after a position can
     * get. Positions only move forward, as a scorer's do.
     */
    final class Values {
        private final NumericDocValues days;
        /** A second reader of the days, ahead of {@link #days}, for bounds (sorted segments). */
        private final NumericDocValues ahead;
        private final boolean sorted;
        /** The segment's largest prior, the bound of an unsorted segment. */
        private final float segmentMax;

        private Values(LeafReader reader) throws IOException {
            this.days = reader.getNumericDocValues(IndexFields.ISSUED_DAY);
            this.sorted = days != null && newestFirst(reader);
            this.ahead = sorted ? reader.getNumericDocValues(IndexFields.ISSUED_DAY) : null;
            PointValues points = reader.getPointValues(IndexFields.ISSUED_DAY);
            this.segmentMax = days == null ? 0f
                    : points != null ? score(LongPoint.decodeDimension(points.getMaxPackedValue(), 0)) : scanMax(reader);
        }

        private float scanMax(LeafReader reader) throws IOException {
            NumericDocValues all = reader.getNumericDocValues(IndexFields.ISSUED_DAY);
            long max = Long.MIN_VALUE;
            for (int d = all.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = all.nextDoc()) {
                max = Math.max(max, all.longValue());
            }
            return score(max);
        }

        private int last = -1;
        private float lastPrior;

        /** The prior of {@code doc}; documents are asked in increasing order. */
        float of(int doc) throws IOException {
            if (doc != last) {
                last = doc;
                lastPrior = days != null && days.advanceExact(doc) ? score(days.longValue()) : 0f;
            }
            return lastPrior;
        }

        /** The largest prior of any document from {@code doc} on. */
        float boundFrom(int doc) throws IOException {
            if (!sorted) {
                return segmentMax;
            }
            int at = ahead.docID();
            if (at < doc) {
                at = ahead.advance(doc);
            }
            // Sorted newest first, undated last: the first dated document from here holds the largest.
            return at == DocIdSetIterator.NO_MORE_DOCS ? 0f : score(ahead.longValue());
        }
    }

    Values values(LeafReader reader) throws IOException {
        return new Values(reader);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyPrior p && p.perYear == perYear;
    }

    @Override
    public int hashCode() {
        return Float.hashCode(perYear);
    }

    @Override
    public String toString() {
        return "recency(" + perYear + "/year)";
    }

    /**
     * A query's matches with the prior added to their scores. The inner query decides the matches;
     * when the collector raises its minimum score, the inner scorer is told that minus the most the
     * prior can still add from the current document on, which in a segment sorted newest first
     * shrinks as the search moves to older documents: block-max skipping then leaves out whole runs of
     * older near-ties.
     */
    static final class WithRecency extends Query {
        private final Query inner;
        private final RecencyPrior prior;

        WithRecency(Query inner, RecencyPrior prior) {
            this.inner = Objects.requireNonNull(inner);
            this.prior = prior;
        }

        Query inner() {
            return inner;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = inner.rewrite(searcher);
            return rewritten == inner ? this : new WithRecency(rewritten, prior);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            inner.visit(visitor);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight innerWeight = inner.createWeight(searcher, scoreMode, boost);
            if (!scoreMode.needsScores()) {
                return innerWeight;
            }
            return new Weight(this) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    ScorerSupplier supplier = scorerSupplier(context);
                    return supplier == null ? null : supplier.get(Long.MAX_VALUE);
                }

                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                    ScorerSupplier inner = innerWeight.scorerSupplier(context);
                    if (inner == null) {
                        return null;
                    }
                    Weight weight = this;
                    return new ScorerSupplier() {
                        @Override
                        public Scorer get(long leadCost) throws IOException {
                            // The inner query is told the minimum score (less the prior), as a top-level query
                            // would be: without this a disjunction inside would not skip (Lucene 9.12 gives
                            // only a top-level scoring clause its WAND scorer).
                            inner.setTopLevelScoringClause();
                            return new Summed(weight, inner.get(leadCost), prior.values(context.reader()));
                        }

                        @Override
                        public long cost() {
                            return inner.cost();
                        }
                    };
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    Explanation e = innerWeight.explain(context, doc);
                    if (!e.isMatch()) {
                        return e;
                    }
                    Values values = prior.values(context.reader());
                    float p = values.of(doc);
                    return Explanation.match(e.getValue().floatValue() + p, "sum of:", e,
                            Explanation.match(p, prior.toString()));
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false;
                }
            };
        }

        @Override
        public String toString(String field) {
            return inner.toString(field) + " + " + prior;
        }

        @Override
        public boolean equals(Object o) {
            return sameClassAs(o) && inner.equals(((WithRecency) o).inner) && prior.equals(((WithRecency) o).prior);
        }

        @Override
        public int hashCode() {
            return 31 * classHash() + 17 * inner.hashCode() + prior.hashCode();
        }
    }

    /** The inner scorer's matches and score, plus the prior. */
    private static final class Summed extends Scorer {
        private final Scorer inner;
        private final Values values;
        private float minCompetitive;
        /** The minimum last passed to the inner scorer. */
        private float passed;

        Summed(Weight weight, Scorer inner, Values values) {
            super(weight);
            this.inner = inner;
            this.values = values;
        }

        @Override
        public int docID() {
            return inner.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return inner.iterator();
        }

        @Override
        public org.apache.lucene.search.TwoPhaseIterator twoPhaseIterator() {
            return inner.twoPhaseIterator();
        }

        @Override
        public float score() throws IOException {
            int doc = inner.docID();
            // Every collected document passes here, in order: the bound from it on is tightened as we go.
            tighten(doc);
            return inner.score() + values.of(doc);
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return inner.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return inner.getMaxScore(upTo) + values.boundFrom(Math.max(inner.docID(), 0));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            minCompetitive = minScore;
            tighten(Math.max(inner.docID(), 0));
        }

        private void tighten(int doc) throws IOException {
            if (minCompetitive <= 0 || doc == DocIdSetIterator.NO_MORE_DOCS) {
                return;
            }
            // A few ulps of margin: inner + prior is summed in float, and a document scoring exactly
            // the minimum must still reach the collector.
            double rest = (double) minCompetitive - values.boundFrom(doc) - 4.0 * Math.ulp(minCompetitive);
            float needed = (float) rest;
            if (needed > rest) {
                needed = Math.nextDown(needed);
            }
            if (needed > passed) {
                passed = needed;
                inner.setMinCompetitiveScore(needed);
            }
        }
    }
}
