package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.access.Role;
import vn.vanthu.config.IndexConfig;

/**
 * A search leaves the access filter out only while it cannot drop anything: in an all-public
 * archive an anonymous search finds what an administrator's does, and the first confidential
 * document makes the filter needed again, so it never reaches a visitor's results.
 */
class AccessFilterNeedTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void theFilterIsLeftOutOnlyWhileEveryDocumentIsVisible() throws Exception {
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            archive.ingest(List.of(write("a.txt", "Thông báo về khai thác khoáng sản ở thượng nguồn."),
                    write("b.txt", "Báo cáo kết quả khai thác khoáng sản trong năm.")), line -> { });
            assertFalse(needed(List.of("public")), "every document is public");
            assertEquals(ids(archive, Role.ADMIN, "khai thác khoáng sản"), ids(archive, Role.ANONYMOUS, "khai thác khoáng sản"));
            assertEquals(2, ids(archive, Role.ANONYMOUS, "khai thác khoáng sản").size());

            // "MẬT" in the header: confidential from ingestion on.
            archive.ingest(List.of(write("mat.txt", "MẬT\nBáo cáo về khai thác khoáng sản trái phép.")), line -> { });
            assertTrue(needed(List.of("public")), "a confidential document is hidden from the public");
            assertTrue(needed(List.of("public", "internal")));
            assertFalse(needed(List.of("public", "internal", "confidential")));
            assertEquals(3, ids(archive, Role.ADMIN, "khai thác khoáng sản").size());
            assertEquals(ids(archive, Role.ANONYMOUS, "khai thác khoáng sản").size(), 2, "the confidential report stays hidden");
        }
    }

    private boolean needed(List<String> visible) throws Exception {
        try (FSDirectory dir = FSDirectory.open(data.resolve("index")); DirectoryReader reader = DirectoryReader.open(dir)) {
            return AccessFilterNeed.needed(reader, visible);
        }
    }

    private static List<Long> ids(Archive archive, Role role, String query) {
        return archive.as(role).search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }
}
