package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.extract.TestDocuments;
import vn.vanthu.index.SearchRequest;

/** Ingestion through the archive: zips, versions, parallel runs, retries. One archive for the class (child JVMs are slow to start). */
class ArchiveIngestionTest {
    @TempDir
    static Path data;
    private static Archive archive;
    @TempDir
    Path in;

    @BeforeAll
    static void open() {
        archive = Archive.open(data, IndexConfig.bundled());
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static IngestOptions options() {
        return IngestOptions.defaults().withThreads(2).withTimeout(Duration.ofMinutes(2));
    }

    private IngestReport ingest(Path... paths) {
        return archive.ingest(List.of(paths), options(), IngestListener.lines(s -> { }));
    }

    @Test
    void zipEntriesBecomeDocumentsLinkedToTheirContainer() throws Exception {
        byte[] inner = TestDocuments.zip("phu-luc.txt", "Phụ lục kèm theo Tờ trình số 168/TTr-UBND về dự toán".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("ho-so.zip"), TestDocuments.zip(
                "ke-hoach/kh-40.docx", TestDocuments.docx("Kế hoạch tổ chức tiếp xúc cử tri ở xã Khoa Trường"),
                "ke-hoach/", new byte[0],
                "bang.xlsx", TestDocuments.xlsx("Bảng tổng hợp kiến nghị cử tri quý bốn"),
                "long-nhau.zip", inner,
                ".DS_Store", new byte[]{1, 2, 3}));
        IngestReport r = ingest(in);
        assertEquals(List.of(), r.failed(), r.summary());
        assertEquals(5, r.added().size(), "the zip, its three files and the nested zip's file: " + r.summary());
        long container = r.added().stream().filter(a -> a.path().endsWith("ho-so.zip")).findFirst().orElseThrow().id();
        List<Long> entries = archive.entriesOf(container);
        assertEquals(3, entries.size());
        DocumentOrigin docx = archive.origin(idOf(r, "ho-so.zip!/ke-hoach/kh-40.docx")).orElseThrow();
        assertEquals(Optional.of(container), docx.containerId());
        assertEquals(Optional.of("ke-hoach/kh-40.docx"), docx.entryPath());
        long nestedZip = idOf(r, "ho-so.zip!/long-nhau.zip");
        assertEquals(Optional.of(nestedZip), archive.origin(idOf(r, "long-nhau.zip!/phu-luc.txt")).orElseThrow().containerId());
        assertEquals(1, archive.search(SearchRequest.of("tiep xuc cu tri Khoa Truong")).total());
        assertEquals(1, archive.search(SearchRequest.of("kiến nghị cử tri quý bốn")).total());
    }

    private static long idOf(IngestReport r, String pathEnd) {
        return r.added().stream().filter(a -> a.path().endsWith(pathEnd)).findFirst()
                .orElseThrow(() -> new AssertionError(pathEnd + " not in " + r.summary())).id();
    }

    @Test
    void zipBombsAndTooDeepNestingAreRefused() throws Exception {
        byte[] zeros = new byte[64 << 20];
        Files.write(in.resolve("bomb.zip"), TestDocuments.zip("zeros.txt", zeros));
        byte[] deep = TestDocuments.zip("a.txt", "sâu".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4; i++) {
            deep = TestDocuments.zip("level" + i + ".zip", deep);
        }
        Files.write(in.resolve("deep.zip"), deep);
        IngestReport r = ingest(in);
        String summary = r.summary();
        assertTrue(summary.contains("bomb.zip: zip refused: entry zeros.txt expands more than 200 times"), summary);
        assertTrue(summary.contains("zip nested deeper than 3 levels"), summary);
        assertTrue(archive.failures().stream().anyMatch(f -> f.path().endsWith("bomb.zip")));
    }

    @Test
    void changedBytesAtTheSamePathMakeANewVersionLinkedToTheOld() throws Exception {
        Path file = in.resolve("tb-18.txt");
        Files.writeString(file, "Thông báo số 18/TB-HĐND kết luận hội nghị liên tịch, bản dự thảo");
        long first = ingest(file).added().get(0).id();
        assertEquals(1, ingest(file).unchanged().size(), "the same bytes again change nothing");
        Files.writeString(file, "Thông báo số 18/TB-HĐND kết luận hội nghị liên tịch, bản chính thức");
        IngestReport second = ingest(file);
        long next = second.added().get(0).id();
        assertEquals(Optional.of(first), archive.origin(next).orElseThrow().previousVersionId());
        assertEquals(Optional.of(next), archive.nextVersion(first));
        assertTrue(second.summary().contains("new version of document " + first), second.summary());
    }

    @Test
    void manyFilesOnTwoThreadsAllArriveOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve("bc-" + i + ".txt"), "Báo cáo số " + i + "/BC-HĐND về kết quả giám sát chuyên đề lần " + i);
        }
        Files.writeString(in.resolve("copy.txt"), "Báo cáo số 7/BC-HĐND về kết quả giám sát chuyên đề lần 7");
        int before = archive.documentCount();
        List<IngestListener.FileDone> done = Collections.synchronizedList(new ArrayList<>());
        int[] started = new int[1];
        IngestReport r = archive.ingest(List.of(in), options(), new IngestListener() {
            @Override
            public void started(int files, long bytes) {
                started[0] = files;
            }

            @Override
            public void fileDone(FileDone d) {
                done.add(d);
            }
        });
        assertEquals(41, started[0]);
        assertEquals(41, done.size());
        assertEquals(40, r.added().size(), r.summary());
        assertEquals(1, r.unchanged().size(), "identical bytes on two threads are still one document");
        assertEquals(before + 40, archive.documentCount());
        assertEquals(40, r.added().stream().map(IngestReport.Added::id).distinct().count());
        assertEquals(idOf(r, "bc-39.txt"), archive.search(SearchRequest.of("39/BC-HĐND")).hits().get(0).id());
    }

    @Test
    void failedFilesCanBeRetried() throws Exception {
        Path file = in.resolve("hong.pdf");
        Files.writeString(file, "%PDF-1.4\nnot really");
        assertEquals(1, ingest(file).failed().size());
        assertTrue(archive.failures().stream().anyMatch(f -> f.path().equals(file.toString())));
        Files.write(file, TestDocuments.docx("Tài liệu đã được sửa lại đúng định dạng"));
        IngestReport retry = archive.retryFailed(options(), IngestListener.lines(s -> { }));
        assertTrue(retry.added().stream().anyMatch(a -> a.path().equals(file.toString())), retry.summary());
        assertFalse(archive.failures().stream().anyMatch(f -> f.path().equals(file.toString())));
    }
}
