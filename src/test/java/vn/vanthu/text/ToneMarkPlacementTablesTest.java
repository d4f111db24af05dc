package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ToneMarkPlacement} reads letters and final vowel pairs from tables; these tests check it
 * against the direct definition (Character.isLetter; toneless, lower-cased o+a, o+e, u+y) that the
 * tables were built from, over every letter pair of the Latin blocks (and a letter of each other block below U+1F00) and random mixed text.
 */
class ToneMarkPlacementTablesTest {
    private static final char[] BEFORE = {0, 'h', 'Q', 'ư'};

    @Test
    void everyFinalLetterPairMovesAsTheDefinitionSays() {
        List<Character> letters = new ArrayList<>();
        for (char c = 0; c < 0x1F00; c++) {
            // Latin (where o, u, a, e, y and their marked forms live) and one letter of every other block.
            if (Character.isLetter(c) && (c < 0x250 || c >= 0x1E00 || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.of(c - 1))) {
                letters.add(c);
            }
        }
        letters.add('\u1F00'); // beyond the tables: Greek, read from Character
        letters.add('\uFF41'); // fullwidth a
        for (char before : BEFORE) {
            for (char a : letters) {
                for (char b : letters) {
                    char[] word = before == 0 ? new char[] {a, b} : new char[] {before, a, b};
                    char[] expected = word.clone();
                    boolean moved = Definition.canonicalize(expected, 0, expected.length);
                    assertEquals(moved, ToneMarkPlacement.canonicalize(word, 0, word.length), () -> new String(expected));
                    assertArrayEquals(expected, word);
                }
            }
        }
    }

    @Test
    void lettersRunsSplitAsTheDefinitionSays() {
        String pool = "hoà khoẻ thuỷ Uỷ qúy HOÀ oa oe uy ÒA ỦY a1 ‐-/ .\t0\u0301\u1F00\u1F70\u4E00ǅΣ";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[1 + random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = pool.charAt(random.nextInt(pool.length()));
            }
            char[] expected = text.clone();
            boolean moved = Definition.canonicalizeRuns(expected, expected.length);
            assertEquals(moved, ToneMarkPlacement.canonicalizeRuns(text, text.length), () -> new String(expected));
            assertArrayEquals(expected, text);
        }
    }

    /** Tone placement written straight from its definition, without tables (the code before them). */
    private static final class Definition {
        static boolean canonicalizeRuns(char[] buf, int len) {
            boolean moved = false;
            int i = 0;
            while (i < len) {
                if (!Character.isLetter(buf[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < len && Character.isLetter(buf[i])) {
                    i++;
                }
                moved |= canonicalize(buf, start, i);
            }
            return moved;
        }

        static boolean canonicalize(char[] buf, int start, int end) {
            if (end - start < 2) {
                return false;
            }
            char ta = Character.toLowerCase(VietnameseLetters.toneless(buf[end - 2]));
            char tb = Character.toLowerCase(VietnameseLetters.toneless(buf[end - 1]));
            boolean oaOe = ta == 'o' && (tb == 'a' || tb == 'e');
            boolean uy = ta == 'u' && tb == 'y';
            if (!oaOe && !uy) {
                return false;
            }
            char before = end - 3 >= start ? buf[end - 3] : ' ';
            if (VietnameseLetters.isVowel(before)) {
                return false;
            }
            boolean afterQ = VietnameseLetters.fold(before) == 'q';
            if (uy && afterQ) {
                return move(buf, end - 2, end - 1);
            }
            if (afterQ) {
                return false;
            }
            return move(buf, end - 1, end - 2);
        }

        static boolean move(char[] buf, int from, int to) {
            int tone = VietnameseLetters.tone(buf[from]);
            if (tone == VietnameseLetters.NO_TONE || VietnameseLetters.tone(buf[to]) != VietnameseLetters.NO_TONE) {
                return false;
            }
            buf[from] = VietnameseLetters.toneless(buf[from]);
            buf[to] = VietnameseLetters.withTone(buf[to], tone);
            return true;
        }
    }
}
