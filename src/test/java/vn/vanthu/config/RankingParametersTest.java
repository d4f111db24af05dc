package vn.vanthu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.config.RankingParameters.Bm25;

class RankingParametersTest {
    @Test
    void defaultsAndPerFieldValuesWithTheMissingHalfFromTheDefault() {
        RankingParameters p = RankingParameters.parse(List.of("k1 = 0.4", "b=0.9", "text_bi.k1 = 0.8", "title.b = 0.5"));
        assertEquals(new Bm25(0.4f, 0.9f), p.defaults());
        assertEquals(new Bm25(0.8f, 0.9f), p.of("text_bi"));
        assertEquals(new Bm25(0.4f, 0.5f), p.of("title"));
        assertEquals(new Bm25(0.4f, 0.9f), p.of("text"));
    }

    @Test
    void anEmptyTableMeansLucenesDefaults() {
        assertEquals(RankingParameters.LUCENE_DEFAULTS, RankingParameters.parse(List.of()));
    }

    @Test
    void badLinesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankingParameters.parse(List.of("k1 0.4")))
                .getMessage().contains("k1 0.4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankingParameters.parse(List.of("k1 = much")))
                .getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankingParameters.parse(List.of("text.k3 = 1")))
                .getMessage().contains("text.k3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RankingParameters.parse(List.of("b = 1.5")))
                .getMessage().contains("between 0 and 1"));
        assertThrows(IllegalArgumentException.class, () -> RankingParameters.parse(List.of("k1 = -1")));
    }

    @Test
    void theOfficesFileWinsOverTheBundledOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RankingParameters.TABLE), "# tuned here\nk1 = 0.9\n");
        assertEquals(new Bm25(0.9f, 0.75f), IndexConfig.at(dir).ranking().defaults());
        RankingParameters bundled = IndexConfig.bundled().ranking();
        assertEquals(bundled, IndexConfig.at(dir.resolve("missing")).ranking());
        assertEquals(RankingParameters.LUCENE_DEFAULTS, IndexConfig.at(dir).withRanking(RankingParameters.LUCENE_DEFAULTS).ranking());
    }
}
