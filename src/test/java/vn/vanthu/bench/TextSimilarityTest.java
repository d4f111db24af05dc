package vn.vanthu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {
    @Test
    void lineBreaksAndSpacesDoNotCountButLettersDo() {
        assertEquals(1.0, TextSimilarity.score("Hội đồng\n\nnhân  dân", "Hội đồng nhân dân").value());
        // "hội" vs "hỏi": one character replaced = one deletion and one insertion over 34 characters.
        assertEquals(1 - 2.0 / 34, TextSimilarity.score("Hội đồng nhân dân", "Hỏi đồng nhân dân").value(), 1e-9);
        assertEquals(0.0, TextSimilarity.score("abc", "xyz").value(), 1e-9);
    }

    @Test
    void theSearchStopsAtItsBoundAndSaysSo() {
        assertEquals(3, TextSimilarity.editDistance("abcd", "abxdz", 10));
        assertEquals(-1, TextSimilarity.editDistance("abcd", "wxyz", 3));
        assertFalse(TextSimilarity.score("a".repeat(5000), "b".repeat(5000)).exact());
    }
}
