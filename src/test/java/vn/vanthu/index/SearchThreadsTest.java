package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
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
 * A search spread over several threads returns what one thread returns (hits, order, scores, exact
 * totals, facets, snippets), whether its slices ran on helpers or, with no core free, on the caller.
 */
class SearchThreadsTest {
    @TempDir
    static Path dir;
    static final VietnameseAnalysis ANALYSIS = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
    static final String[] WORDS = ("kế hoạch tiếp xúc cử tri kỳ họp thứ ba hội đồng nhân dân huyện ngân sách "
            + "giao thông đường xã báo cáo kết quả thông báo kết luận nghị quyết dự toán thu chi năm").split(" ");
    /** Batches committed one by one: segments of uneven sizes. */
    static final int[] BATCHES = {520, 380, 260, 150, 70, 40};

    @BeforeAll
    static void build() throws Exception {
        Random random = new Random(7);
        long id = 1;
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS, RankingParameters.LUCENE_DEFAULTS, new SearchThreads(1))) {
            for (int batch : BATCHES) {
                for (int i = 0; i < batch; i++, id++) {
                    String title;
                    String text;
                    if (id % 5 == 0) {
                        // The same title and text in every segment: equal scores, ordered by document.
                        title = "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba";
                        text = "Thường trực HĐND huyện ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri.";
                    } else {
                        title = words(random, 6);
                        text = words(random, 40 + random.nextInt(60));
                    }
                    String type = id % 3 == 0 ? "KH" : id % 3 == 1 ? "BC" : "TB";
                    LocalDate issued = LocalDate.of(2010 + (int) (id % 12), 1 + (int) (id % 12), 1 + (int) (id % 28));
                    var m = Fixtures.metadata(id + "/" + type + "-HĐND", type, type.equals("KH") ? "Kế hoạch"
                            : type.equals("BC") ? "Báo cáo" : "Thông báo", issued.toString(),
                            id % 2 == 0 ? "Thường trực HĐND huyện Khoa" : "UBND xã Đông", title, List.of());
                    index.put(new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", text.length(),
                            Instant.EPOCH, m, text, List.of()));
                }
                index.commit();
            }
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertTrue(reader.leaves().size() >= 4, "the test needs several segments: " + reader.leaves().size());
        }
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String q : List.of("cử tri", "tiếp xúc cử tri", "kỳ họp thứ ba", "ky hop thu ba", "ngân sách huyện",
                "dự toán thu chi", "nghi quyet", "15/KH-HĐND", "kế hoạch 2016", "không có từ này")) {
            SearchRequest plain = SearchRequest.of(q);
            out.add(plain);
            out.add(plain.withoutFacets());
            for (var sort : SearchRequest.Sort.values()) {
                out.add(new SearchRequest(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), sort, 3, 20));
            }
            out.add(new SearchRequest(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 2, 100).withoutFacets());
        }
        return out;
    }

    /** Everything a caller sees but the time taken; a lower-bound total only as "at least 1,000". */
    static String shown(SearchResults r) {
        StringBuilder b = new StringBuilder();
        b.append(r.totalExact() ? "total " + r.total() : "total >= " + (r.total() >= 1000 ? "1000" : "?" + r.total()));
        b.append(" suggestion ").append(r.suggestion()).append(" facets ").append(r.facets()).append('\n');
        for (SearchHit h : r.hits()) {
            b.append(h.id()).append(' ').append(Float.floatToIntBits(h.score())).append(' ').append(h.title())
                    .append(' ').append(h.snippets()).append('\n');
        }
        return b.toString();
    }

    static List<String> searchAll(SearchThreads threads) {
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS, RankingParameters.LUCENE_DEFAULTS, threads)) {
            return requests().stream().map(r -> shown(index.search(r))).toList();
        }
    }

    @Test
    void spreadOverThreadsTheResultsAreThoseOfOneThread() {
        List<String> one = searchAll(new SearchThreads(1));
        SearchThreads three = new SearchThreads(3);
        List<String> spread = searchAll(three);
        assertTrue(three.helped() > 0, "the searches fanned out");
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i), spread.get(i), "request " + i + ": " + requests().get(i));
        }
        // The ties and the totals were exercised, not only easy cases.
        assertTrue(one.stream().anyMatch(s -> s.startsWith("total >= 1000")), "a lower-bound total");
        assertTrue(one.stream().anyMatch(s -> s.matches("(?s)total \\d{4}.*")), "an exact total over 1,000");
        String ties = one.get(requests().indexOf(SearchRequest.of("tiếp xúc cử tri")));
        String[] lines = ties.split("\n");
        assertEquals(lines[1].split(" ")[1], lines[2].split(" ")[1], "the first two hits tie");
    }

    @Test
    void withNoCoreFreeTheCallerRunsEverySliceWithTheSameResults() {
        List<String> one = searchAll(new SearchThreads(1));
        SearchThreads two = new SearchThreads(2);
        two.enter(); // another search holds the other core
        try {
            List<String> busy = searchAll(two);
            assertEquals(0, two.helped(), "nothing was handed to a helper");
            assertEquals(one, busy);
        } finally {
            two.leave();
        }
        assertEquals(0, two.busy());
    }

    @Test
    void aTaskGoesToAHelperOnlyWhileAPlaceIsFree() throws Exception {
        SearchThreads two = new SearchThreads(2);
        two.enter();
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        two.execute(() -> {
            ran.set(Thread.currentThread());
            done.countDown();
        });
        done.await();
        assertNotEquals(Thread.currentThread(), ran.get(), "one core was free: a helper ran it");
        while (two.busy() != 1) {
            Thread.onSpinWait();
        }
        two.enter();
        two.execute(() -> ran.set(Thread.currentThread()));
        assertEquals(Thread.currentThread(), ran.get(), "both places taken: the caller ran it");
        two.leave();
        two.leave();
        assertEquals(1, two.helped());
        assertEquals(0, two.busy());
    }

    @Test
    void slicesSplitTheDocumentsEvenlyAndKeepIndexOrder() throws Exception {
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            List<LeafReaderContext> leaves = reader.leaves();
            IndexSearcher.LeafSlice[] slices = SearchThreads.balanced(leaves, 2);
            assertEquals(2, slices.length);
            long[] docs = new long[2];
            int seen = 0;
            for (int i = 0; i < 2; i++) {
                for (int k = 0; k < slices[i].leaves.length; k++) {
                    docs[i] += slices[i].leaves[k].reader().maxDoc();
                    if (k > 0) {
                        assertTrue(slices[i].leaves[k - 1].ord < slices[i].leaves[k].ord);
                    }
                    seen++;
                }
            }
            assertEquals(leaves.size(), seen);
            int largest = leaves.stream().mapToInt(l -> l.reader().maxDoc()).max().orElseThrow();
            assertTrue(Math.abs(docs[0] - docs[1]) <= largest, "within one segment of even: " + docs[0] + " / " + docs[1]);
            assertEquals(leaves.size(), SearchThreads.balanced(leaves, 99).length, "at most one slice a segment");
            assertEquals(1, SearchThreads.balanced(leaves, 1).length);
        }
    }

    @Test
    void theThreadCountIsConfigured() {
        assertEquals(1, SearchThreads.configured(null, null));
        assertEquals(3, SearchThreads.configured(" 3 ", "5"));
        assertEquals(5, SearchThreads.configured("", "5"));
        assertEquals(1, SearchThreads.configured("1", null));
        assertThrows(IllegalArgumentException.class, () -> SearchThreads.configured("0", null));
        assertThrows(IllegalArgumentException.class, () -> SearchThreads.configured("two", null));
        assertFalse(new SearchThreads(1).parallel());
        assertThrows(IllegalArgumentException.class, () -> new SearchThreads(0));
    }
}
