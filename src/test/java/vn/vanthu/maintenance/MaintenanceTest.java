package vn.vanthu.maintenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.trust.SmallDocuments;
import vn.vanthu.web.WebServer;

class MaintenanceTest {
    @TempDir
    Path tmp;

    private Archive archiveWith(Path data, int documents) throws IOException {
        SmallDocuments.write(tmp.resolve("in"), documents, 7);
        Archive archive = Archive.open(data, IndexConfig.bundled());
        archive.ingest(List.of(tmp.resolve("in")), line -> { });
        return archive;
    }

    @Test
    void aFreshArchiveIsConsistentAndIntact() throws IOException {
        try (Archive archive = archiveWith(tmp.resolve("data"), 9)) {
            ConsistencyReport report = archive.check();
            assertTrue(report.consistent(), String.join("\n", report.lines(10)));
            assertEquals(9, report.documents());
            assertEquals(9, report.indexed());
            assertTrue(report.index().clean());
            FixityReport fixity = archive.verify(line -> { });
            assertTrue(fixity.intact());
            assertEquals(9, fixity.checked());
        }
    }

    @Test
    void repairPutsBackWhatTheIndexLostAndRemovesTemporaryFilesButKeepsOrphans() throws IOException {
        Path data = tmp.resolve("data");
        archiveWith(data, 6).close();
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            index.delete(2);
            index.put(strayCopyOf(index, data));
            index.commit();
        }
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            Path temp = Files.writeString(data.resolve("originals/ab.tmp"), "half");
            Path orphan = orphanOriginal(data);
            ConsistencyReport found = archive.check();
            assertFalse(found.consistent());
            assertEquals(List.of(2L), found.missingFromIndex());
            assertEquals(List.of(99L), found.strayInIndex());
            assertEquals(List.of(temp), found.tempFiles());
            assertEquals(List.of(orphan), found.orphanOriginals());

            ConsistencyReport after = archive.repair(Optional.empty(), line -> { });
            assertTrue(after.consistent(), String.join("\n", after.lines(10)));
            assertEquals(6, after.indexed());
            assertFalse(Files.exists(temp));
            assertTrue(Files.exists(orphan), "an original is never deleted by a repair");

            archive.repair(Optional.of(tmp.resolve("aside")), line -> { });
            assertFalse(Files.exists(orphan));
            assertTrue(archive.check().orphanOriginals().isEmpty());
        }
    }

    @Test
    void aDamagedOriginalIsFoundBySizeByTheCheckAndByHashByVerify() throws IOException {
        try (Archive archive = archiveWith(tmp.resolve("data"), 3)) {
            Path first = archive.original(1).orElseThrow();
            byte[] bytes = Files.readAllBytes(first);
            bytes[0] ^= 1;
            Files.write(first, bytes);
            assertTrue(archive.check().consistent(), "same size: the fast check cannot see it");
            FixityReport fixity = archive.verify(line -> { });
            assertFalse(fixity.intact());
            assertEquals(1L, fixity.damaged().get(0).id());

            Files.write(archive.original(2).orElseThrow(), new byte[] {1, 2, 3});
            ConsistencyReport report = archive.check();
            assertFalse(report.consistent());
            assertEquals(2L, report.wrongSize().get(0).id());
        }
    }

    @Test
    void aBackupTakenWhileServingRestoresTheSameArchive() throws Exception {
        Path data = tmp.resolve("data");
        Path backup = tmp.resolve("backups/archive.zip");
        Path restored = tmp.resolve("restored");
        List<ArchivedDocument> before;
        List<Long> hitsBefore;
        List<Long> tokenBefore;
        try (Archive archive = archiveWith(data, 12)) {
            WebServer server = WebServer.start(archive, "127.0.0.1", 0);
            try {
                BackupSummary s = Archive.backup(data, backup);
                assertEquals(12, s.documents());
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), "the server kept serving during the backup");
            } finally {
                server.close();
            }
            before = archive.documents(0, 100);
            hitsBefore = ids(archive, "kỳ họp");
            tokenBefore = ids(archive, SmallDocuments.token(4));
        }
        BackupSummary r = Archive.restore(backup, restored, IndexConfig.bundled(), false, line -> { });
        assertEquals(12, r.documents());
        try (Archive copy = Archive.open(restored, IndexConfig.bundled())) {
            assertEquals(before, copy.documents(0, 100));
            assertEquals(hitsBefore, ids(copy, "kỳ họp"));
            assertEquals(1, tokenBefore.size(), "one document holds the token");
            assertEquals(tokenBefore, ids(copy, SmallDocuments.token(4)));
            for (ArchivedDocument d : before) {
                assertArrayEquals(Files.readAllBytes(data.resolve(relative(data, d))), Files.readAllBytes(copy.original(d.id()).orElseThrow()));
            }
            assertTrue(copy.check().consistent());
            assertTrue(copy.verify(line -> { }).intact());
        }
        assertThrows(RuntimeException.class, () -> Archive.restore(backup, restored, IndexConfig.bundled(), false, line -> { }),
                "a non-empty data folder is not overwritten without --force");
        assertEquals(12, Archive.restore(backup, restored, IndexConfig.bundled(), true, line -> { }).documents());
    }

    @Test
    void aBackupWithAnEntryOutsideTheArchiveIsRefused() throws IOException {
        Path evil = tmp.resolve("evil.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        assertThrows(IllegalArgumentException.class, () -> ArchiveBackup.restore(evil, tmp.resolve("d"), false));
        assertFalse(Files.exists(tmp.resolve("escape.txt")));
    }

    private static String relative(Path data, ArchivedDocument d) {
        String sha = d.sha256();
        return "originals/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    private static List<Long> ids(Archive archive, String query) {
        return archive.search(new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, 100)).hits().stream().map(SearchHit::id).toList();
    }

    /** Document 1 under an id the catalog does not have. */
    private static ArchivedDocument strayCopyOf(SearchIndex index, Path data) {
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db"))) {
            ArchivedDocument d = catalog.get(1).orElseThrow();
            return new ArchivedDocument(99, d.sha256(), d.filename(), d.mediaType(), d.size(), d.ingestedAt(), d.metadata(),
                    d.text(), d.warnings());
        }
    }

    private static Path orphanOriginal(Path data) throws IOException {
        String sha = "00".repeat(32);
        Path p = data.resolve("originals/00/00/" + sha);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "no document");
    }
}
