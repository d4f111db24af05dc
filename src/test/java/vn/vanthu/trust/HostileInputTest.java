package vn.vanthu.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.ingest.IngestReport;

/**
 * The hostile corpus without its big files (scripts/hostile-test ingests all of it in a 512 MB
 * JVM): every file ends as a document or a failure with a reason, and the archive stays sound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    @TempDir
    static Path tmp;
    List<Path> corpus;
    IngestReport report;
    final Map<String, String> failures = new HashMap<>();
    final Map<String, Long> documents = new HashMap<>();
    Archive archive;

    @BeforeAll
    void ingestTheHostileCorpus() throws Exception {
        corpus = HostileCorpus.write(tmp.resolve("hostile"), false);
        archive = Archive.open(tmp.resolve("data"), IndexConfig.bundled());
        report = archive.ingest(List.of(tmp.resolve("hostile")), line -> { });
        report.failed().forEach(f -> failures.put(Path.of(f.path()).getFileName().toString(), f.reason()));
        report.added().forEach(a -> documents.put(Path.of(a.path()).getFileName().toString(), a.id()));
    }

    @AfterAll
    void close() {
        archive.close();
    }

    @Test
    void everyFileEndsAsADocumentOrAFailureWithAReason() {
        Set<String> seen = new TreeSet<>(failures.keySet());
        seen.addAll(documents.keySet());
        Set<String> expected = new TreeSet<>();
        corpus.forEach(p -> expected.add(p.getFileName().toString()));
        // Zip entries are reported too (as documents or failures of their own): every file must be there.
        assertTrue(seen.containsAll(expected), "not accounted for: " + expected.stream().filter(e -> !seen.contains(e)).toList());
        failures.forEach((file, reason) -> assertFalse(reason.isBlank(), file));
        assertTrue(documents.containsKey("valid-control.pdf"));
        assertTrue(documents.containsKey("valid-control.docx"));
    }

    @Test
    void theFailuresSayWhatIsWrong() {
        assertTrue(failures.get("empty.txt").contains("empty"), failures.get("empty.txt"));
        assertTrue(failures.get("encrypted.pdf").contains("encrypted"), failures.get("encrypted.pdf"));
        assertTrue(failures.containsKey("encrypted.docx"), "an encrypted .docx cannot be read");
        assertTrue(failures.get("zip-bomb.zip").contains("zip bomb"), failures.get("zip-bomb.zip"));
        assertTrue(failures.get("garbage.doc") != null, "random bytes are not a document");
    }

    @Test
    void aZipBombInsideADocxSaysItExpandsBeyondTheLimitInTheSummaryAndInFailures() {
        String reason = failures.get("zip-bomb-inside.docx");
        assertTrue(reason != null && reason.contains("expands beyond the limit when decompressed")
                && reason.contains("word/document.xml") && reason.contains("limit: 200× per part"), reason);
        assertTrue(report.summary().contains("zip-bomb-inside.docx: " + reason), report.summary());
        assertTrue(archive.failures().stream().anyMatch(f -> f.path().endsWith("zip-bomb-inside.docx") && f.reason().equals(reason)),
                "vanthu failures lists it with the same reason");
    }

    @Test
    void entityDeclarationsAreRefusedForWhatTheyAre() {
        for (String file : List.of("xml-entity-bomb.docx", "xml-external-entity.docx")) {
            String reason = failures.get(file);
            assertTrue(reason != null && reason.contains("declares XML entities"), file + ": " + reason);
        }
    }

    @Test
    void anEncryptedDocxIsReportedAsEncrypted() {
        assertTrue(failures.get("encrypted.docx").contains("encrypted"), failures.get("encrypted.docx"));
    }

    @Test
    void aDocxThatInflatesToOneGigabyteFailsAloneUnderHalfAGigabyteOfHeap() throws Exception {
        Path dir = tmp.resolve("bomb");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("a-bomb.docx"), HostileCorpus.docxWithHugeBody(1L << 30));
        SmallDocuments.write(dir, 1, 7);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.vanthu.cli.Main", "ingest", "--data",
                tmp.resolve("bomb-data").toString(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("failed " + dir.resolve("a-bomb.docx")), out);
        assertTrue(out.contains("added " + dir.resolve("van-ban-0000.txt")), "the file after the bomb is still ingested");
    }

    @Test
    void entitiesAreNeitherExpandedNorResolved() {
        String text = text("xml-entity-bomb.docx") + text("xml-external-entity.docx");
        assertFalse(text.contains("hahahahahahahahahahaha"), "the billion laughs were expanded");
        assertFalse(text.contains("root:"), "an external entity read a local file");
    }

    @Test
    void theArchiveStaysConsistentAndSearchable() {
        assertTrue(archive.check().consistent(), String.join("\n", archive.check().lines(10)));
        assertTrue(archive.search(CrashDrill.request("kỳ họp")).total() >= 1);
    }

    private String text(String file) {
        Long id = documents.get(file);
        return id == null ? "" : archive.document(id).orElseThrow().text();
    }
}
