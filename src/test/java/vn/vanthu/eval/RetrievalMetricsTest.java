package vn.vanthu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {
    private static final Map<String, Integer> JUDGED = Map.of("a", 1, "b", 1);

    @Test
    void perfectRankingScoresOne() {
        assertEquals(1.0, RetrievalMetrics.ndcg(List.of("a", "b", "x"), JUDGED, 10), 1e-9);
        assertEquals(1.0, RetrievalMetrics.reciprocalRank(List.of("a", "b"), JUDGED, 10), 1e-9);
    }

    @Test
    void ndcgDiscountsByLogOfRank() {
        // relevant at ranks 2 and 3: (1/log2(3) + 1/log2(4)) / (1 + 1/log2(3))
        double expected = (1 / log2(3) + 0.5) / (1 + 1 / log2(3));
        assertEquals(expected, RetrievalMetrics.ndcg(List.of("x", "a", "b"), JUDGED, 10), 1e-9);
    }

    @Test
    void cutOffsApply() {
        List<String> ranked = List.of("x", "y", "a");
        assertEquals(0.0, RetrievalMetrics.ndcg(ranked, JUDGED, 2), 1e-9);
        assertEquals(0.0, RetrievalMetrics.reciprocalRank(ranked, JUDGED, 2), 1e-9);
        assertEquals(1.0 / 3, RetrievalMetrics.reciprocalRank(ranked, JUDGED, 10), 1e-9);
        assertEquals(0.5, RetrievalMetrics.recall(ranked, JUDGED, 10), 1e-9);
        assertEquals(0.0, RetrievalMetrics.recall(ranked, JUDGED, 2), 1e-9);
    }

    @Test
    void nothingJudgedScoresZero() {
        assertEquals(0.0, RetrievalMetrics.ndcg(List.of("a"), Map.of(), 10), 1e-9);
        assertEquals(0.0, RetrievalMetrics.recall(List.of("a"), Map.of(), 10), 1e-9);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
