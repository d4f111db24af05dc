package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiacriticRestorerTest {
    private static final Map<String, Long> UNI = Map.of("hội", 50L, "hỏi", 80L, "hơi", 10L, "đồng", 60L,
            "dòng", 5L, "nhân", 40L, "dân", 40L, "dần", 3L, "nhận", 30L);
    private static final Map<String, Long> BI = Map.of("hội đồng", 45L, "đồng nhân", 20L, "nhân dân", 35L,
            "hỏi dân", 1L);

    @Test
    void restoresFromPairCounts() {
        DiacriticRestorer r = new DiacriticRestorer(UNI, BI);
        assertEquals(Optional.of("hội đồng nhân dân"), r.suggest("hoi dong nhan dan"));
    }

    @Test
    void withoutPairsTheMostFrequentSyllableWins() {
        DiacriticRestorer r = new DiacriticRestorer(UNI, Map.of());
        assertEquals(Optional.of("hỏi"), r.suggest("hoi"));
    }

    @Test
    void unknownWordsStayAndNothingToSuggestIsEmpty() {
        DiacriticRestorer r = new DiacriticRestorer(UNI, BI);
        assertEquals(Optional.of("hội đồng xyz"), r.suggest("hoi dong xyz"));
        assertTrue(r.suggest("xyz").isEmpty());
        assertTrue(r.suggest("  ").isEmpty());
    }
}
