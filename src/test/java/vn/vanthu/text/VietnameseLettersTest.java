package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietnameseLettersTest {

    @Test
    void splitsToneFromVowel() {
        assertEquals(5, VietnameseLetters.tone('ộ'));
        assertEquals('ô', VietnameseLetters.toneless('ộ'));
        assertEquals('Ư', VietnameseLetters.toneless('Ừ'));
        assertEquals(VietnameseLetters.NO_TONE, VietnameseLetters.tone('ơ'));
    }

    @Test
    void putsAnyToneOnAnyVowel() {
        assertEquals('ở', VietnameseLetters.withTone('ơ', 3));
        assertEquals('Ỷ', VietnameseLetters.withTone('Ý', 3));
        assertEquals('a', VietnameseLetters.withTone('á', VietnameseLetters.NO_TONE));
        assertEquals('đ', VietnameseLetters.withTone('đ', 2));
    }

    @Test
    void knowsVowels() {
        assertTrue(VietnameseLetters.isVowel('ữ'));
        assertTrue(VietnameseLetters.isVowel('Y'));
        assertFalse(VietnameseLetters.isVowel('đ'));
        assertFalse(VietnameseLetters.isVowel('q'));
    }
}
