package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.access.Role;
import vn.vanthu.config.IndexConfig;

/**
 * The did-you-mean of a caller is built from what that caller may see: a word, or a count, that
 * only hidden documents hold never shapes an anonymous visitor's suggestion. Public documents say
 * "tiếng vang" twice and "vàng" once; confidential ones say "vàng" many times and hold the unique
 * word "khoáng". Searching the whole archive, "vang" is "vàng"; for the public it is already the
 * commonest spelling, so nothing is suggested.
 */
class SuggestionVisibilityTest {
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    private static Archive archive;

    @BeforeAll
    static void start() throws Exception {
        archive = Archive.open(data, IndexConfig.bundled());
        List<Path> in = new ArrayList<>();
        in.add(write("cong-khai-1.txt", "Thông báo về hội nghị. Tiếng vang của phong trào thi đua lan rộng."));
        in.add(write("cong-khai-2.txt", "Báo cáo kết quả. Phong trào tạo tiếng vang trong nhân dân."));
        in.add(write("cong-khai-3.txt", "Kế hoạch trồng cây. Lá cây ngả màu vàng vào mùa thu."));
        for (int i = 1; i <= 5; i++) {
            // "MẬT" in the header: confidential from ingestion on.
            in.add(write("mat-" + i + ".txt", "MẬT\nBáo cáo số " + i + " về khai thác vàng và khoáng sản trái phép, "
                    + "vàng khai thác lậu ở thượng nguồn."));
        }
        archive.ingest(in, line -> { });
        assertEquals(3, archive.as(Role.ANONYMOUS).documents(0, 10).size(), "five documents are confidential");
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Optional<String> suggestion(Role role, String query) {
        return archive.as(role).search(SearchRequest.of(query)).suggestion();
    }

    @Test
    void aWordOnlyHiddenDocumentsHoldIsNeverSuggested() {
        assertEquals(Optional.of("khai thác khoáng sản"), suggestion(Role.ADMIN, "khai thac khoang san"));
        // Every one of these words is only in the confidential reports: nothing at all is offered to others.
        assertEquals(Optional.empty(), suggestion(Role.ANONYMOUS, "khai thac khoang san"));
        assertEquals(Optional.empty(), suggestion(Role.ANONYMOUS, "khoang"));
        assertEquals(Optional.empty(), suggestion(Role.STAFF, "khoang"));
    }

    @Test
    void hiddenWordCountsDoNotChooseThePublicsSpelling() {
        assertEquals(Optional.of("vàng"), suggestion(Role.ADMIN, "vang"), "five hidden reports outweigh two public uses");
        // For the public "vang" (two documents) is commoner than "vàng" (one): nothing to suggest.
        assertEquals(Optional.empty(), suggestion(Role.ANONYMOUS, "vang"));
        assertEquals(Optional.of("tiếng vang"), suggestion(Role.ANONYMOUS, "tieng vang"));
    }
}
