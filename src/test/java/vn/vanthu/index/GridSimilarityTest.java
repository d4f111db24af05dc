package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Scores on a grid: exact sums, valid maxima (skipping finds what exhaustive scoring finds), ties by document. */
class GridSimilarityTest {
    private static final float STEP = 1f / 32;

    @Test
    void roundingIsMonotonicOnTheGridAndKeepsAMatchPositive() {
        Random random = new Random(42);
        float[] xs = new float[10_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextFloat() * 20;
        }
        Arrays.sort(xs);
        float previous = 0;
        for (float x : xs) {
            float r = GridSimilarity.round(x, STEP);
            assertEquals(0, r % STEP, "on the grid: " + r);
            assertTrue(r >= previous, "monotonic at " + x);
            assertTrue(r >= STEP && Math.abs(r - x) <= STEP / 2 || x < STEP / 2, x + " -> " + r);
            previous = r;
        }
        assertEquals(STEP, GridSimilarity.round(1e-6f, STEP), "a match never scores 0");
        assertEquals(0f, GridSimilarity.round(0f, STEP));
    }

    @Test
    void aStepThatIsNotAPowerOfTwoIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridSimilarity(new BM25Similarity(), 0.1f));
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
    }

    @Test
    void skippingFindsTheSameTopDocumentsAsScoringEveryMatch() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            Random random = new Random(7);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 20_000; i++) {
                    // Near-ties: every document holds the words, with a little filler of varying length.
                    StringBuilder text = new StringBuilder("cu tri kien nghi");
                    for (int f = random.nextInt(6); f > 0; f--) {
                        text.append(" loi").append(random.nextInt(50));
                    }
                    if (random.nextInt(40) == 0) {
                        text.append(" cu tri");
                    }
                    Document d = new Document();
                    d.add(new TextField("title", text.toString(), Field.Store.NO));
                    d.add(new TextField("text", text + " " + text, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(new GridSimilarity(new BM25Similarity(), STEP));
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                q.add(new BoostQuery(both("title"), 1.5f), Occur.SHOULD);
                q.add(both("text"), Occur.SHOULD);
                q.add(new BoostQuery(new TermQuery(new Term("text", "nghi")), 0.6f), Occur.SHOULD);
                Query query = q.build();
                TopDocs skipping = s.search(query, new TopScoreDocCollectorManager(100, null, 100));
                TopDocs every = s.search(query, new TopScoreDocCollectorManager(100, null, Integer.MAX_VALUE));
                assertArrayEquals(ids(every), ids(skipping), "block maxima stay upper bounds on the grid");
                for (ScoreDoc h : every.scoreDocs) {
                    assertEquals(0, h.score % STEP, "a sum of grid scores is on the grid: " + h.score);
                }
                for (int i = 1; i < every.scoreDocs.length; i++) {
                    ScoreDoc a = every.scoreDocs[i - 1];
                    ScoreDoc b = every.scoreDocs[i];
                    assertTrue(a.score > b.score || a.score == b.score && a.doc < b.doc, "ties in document order");
                }
                assertTrue(every.scoreDocs[0].score > every.scoreDocs[99].score || every.scoreDocs[0].doc < 100,
                        "the grid leaves whole ties to document order");
            }
        }
    }

    private static Query both(String field) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(field, "cu")), Occur.MUST);
        b.add(new TermQuery(new Term(field, "tri")), Occur.MUST);
        return b.build();
    }

    private static int[] ids(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(h -> h.doc).toArray();
    }
}
