package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/** The rescorer's sorts on {@code long}s put hits in the order its comparators did. */
class PairRescorerSortTest {
    private static final float[] SPECIAL = {0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1f, -1f, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e-30f, 12.5f};

    private static ScoreDoc[] hits(Random r, int n) {
        // Distinct documents, few distinct scores (ties are what the document order must break).
        int[] docs = r.ints(0, 1_000_000).distinct().limit(n).toArray();
        float[] scores = new float[1 + r.nextInt(6)];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextFloat() * 30 - 5;
        }
        ScoreDoc[] out = new ScoreDoc[n];
        for (int i = 0; i < n; i++) {
            out[i] = new ScoreDoc(docs[i], r.nextInt(3) == 0 ? r.nextFloat() * 20 : scores[r.nextInt(scores.length)]);
        }
        return out;
    }

    @Test
    void blocksAreSortedAsTheComparatorSortsThem() {
        Random r = new Random(9);
        for (int round = 0; round < 3000; round++) {
            ScoreDoc[] hits = hits(r, r.nextInt(600));
            ScoreDoc[] byDoc = PairRescorer.byDoc(hits);
            ScoreDoc[] expectedByDoc = hits.clone();
            Arrays.sort(expectedByDoc, Comparator.comparingInt(h -> h.doc));
            assertArrayEquals(expectedByDoc, byDoc);
            int[] docs = Arrays.stream(byDoc).mapToInt(h -> h.doc).toArray();
            int from = hits.length == 0 ? 0 : r.nextInt(hits.length);
            int to = from + r.nextInt(hits.length - from + 1);
            ScoreDoc[] expected = hits.clone();
            Arrays.sort(expected, from, to, PairRescorer.BEST);
            ScoreDoc[] actual = hits.clone();
            assertTrue(PairRescorer.sortBlock(actual, from, to, byDoc, docs));
            for (int i = 0; i < hits.length; i++) {
                assertSame(expected[i], actual[i], "position " + i + " of " + from + ".." + to);
            }
        }
    }

    @Test
    void scoresTheLongsCannotOrderAreLeftToTheComparator() {
        for (float odd : new float[] {Float.NaN, -0f}) {
            ScoreDoc[] hits = {new ScoreDoc(7, 2f), new ScoreDoc(3, odd), new ScoreDoc(5, 0f)};
            ScoreDoc[] before = hits.clone();
            ScoreDoc[] byDoc = PairRescorer.byDoc(hits);
            assertFalse(PairRescorer.sortBlock(hits, 0, 3, byDoc, Arrays.stream(byDoc).mapToInt(h -> h.doc).toArray()));
            assertArrayEquals(before, hits, "nothing moved");
        }
    }
}
