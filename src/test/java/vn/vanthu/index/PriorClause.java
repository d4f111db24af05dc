package vn.vanthu.index;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * For {@link FirstPassProbe} only: the recency prior as a query of its own (every dated document, scored
 * by its prior, with the same bounds a {@code FeatureField} query would take from impacts, exact here),
 * placed as a SHOULD clause beside a query: the Lucene-native shape the probe compares with
 * {@link RecencyPrior.WithRecency}.
 */
final class PriorClause extends Query {
    private final RecencyPrior prior;

    private PriorClause(RecencyPrior prior) {
        this.prior = prior;
    }

    static Query beside(Query query, RecencyPrior prior) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(new PriorClause(prior), Occur.SHOULD).build();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                NumericDocValues days = context.reader().getNumericDocValues(IndexFields.ISSUED_DAY);
                if (days == null) {
                    return null;
                }
                RecencyPrior.Values values = prior.values(context.reader());
                return new Scorer(this) {
                    private int shallow;

                    @Override
                    public int docID() {
                        return days.docID();
                    }

                    @Override
                    public DocIdSetIterator iterator() {
                        return days;
                    }

                    @Override
                    public float score() throws IOException {
                        return prior.score(days.longValue());
                    }

                    @Override
                    public int advanceShallow(int target) {
                        shallow = Math.max(shallow, target);
                        return DocIdSetIterator.NO_MORE_DOCS;
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return values.boundFrom(Math.max(shallow, Math.max(days.docID(), 0)));
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) {
                return Explanation.noMatch("not explained");
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return prior.toString();
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && prior.equals(((PriorClause) o).prior);
    }

    @Override
    public int hashCode() {
        return classHash() ^ prior.hashCode();
    }
}
