package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CorrectionStore;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.document.MetadataField;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;

/**
 * A run killed after the catalog's commit but before the index's leaves archived documents the
 * index lacks; the next ingest (whatever files it is given) indexes them before anything else.
 */
class IndexCatchUpTest {
    @TempDir
    Path tmp;

    @Test
    void theNextIngestIndexesWhatAnInterruptedRunLeftOutOfTheIndex() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("a.txt"), "Thông báo về lịch tiếp công dân tháng mười", StandardCharsets.UTF_8);
        Files.writeString(first.resolve("b.txt"), "Kế hoạch giám sát chuyên đề thủy lợi nội đồng", StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(first.resolve("dinh-kem.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("to-trinh.txt"));
            zip.write("Tờ trình về phương án khoanh nuôi rừng phòng hộ".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path data = tmp.resolve("data");
        long plain;
        long entry;
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            IngestReport r = archive.ingest(List.of(first), line -> { });
            assertEquals(4, r.added().size(), r.summary());
            plain = r.added().stream().filter(a -> a.path().endsWith("b.txt")).findFirst().orElseThrow().id();
            entry = r.added().stream().filter(a -> a.path().endsWith("!/to-trinh.txt")).findFirst().orElseThrow().id();
        }
        // The gap a kill leaves: catalog rows present, their index documents absent.
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            index.delete(plain);
            index.delete(entry);
            index.commit();
        }
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(second.resolve("c.txt"), "Báo cáo thẩm tra dự toán ngân sách", StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            // Listed in id order; which of the two got the lower id depends on the extraction threads.
            assertEquals(List.of(Math.min(plain, entry), Math.max(plain, entry)), archive.check().missingFromIndex(),
                    "the gap is there before the ingest");
            assertEquals(0, archive.search(SearchRequest.of("khoanh nuôi rừng")).total());

            // Another folder entirely: the gap is found through the counts, not through the files given.
            IngestReport r = archive.ingest(List.of(second), line -> { });
            assertEquals(2, r.reindexed(), r.summary());
            assertTrue(r.summary().contains("indexed 2 archived documents the search index lacked"), r.summary());
            assertTrue(archive.check().consistent(), String.join("\n", archive.check().lines(10)));
            assertEquals(1, archive.search(SearchRequest.of("khoanh nuôi rừng")).total(), "the zip's entry is searchable again");
            assertEquals(1, archive.search(SearchRequest.of("thủy lợi nội đồng")).total());

            IngestReport again = archive.ingest(List.of(first), line -> { });
            assertEquals(0, again.reindexed(), again.summary());
            assertFalse(again.summary().contains("search index lacked"), again.summary());
        }
    }

    @Test
    void serveCatchesUpAtStartWithoutAnIngest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Quyết định thành lập tổ công tác liên ngành", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        long id;
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            id = archive.ingest(List.of(in), line -> { }).added().get(0).id();
        }
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            index.delete(id);
            index.commit();
        }
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(1, archive.indexWhatTheIndexLacks());
            assertEquals(0, archive.indexWhatTheIndexLacks(), "nothing left to do");
            assertEquals(1, archive.search(SearchRequest.of("tổ công tác liên ngành")).total());
        }
    }

    /** An archive of one text file, in {@code data}; returns the document's id. */
    private long archiveOf(Path data, String text) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), text, StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            return archive.ingest(List.of(in), line -> { }).added().get(0).id();
        }
    }

    /** What a correction does before its index commit, then the kill: the mark and the catalog row, not the index. */
    private static void correctTitleAndDie(Path data, long id, String title) {
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db"))) {
            new IndexPending(catalog).mark(List.of(id));
            new CorrectionStore(catalog).apply(id, List.of(MetadataChange.set(MetadataField.TITLE, title)),
                    "Văn thư", Optional.empty(), java.time.Instant.now());
        }
    }

    @Test
    void aCorrectionKilledBeforeItsIndexCommitIsIndexedAgainAtTheNextStart() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveOf(data, "Kế hoạch kiểm tra công tác thu ngân sách xã");
        correctTitleAndDie(data, id, "Phòng chống lụt bão mùa mưa");
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(0, archive.search(SearchRequest.of("phòng chống lụt bão")).total(), "the index is stale before");
            assertEquals(List.of(id), archive.check().staleInIndex(), "`vanthu check` reports it");
            assertFalse(archive.check().consistent());
            assertEquals(1, archive.indexWhatTheIndexLacks(), "the counts agree: only the mark finds it");
            assertEquals(1, archive.search(SearchRequest.of("phòng chống lụt bão")).total());
            assertEquals(0, archive.indexWhatTheIndexLacks(), "the mark is cleared");
            assertTrue(archive.check().consistent(), String.join("\n", archive.check().lines(10)));
        }
    }

    @Test
    void aDocumentBothMissingAndMarkedIsRepairedOnceAndCountedOnce() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveOf(data, "Báo cáo kết quả giám sát việc giải quyết đơn thư");
        correctTitleAndDie(data, id, "Giám sát xây dựng nông thôn mới");
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            index.delete(id);
            index.commit();
        }
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(List.of(id), archive.check().missingFromIndex());
            assertEquals(List.of(id), archive.check().staleInIndex());
            List<String> lines = new java.util.ArrayList<>();
            assertTrue(archive.repair(Optional.empty(), lines::add).consistent());
            assertTrue(lines.stream().anyMatch(l -> l.contains("reindexed=1,")), String.join("\n", lines));
            assertEquals(1, archive.search(SearchRequest.of("nông thôn mới")).total());
        }
    }

    @Test
    void checkRepairIndexesAMarkedDocumentAgain() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveOf(data, "Báo cáo kết quả giám sát việc giải quyết đơn thư");
        correctTitleAndDie(data, id, "Giám sát xây dựng nông thôn mới");
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertTrue(archive.repair(Optional.empty(), line -> { }).consistent());
            assertEquals(1, archive.search(SearchRequest.of("nông thôn mới")).total());
            assertEquals(0, archive.indexWhatTheIndexLacks(), "the repair cleared the mark");
        }
    }

    @Test
    void aCompletedCorrectionLeavesNoMark() throws Exception {
        Path data = tmp.resolve("data");
        long id = archiveOf(data, "Thông báo lịch tiếp công dân của Thường trực HĐND");
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertTrue(archive.correct(id, java.util.Map.of("title", Optional.of("Lịch tiếp công dân tháng mười")),
                    vn.vanthu.access.Caller.commandLine(), Optional.empty()).isPresent());
            assertEquals(1, archive.search(SearchRequest.of("tiếp công dân tháng mười")).total());
        }
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db"))) {
            assertEquals(List.of(), new IndexPending(catalog).ids());
        }
    }
}
