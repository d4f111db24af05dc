package vn.vanthu.index;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Whether a query matches any document, stopping at the first match: {@code searcher.count(q) > 0}
 * without visiting every match (and without scoring).
 */
final class FirstMatch {
    private FirstMatch() {
    }

    static boolean exists(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<Found, Boolean>() {
            @Override
            public Found newCollector() {
                return new Found();
            }

            @Override
            public Boolean reduce(Collection<Found> collectors) {
                return collectors.stream().anyMatch(c -> c.found);
            }
        });
    }

    /** Remembers a match and ends the search of the segment (and, once found, skips the others). */
    private static final class Found implements Collector {
        private boolean found;

        @Override
        public LeafCollector getLeafCollector(org.apache.lucene.index.LeafReaderContext context) {
            if (found) {
                throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    found = true;
                    throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
