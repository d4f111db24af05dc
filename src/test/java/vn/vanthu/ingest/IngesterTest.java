package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchRequest;

class IngesterTest {
    @TempDir
    Path in;
    @TempDir
    Path data;

    private void write(String name, String text) throws Exception {
        Files.createDirectories(in.resolve(name).getParent());
        Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void badFilesAreReportedAndTheRunGoesOn() throws Exception {
        write("a/tb.txt", "HĐND HUYỆN KHOA\nSố: 18/TB-HĐND\nTHÔNG BÁO\nKết luận hội nghị liên tịch chuẩn bị kỳ họp thứ ba");
        write("b/same-bytes-again.txt", "HĐND HUYỆN KHOA\nSố: 18/TB-HĐND\nTHÔNG BÁO\nKết luận hội nghị liên tịch chuẩn bị kỳ họp thứ ba");
        Files.write(in.resolve("empty.doc"), new byte[0]);
        Files.write(in.resolve("broken.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(in.resolve("program.doc"), new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 62, 0});
        write(".hidden/secret.txt", "không được đọc");
        List<String> progress = new ArrayList<>();
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            IngestReport r = archive.ingest(List.of(in, in.resolve("missing.docx")), progress::add);
            assertEquals(1, r.added().size(), r.summary());
            assertEquals(1, r.unchanged().size(), "the same bytes under another name are one document: " + r.summary());
            assertEquals(List.of("broken.pdf", "empty.doc", "image.png", "missing.docx", "program.doc"),
                    r.failed().stream().map(f -> Path.of(f.path()).getFileName().toString()).sorted().toList(), r.summary());
            assertTrue(r.summary().contains("the file is empty"), r.summary());
            assertTrue(r.summary().contains("program.doc: unsupported file type application/x-"), r.summary());
            assertEquals(6, progress.size(), "one progress line per file found: " + progress);
            assertEquals(4, archive.failures().size(), "missing paths are reported, not recorded as files");
            assertEquals(1, archive.search(SearchRequest.of("hoi nghi lien tich")).total());
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheCatalog() throws Exception {
        write("tb.txt", "Thông báo kết luận hội nghị liên tịch");
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            archive.ingest(List.of(in), s -> { });
        }
        // Lose the derived index entirely: the catalog and originals are the truth.
        try (var files = Files.walk(data.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(0, archive.search(SearchRequest.of("liên tịch")).total());
            assertEquals(1, archive.reindex(s -> { }));
            assertEquals(1, archive.search(SearchRequest.of("lien tich")).total());
        }
    }

    @Test
    void eachFileIsSizedOnceForTheTotalTheOrderAndTheLimit() throws Exception {
        write("small.txt", "Thông báo kết luận hội nghị liên tịch");
        write("large.txt", "Báo cáo kết quả giám sát ".repeat(40));
        write("other/small2.txt", "Kế hoạch tổ chức kỳ họp thứ ba");
        long limit = 200;
        List<Long> started = new ArrayList<>();
        List<IngestListener.FileDone> done = new java.util.concurrent.CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void started(int files, long bytes) {
                started.add((long) files);
                started.add(bytes);
            }

            @Override
            public void fileDone(IngestListener.FileDone d) {
                done.add(d);
            }
        };
        long total;
        try (var files = Files.walk(in)) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        for (int threads : new int[]{1, 2}) {
            done.clear();
            started.clear();
            Path d = data.resolve("t" + threads);
            try (Archive archive = Archive.open(d, IndexConfig.bundled())) {
                IngestReport r = archive.ingest(List.of(in), vn.vanthu.ingest.IngestOptions.defaults().withThreads(threads)
                        .withMaxFileBytes(limit), listener);
                assertEquals(List.of(3L, total), started, "files and bytes announced before the run");
                assertEquals(2, r.added().size(), r.summary());
                assertEquals(List.of("large.txt"), r.failed().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
                assertTrue(r.summary().contains("larger than"), r.summary());
                assertEquals(total, done.stream().mapToLong(IngestListener.FileDone::bytes).sum(), "each file's bytes reported once");
                for (IngestListener.FileDone f : done) {
                    assertEquals(Files.size(Path.of(f.path())), f.bytes(), f.path());
                }
            }
        }
    }
}
