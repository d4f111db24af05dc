package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TestDocuments;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.ingest.IngestListener;
import vn.vanthu.ingest.IngestOptions;

/**
 * `vanthu ocr`: a scan ingested while Tesseract was absent is kept as "needs OCR"; once OCR is
 * there the command gives it its text, searchable, under the same id with its access level and
 * corrections. Skips where Tesseract with the Vietnamese model is not installed (`.ci/run` installs it).
 */
class OcrCommandTest {
    private static final String[] PAGE = {"HỘI ĐỒNG NHÂN DÂN HUYỆN KHOA", "Kế hoạch tổ chức tiếp xúc cử tri", "trước kỳ họp thứ ba"};

    @TempDir
    Path tmp;

    /** Ingests a scanned PDF and a scanned PNG with OCR off; returns their ids, the PDF's first. */
    private List<Long> ingestScansWithoutOcr(Path data) throws Exception {
        var img = TestDocuments.scan(PAGE);
        Assumptions.assumeTrue(img.isPresent(), "no font for Vietnamese");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("ke-hoach.pdf"), TestDocuments.scannedPdf(img.get()));
        Files.write(in.resolve("ke-hoach.png"), TestDocuments.png(img.get()));
        try (Archive archive = Archive.open(data, IndexConfig.bundled(), OcrSettings.disabled())) {
            var report = archive.ingest(List.of(in), line -> { });
            assertEquals(2, report.added().size(), report.summary());
            return report.added().stream().sorted(java.util.Comparator.comparing(a -> !a.path().endsWith(".pdf")))
                    .map(a -> a.id()).toList();
        }
    }

    @Test
    void withoutTesseractTheCommandSaysSoAndChangesNothing() throws Exception {
        Path data = tmp.resolve("data");
        List<Long> ids = ingestScansWithoutOcr(data);
        try (Archive archive = Archive.open(data, IndexConfig.bundled(), OcrSettings.disabled())) {
            assertEquals(ids.stream().sorted().toList(), archive.needingOcr());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = OcrCommand.run(archive, List.of(), IngestOptions.defaults(), IngestListener.lines(l -> { }),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, exit);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("Tesseract") && message.contains("tesseract-ocr-vie") && message.contains("2 documents need OCR"),
                    message);
            assertEquals(ids.stream().sorted().toList(), archive.needingOcr());

            // The pages say it: the search hit (found by its file name) and the document page.
            try (vn.vanthu.web.WebServer server = vn.vanthu.web.WebServer.start(archive, "127.0.0.1", 0)) {
                String hits = get(server, "/?q=" + java.net.URLEncoder.encode("ke hoach", StandardCharsets.UTF_8));
                assertEquals(2, hits.split("Cần OCR", -1).length - 1, hits);
                assertTrue(hits.contains("chỉ tìm được theo tên tệp"), hits);
                String page = get(server, "/documents/" + ids.get(0));
                assertTrue(page.contains("Cần OCR") && page.contains("vanthu ocr"), page);
            }
        }
    }

    private static String get(vn.vanthu.web.WebServer server, String path) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theCommandOcrsTheScansKeptWithoutText() throws Exception {
        Assumptions.assumeTrue(OcrSettings.detect().enabled(), "tesseract-ocr with tesseract-ocr-vie is not installed");
        Path data = tmp.resolve("data");
        List<Long> ids = ingestScansWithoutOcr(data);
        long pdf = ids.get(0);
        long png = ids.get(1);
        try (Archive archive = Archive.open(data, IndexConfig.bundled(), OcrSettings.disabled())) {
            for (long id : ids) {
                assertTrue(archive.origin(id).map(DocumentOrigin::needsOcr).orElseThrow());
                assertTrue(archive.document(id).orElseThrow().text().isBlank());
            }
            assertEquals(0, archive.as(Role.ADMIN).search(SearchRequest.of("tiếp xúc cử tri")).total());
            // What staff did to the document before it was OCRed must outlive the OCR.
            archive.as(Role.ADMIN).setAccess(pdf, AccessLevel.INTERNAL);
            archive.correct(pdf, Map.of("title", Optional.of("Kế hoạch tiếp xúc cử tri (bản quét)")), Caller.commandLine(),
                    Optional.of("đọc từ bản giấy"));
        }

        // Only the PDF is named: the PNG stays as it is.
        int exit = Main.commandLine().execute("ocr", "--data", data.toString(), "--config",
                Path.of("index-config").toAbsolutePath().toString(), "--threads", "1", Long.toString(pdf));
        assertEquals(0, exit);

        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals(List.of(png), archive.needingOcr());
            ArchivedDocument d = archive.document(pdf).orElseThrow();
            String text = Normalizer.normalize(d.text(), Normalizer.Form.NFC);
            assertTrue(text.contains("tiếp xúc cử tri"), text);
            assertFalse(d.warnings().stream().anyMatch(w -> w.startsWith("needs OCR")), d.warnings().toString());
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("vanthu ocr")), d.warnings().toString());
            assertEquals(Optional.of("Kế hoạch tiếp xúc cử tri (bản quét)"), d.metadata().title());
            assertEquals(Optional.of(AccessLevel.INTERNAL), archive.as(Role.ADMIN).accessLevel(pdf));
            var hits = archive.as(Role.ADMIN).search(SearchRequest.of("tiếp xúc cử tri")).hits();
            assertEquals(List.of(pdf), hits.stream().map(h -> h.id()).toList());
            // Internal: a visitor's search does not show it.
            assertEquals(0, archive.as(Role.ANONYMOUS).search(SearchRequest.of("tiếp xúc cử tri")).total());

            // Naming it again: nothing to do, said so.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int again = OcrCommand.run(archive, List.of(pdf), IngestOptions.defaults(),
                    IngestListener.lines(l -> { }), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertEquals(0, again);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("skipped " + pdf + ": does not need OCR"), out.toString());
        }
    }
}
