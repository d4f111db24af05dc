package vn.vanthu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/** Archive.reindex on its indexing threads: the same index, and so the same answers, as before. */
class ReindexTest {
    @TempDir
    Path in;
    @TempDir
    Path data;

    private static final String[] TOPICS = {
        "quản lý đất đai", "xây dựng nông thôn mới", "dự toán ngân sách", "tiếp xúc cử tri", "đầu tư công trung hạn",
        "phòng chống dịch bệnh", "cải cách hành chính", "an toàn giao thông",
    };
    private static final List<String> QUERIES = List.of(
            "đất đai", "ngan sach", "tiếp xúc cử tri", "nông thôn mới", "cải cách hành chính huyện", "12/KH-UBND", "giao thong");

    @Test
    void reindexGivesTheSameSearchResults() throws Exception {
        for (int i = 1; i <= 24; i++) {
            String topic = TOPICS[i % TOPICS.length];
            String text = "UBND HUYỆN KHOA\nSố: " + i + "/KH-UBND\nKẾ HOẠCH\n" + topic.substring(0, 1).toUpperCase() + topic.substring(1)
                    + " năm " + (2016 + i % 5) + "\nCăn cứ Kế hoạch số " + (i + 3) + "/KH-UBND về " + TOPICS[(i * 3) % TOPICS.length]
                    + ";\nThực hiện nghị quyết kỳ họp thứ " + (i % 2 == 0 ? "ba" : "hai") + " về " + topic + " trên địa bàn huyện.\n";
            Files.writeString(in.resolve("kh-" + i + ".txt"), text, StandardCharsets.UTF_8);
        }
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(24, archive.ingest(List.of(in), s -> { }).added().size());
            Map<String, List<String>> before = answers(archive);
            List<String> progress = new ArrayList<>();
            assertEquals(24, archive.reindex(progress::add));
            assertEquals(before, answers(archive));
            assertEquals(24, archive.indexedCount());
            assertEquals(List.of(), progress, "progress every 500 documents");
        }
    }

    /**
     * Each query's total and hits (id, score, title), ties in score ordered by id. Every query's
     * hits fit on the first page: which of several equal scores a cut page shows depends on the
     * order of documents in the index, which indexing threads do not keep.
     */
    private static Map<String, List<String>> answers(Archive archive) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            SearchResults r = archive.search(SearchRequest.of(q));
            List<String> hits = new ArrayList<>(r.hits().stream()
                    .sorted((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Long.compare(a.id(), b.id()))
                    .map(h -> h.id() + " " + h.score() + " " + h.title()).toList());
            assertEquals(r.total(), r.hits().size(), q + ": every hit on the page");
            hits.add(0, "total " + r.total());
            out.put(q, hits);
        }
        assertTrue(out.values().stream().anyMatch(h -> h.size() > 3), "the queries find documents: " + out);
        return out;
    }

    @Test
    void everyDocumentIsPutOnceAndProgressIsCounted() {
        Set<Integer> put = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        int n = IndexingThreads.<Integer>run(each -> IntStream.range(0, 1234).forEach(each::accept), d -> {
            assertTrue(put.add(d), "put twice: " + d);
            threads.add(Thread.currentThread().getName());
        }, 2, progress::add);
        assertEquals(1234, n);
        assertEquals(1234, put.size());
        assertEquals(List.of("indexed 500", "indexed 1000"), progress);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("indexing-")), threads.toString());
    }

    @Test
    void eachThreadFinishesOnItsOwnThreadAfterItsLastPut() {
        Set<Integer> put = ConcurrentHashMap.newKeySet();
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        int n = IndexingThreads.<Integer>run(each -> IntStream.range(0, 300).forEach(each::accept), d -> {
            assertTrue(finished.isEmpty() || !finished.contains(Thread.currentThread().getName()),
                    "put after its thread finished: " + d);
            put.add(d);
        }, () -> finished.add(Thread.currentThread().getName()), 2, p -> { });
        assertEquals(300, n);
        assertEquals(300, put.size());
        assertEquals(Set.of("indexing-1", "indexing-2"), Set.copyOf(finished));
        assertEquals(2, finished.size());
    }

    @Test
    void theThreadWhosePutFailedSkipsTheFinishingStep() {
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        assertThrows(IllegalStateException.class, () -> IndexingThreads.<Integer>run(
                each -> IntStream.range(0, 100).forEach(each::accept),
                d -> {
                    if (d == 7) {
                        failed.add(Thread.currentThread().getName());
                        throw new IllegalStateException("disk full");
                    }
                }, () -> finished.add(Thread.currentThread().getName()), 2, p -> { }));
        assertEquals(1, failed.size());
        assertTrue(!finished.contains(failed.get(0)), "finished after its put failed: " + finished);
    }

    @Test
    void aFailedPutStopsTheRebuildAndIsThrown() {
        IllegalStateException broken = new IllegalStateException("disk full");
        int[] read = {0};
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> IndexingThreads.<Integer>run(
                each -> IntStream.range(0, 100_000).forEach(i -> {
                    read[0]++;
                    each.accept(i);
                }),
                d -> {
                    if (d == 37) {
                        throw broken;
                    }
                }, 2, s -> { }));
        assertSame(broken, thrown);
        assertTrue(read[0] < 100_000, "the reading stopped early: " + read[0]);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("indexing-")),
                "the indexing threads ended");
    }
}
