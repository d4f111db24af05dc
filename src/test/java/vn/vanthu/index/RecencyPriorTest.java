package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.document.ArchivedDocument;

/**
 * The probe's recency prior ({@link RecencyPrior}, not shipped) measures what it claims: on a copy
 * sorted newest first ({@code FirstPassProbe sort --keys issued_day}) skipping by its bound returns
 * exactly the hits of scoring every match, and among equal documents the newer comes first.
 */
class RecencyPriorTest {
    static final VietnameseAnalysis ANALYSIS = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
    static final String TITLE = "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba";
    static final String TEXT = "Thường trực HĐND huyện ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri.";

    @TempDir
    static Path dir;

    private static ArchivedDocument doc(long id, String issued, String text) {
        var m = Fixtures.metadata(id + "/KH-HĐND", "KH", "Kế hoạch", issued, "Thường trực HĐND huyện Khoa", TITLE, List.of());
        return new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", text.length(), Instant.EPOCH, m, text, List.of());
    }

    /** Near-ties over 18 years (one in twenty undated) in four segments, then a copy sorted newest first. */
    @BeforeAll
    static void build() throws IOException {
        Random random = new Random(11);
        String[] filler = "ngân sách giao thông đường xã báo cáo kết quả thông báo kết luận nghị quyết dự toán".split(" ");
        long id = 1;
        try (SearchIndex index = SearchIndex.open(dir.resolve("archive-order"), ANALYSIS, RankingParameters.LUCENE_DEFAULTS)) {
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 0; i < 1500; i++, id++) {
                    StringBuilder text = new StringBuilder(TEXT);
                    for (int w = random.nextInt(30); w > 0; w--) {
                        text.append(' ').append(random.nextInt(8) == 0 ? "cử tri" : filler[random.nextInt(filler.length)]);
                    }
                    String issued = random.nextInt(20) == 0 ? null : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365)).toString();
                    index.put(doc(id, issued, text.toString()));
                }
                index.commit();
            }
            // Two equal documents, the older archived first.
            index.put(doc(id++, "2012-03-01", TEXT + " phúc khảo"));
            index.put(doc(id, "2024-03-01", TEXT + " phúc khảo"));
            index.commit();
        }
        FirstPassProbe.sortNewestFirst(dir.resolve("archive-order"), dir.resolve("newest-first"));
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new RankingSimilarity(RankingParameters.LUCENE_DEFAULTS));
        return searcher;
    }

    private static Query query(String q, float perYear) {
        return new RecencyPrior(perYear).addTo(new QueryBuilder(ANALYSIS).ranked(SearchRequest.of(q), QueryParts.parse(q)).matching());
    }

    @Test
    void theCopyIsSortedAndTheOriginalIsNot() throws IOException {
        try (DirectoryReader sorted = DirectoryReader.open(FSDirectory.open(dir.resolve("newest-first")));
             DirectoryReader original = DirectoryReader.open(FSDirectory.open(dir.resolve("archive-order")))) {
            assertEquals(original.maxDoc(), sorted.maxDoc());
            assertEquals(original.leaves().size(), sorted.leaves().size());
            for (LeafReaderContext leaf : sorted.leaves()) {
                assertTrue(RecencyPrior.newestFirst(leaf.reader()));
            }
            assertFalse(RecencyPrior.newestFirst(original.leaves().get(0).reader()));
        }
    }

    @Test
    void amongEqualDocumentsTheNewerComesFirst() throws IOException {
        for (String index : List.of("archive-order", "newest-first")) {
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve(index)))) {
                IndexSearcher searcher = searcher(reader);
                ScoreDoc[] top = searcher.search(query("phúc khảo", 0.01f), 2).scoreDocs;
                String first = reader.storedFields().document(top[0].doc).get(IndexFields.ID);
                assertEquals("6002", first, index);
                assertTrue(top[0].score > top[1].score, index);
            }
        }
    }

    @Test
    void skippingByTheBoundKeepsTheExactTopHits() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("newest-first")))) {
            assertTrue(reader.leaves().size() > 1);
            IndexSearcher searcher = searcher(reader);
            for (float weight : new float[] {0.002f, 0.01f, 0.05f}) {
                for (String q : List.of("cử tri", "cu tri", "kế hoạch tiếp xúc")) {
                    Query query = query(q, weight);
                    long[] handed = new long[1];
                    TopScoreDocCollector skipping = new TopScoreDocCollectorManager(20, null, 1).newCollector();
                    searcher.search(query, FirstPassProbe.counting(skipping, handed));
                    TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
                    ScoreDoc[] got = skipping.topDocs().scoreDocs;
                    assertEquals(all.scoreDocs.length, got.length);
                    for (int i = 0; i < got.length; i++) {
                        assertEquals(all.scoreDocs[i].doc, got[i].doc, q + " at " + weight + ", rank " + i);
                        assertEquals(all.scoreDocs[i].score, got[i].score, q + " at " + weight + ", rank " + i);
                    }
                    assertTrue(handed[0] < all.totalHits.value, q + " at " + weight + ": nothing skipped");
                }
            }
        }
    }
}
