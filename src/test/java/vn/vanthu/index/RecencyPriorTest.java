package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.document.ArchivedDocument;

/**
 * The recency prior: among documents about equally relevant the newer comes first; skipping by its
 * bound never changes the top hits; an index built before the date order still opens and searches,
 * and a rebuild sorts it.
 */
class RecencyPriorTest {
    static final VietnameseAnalysis ANALYSIS = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
    static final String TITLE = "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba";
    static final String TEXT = "Thường trực HĐND huyện ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri.";

    private static ArchivedDocument doc(long id, String issued, String title, String text) {
        var m = Fixtures.metadata(id + "/KH-HĐND", "KH", "Kế hoạch", issued.isEmpty() ? null : issued, "Thường trực HĐND huyện Khoa", title, List.of());
        return new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", text.length(), Instant.EPOCH, m, text, List.of());
    }

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(h -> Long.toString(h.id())).toList();
    }

    @Test
    void theNewerOfTwoEqualDocumentsComesFirst(@TempDir Path dir) {
        // The older is archived first: by archive order alone (the index before this change) it would lead.
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS, RankingParameters.LUCENE_DEFAULTS.withRecency(0.01f))) {
            index.put(doc(1, "2012-03-01", TITLE, TEXT));
            index.put(doc(2, "2024-03-01", TITLE, TEXT));
            index.put(doc(3, "", TITLE, TEXT));
            index.commit();
            assertEquals(List.of("2", "1", "3"), ids(index, "cử tri"));
            assertTrue(index.sortedNewestFirst());
        }
    }

    @Test
    void aFewYearsNewerOutranksASlightlyBetterMatchOnlyWithThePrior(@TempDir Path dir) {
        // One more word of text: the older scores a little higher (its text is shorter), by less than the prior's 12 years.
        String longer = TEXT + " Thời gian";
        for (float weight : new float[] {0f, 0.05f}) {
            try (SearchIndex index = SearchIndex.open(dir.resolve("w" + weight), ANALYSIS,
                    RankingParameters.LUCENE_DEFAULTS.withRecency(weight))) {
                index.put(doc(1, "2012-03-01", TITLE, TEXT));
                index.put(doc(2, "2024-03-01", TITLE, longer));
                index.commit();
                List<SearchHit> hits = index.search(SearchRequest.of("cử tri")).hits();
                assertEquals(weight == 0 ? List.of(1L, 2L) : List.of(2L, 1L), hits.stream().map(SearchHit::id).toList(),
                        "weight " + weight);
            }
        }
    }

    @Test
    void sortingByDateIsUnchanged(@TempDir Path dir) {
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS, RankingParameters.LUCENE_DEFAULTS.withRecency(0.05f))) {
            index.put(doc(1, "2016-05-01", TITLE, TEXT));
            index.put(doc(2, "2020-05-01", TITLE, TEXT + " cử tri cử tri"));
            index.put(doc(3, "", TITLE, TEXT));
            index.put(doc(4, "2018-05-01", TITLE, TEXT));
            index.commit();
            SearchRequest byDate = new SearchRequest("cử tri", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), SearchRequest.Sort.DATE, 1, 10);
            assertEquals(List.of(2L, 4L, 1L, 3L), index.search(byDate).hits().stream().map(SearchHit::id).toList());
        }
    }

    /** Many near-ties over 18 years in several segments: the skipping search returns what scoring every match returns. */
    @Test
    void skippingByTheBoundKeepsTheExactTopHits(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        String[] filler = "ngân sách giao thông đường xã báo cáo kết quả thông báo kết luận nghị quyết dự toán".split(" ");
        long id = 1;
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS, RankingParameters.LUCENE_DEFAULTS)) {
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 0; i < 1500; i++, id++) {
                    StringBuilder text = new StringBuilder(TEXT);
                    for (int w = random.nextInt(30); w > 0; w--) {
                        text.append(' ').append(random.nextInt(8) == 0 ? "cử tri" : filler[random.nextInt(filler.length)]);
                    }
                    String issued = random.nextInt(20) == 0 ? "" : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365)).toString();
                    index.put(doc(id, issued, TITLE, text.toString()));
                }
                index.commit();
            }
        }
        QueryBuilder builder = new QueryBuilder(ANALYSIS);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertTrue(reader.leaves().size() > 1);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new RankingSimilarity(RankingParameters.LUCENE_DEFAULTS));
            for (float weight : new float[] {0.002f, 0.01f, 0.05f}) {
                for (String q : List.of("cử tri", "cu tri", "kế hoạch tiếp xúc")) {
                    SearchRequest request = SearchRequest.of(q);
                    Query query = new RecencyPrior(weight).addTo(builder.ranked(request, QueryParts.parse(q)).matching());
                    long[] handed = new long[1];
                    TopScoreDocCollector skipping = new TopScoreDocCollectorManager(20, null, 1).newCollector();
                    searcher.search(query, counting(skipping, handed));
                    TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
                    assertSame(all.scoreDocs, skipping.topDocs().scoreDocs, q + " at " + weight);
                    assertTrue(handed[0] < all.totalHits.value, q + " at " + weight + ": nothing skipped (" + handed[0] + ")");
                }
            }
        }
    }

    private static void assertSame(ScoreDoc[] expected, ScoreDoc[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].doc, actual[i].doc, what + " rank " + i);
            assertEquals(expected[i].score, actual[i].score, what + " rank " + i);
        }
    }

    private static FilterCollector counting(TopScoreDocCollector top, long[] handed) {
        return new FilterCollector(top) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        handed[0]++;
                        super.collect(doc);
                    }
                };
            }
        };
    }

    @Test
    void anIndexBuiltBeforeTheOrderStillSearchesAndARebuildSortsIt(@TempDir Path dir) throws IOException {
        Path sorted = dir.resolve("sorted");
        Path old = dir.resolve("old");
        List<ArchivedDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            docs.add(doc(i, i % 7 == 0 ? "" : LocalDate.of(2008, 1, 1).plusDays(97L * i).toString(), TITLE,
                    TEXT + " cử tri".repeat(i % 3)));
        }
        RankingParameters ranking = RankingParameters.LUCENE_DEFAULTS.withRecency(0.02f);
        List<SearchHit> expected;
        try (SearchIndex index = SearchIndex.open(sorted, ANALYSIS, ranking)) {
            docs.forEach(index::put);
            index.commit();
            expected = index.search(SearchRequest.of("cử tri")).hits();
        }
        // The layout before: segments without an index sort, documents oldest first.
        Sort oldestFirst = new Sort(new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(sorted));
             IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                writer.addIndexes(SortingCodecReader.wrap((CodecReader) leaf.reader(), oldestFirst));
            }
            writer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(old))) {
            assertFalse(RecencyPrior.newestFirst(reader.leaves().get(0).reader()));
        }
        try (SearchIndex index = SearchIndex.open(old, ANALYSIS, ranking)) {
            assertFalse(index.sortedNewestFirst());
            // The same scores, so the same hits in the same order (no two of these tie).
            List<SearchHit> hits = index.search(SearchRequest.of("cử tri")).hits();
            assertEquals(expected.stream().map(SearchHit::id).toList(), hits.stream().map(SearchHit::id).toList());
            // A document added to the old layout is searchable too.
            index.put(doc(41, "2025-01-01", TITLE, TEXT));
            index.commit();
            assertEquals(41, index.count());
            assertEquals(41L, index.search(SearchRequest.of("cử tri")).hits().get(0).id());
            // A rebuild (what `vanthu reindex` does) sorts it.
            index.deleteAll();
            docs.forEach(index::put);
            index.commit();
            assertTrue(index.sortedNewestFirst());
            assertEquals(40, index.count());
            assertEquals(expected.stream().map(SearchHit::id).toList(),
                    index.search(SearchRequest.of("cử tri")).hits().stream().map(SearchHit::id).toList());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(old))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                assertTrue(RecencyPrior.newestFirst(leaf.reader()));
            }
        }
    }
}
