package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

/**
 * The syllable-pair phrases are scored on the first pass's best candidates only
 * ({@link PairRescorer}): within a block the ranking is the whole query's, and pages of any size
 * read the same ranking.
 */
class PairRescoringTest {
    private static final String[] FILLER = {"hội nghị", "đại biểu", "kế hoạch", "ngân sách", "đất đai", "báo cáo",
            "thường trực", "giao thông", "trường học", "y tế"};

    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** {@code n} documents holding "cử" and "tri", together ("cử tri") in some, apart in others, at random weights. */
    private void fill(int n) {
        Random random = new Random(7);
        for (int id = 1; id <= n; id++) {
            StringBuilder text = new StringBuilder();
            int words = 20 + random.nextInt(60);
            for (int i = 0; i < words; i++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                int r = random.nextInt(30);
                if (r == 0) {
                    text.append("cử tri ");
                } else if (r == 1) {
                    text.append("cử đại biểu ");
                } else if (r == 2) {
                    text.append("tri thức ");
                }
            }
            text.append(id % 3 == 0 ? "cử tri" : "cử người tri ân");
            DocumentMetadata m = Fixtures.metadata(id + "/KH-HĐND", "KH", "Kế hoạch", "2016-11-14", "Thường trực HĐND huyện Khoa",
                    "Văn bản " + id, List.of());
            String t = text.toString();
            index.put(new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", t.length(), Instant.EPOCH, m, t, List.of()));
        }
        index.commit();
    }

    private static SearchRequest page(String q, int page, int size, boolean facets) {
        return new SearchRequest(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), SearchRequest.Sort.RELEVANCE, page, size, Optional.empty(), facets);
    }

    @Test
    void withinOneBlockTheRankingAndScoresAreTheWholeQuerys() {
        fill(90);
        for (String q : List.of("cử tri", "cu tri", "tri cử đại biểu")) {
            SearchResults found = index.search(page(q, 1, 100, false));
            // rows() runs the whole query, pairs and all, over every match.
            List<SearchHit> whole = index.rows(page(q, 1, 100, false), 100);
            assertEquals(whole.size(), found.hits().size(), q);
            assertTrue(whole.size() > 20, q + ": the documents match");
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i).id(), found.hits().get(i).id(), q + ": hit " + i);
                assertEquals(whole.get(i).score(), found.hits().get(i).score(), 1e-4, q + ": score of hit " + i);
            }
        }
    }

    @Test
    void pagesOfAnySizeReadTheSameRankingAcrossBlocks() {
        fill(260);
        for (String q : List.of("cử tri", "cu tri")) {
            for (boolean facets : new boolean[] {false, true}) {
                List<Long> by30 = pages(q, 30, facets);
                List<Long> by40 = pages(q, 40, facets);
                List<Long> by7 = pages(q, 7, facets);
                assertTrue(by30.size() >= 240, q + ": " + by30.size());
                assertEquals(by30.size(), new HashSet<>(by30).size(), q + ": no hit twice");
                assertEquals(by30, by40, q);
                assertEquals(by30, by7, q);
            }
        }
    }

    private List<Long> pages(String q, int size, boolean facets) {
        List<Long> ids = new ArrayList<>();
        for (int p = 1; ; p++) {
            SearchResults r = index.search(page(q, p, size, facets));
            r.hits().forEach(h -> ids.add(h.id()));
            if (r.hits().size() < size) {
                return ids;
            }
        }
    }

    @Test
    void aFirstPageRanksAdjacentWordsFirst() {
        fill(90);
        // Documents 3, 6, 9… end with "cử tri" as well: among the first hits, every one holds the pair.
        for (SearchHit h : index.search(page("cử tri", 1, 10, false)).hits()) {
            assertTrue(h.snippets().stream().anyMatch(s -> s.contains("<mark>cử tri</mark>")), h.id() + ": " + h.snippets());
        }
    }
}
