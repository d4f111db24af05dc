package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.config.RankingParameters.Bm25;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

class RankingSimilarityTest {
    @TempDir
    Path tmp;

    private static final RankingParameters TUNED = new RankingParameters(new Bm25(0.3f, 0.85f),
            Map.of(IndexFields.TITLE_EXACT, new Bm25(0.6f, 1.0f)));

    private static final List<String> TEXTS = List.of(
            "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba.",
            "Báo cáo tổng hợp kết quả tiếp xúc cử tri. Cử tri kiến nghị về đường giao thông, cử tri kiến nghị về trường học, "
                    + "cử tri kiến nghị về chợ, và nhiều nội dung khác của kỳ họp thứ ba Hội đồng nhân dân huyện Khoa.",
            "Thông báo kết luận hội nghị liên tịch: tổ chức tiếp xúc cử tri, tiếp xúc cử tri chuyên đề, tiếp xúc cử tri theo lĩnh vực.");

    private Map<Long, Float> scores(Path dir, RankingParameters ranking, boolean fill) {
        try (SearchIndex index = SearchIndex.open(dir, VietnameseAnalyzers.withConfig(IndexConfig.bundled()), ranking)) {
            if (fill) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    DocumentMetadata m = Fixtures.metadata((i + 1) + "/KH-HĐND", "KH", "Kế hoạch", "2016-11-14",
                            "Thường trực HĐND huyện Khoa", "Văn bản " + (i + 1), List.of());
                    index.put(new ArchivedDocument(i + 1, Long.toString(i + 1).repeat(64).substring(0, 64), i + ".txt",
                            "text/plain", 10, Instant.EPOCH, m, TEXTS.get(i), List.of()));
                }
                index.commit();
            }
            Map<Long, Float> out = new LinkedHashMap<>();
            index.search(SearchRequest.of("tiếp xúc cử tri")).hits().forEach(h -> out.put(h.id(), h.score()));
            return out;
        }
    }

    @Test
    void changedParametersActOnAnExistingIndexExactlyAsOnAFreshOne() {
        Path old = tmp.resolve("indexed-with-defaults");
        Map<Long, Float> before = scores(old, RankingParameters.LUCENE_DEFAULTS, true);
        Map<Long, Float> reopened = scores(old, TUNED, false);
        Map<Long, Float> fresh = scores(tmp.resolve("indexed-with-tuned"), TUNED, true);
        assertEquals(3, before.size());
        assertEquals(fresh, reopened, "no reindex: the same scores as an index built with the new parameters");
        assertNotEquals(before, reopened, "the parameters change the scores");
    }

    @Test
    void anUnknownFieldInTheTableIsRefusedByName() {
        RankingParameters typo = new RankingParameters(new Bm25(1.2f, 0.75f), Map.of("txet", new Bm25(1f, 0.5f)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchIndex.open(tmp.resolve("x"), VietnameseAnalyzers.withConfig(IndexConfig.bundled()), typo));
        assertTrue(e.getMessage().contains("txet") && e.getMessage().contains("title"), e.getMessage());
    }
}
