package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "nhất,1", "thứ nhất,1", "hai,2", "ba,3", "thứ Ba,3", "tư,4", "bốn,4", "năm,5", "sáu,6", "bảy,7",
        "bẩy,7", "tám,8", "chín,9", "mười,10", "mười một,11", "mười hai,12", "mười tư,14", "mười lăm,15",
        "hai mươi,20", "hai mươi mốt,21", "hai mươi tư,24", "hai mươi lăm,25", "3,3", "thứ 13,13", "MƯỜI MỘT,11"
    })
    void ordinalWords(String words, int value) {
        assertEquals(Optional.of(value), VietnameseNumerals.parse(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lăm", "mốt", "họp", "một mươi", "mười nhất", "ba bốn"})
    void notNumbers(String words) {
        assertEquals(Optional.empty(), VietnameseNumerals.parse(words));
    }

    @ParameterizedTest
    @CsvSource({"I,1", "IV,4", "VI,6", "IX,9", "XI,11", "XIV,14", "XX,20", "xi,11", "MMXVI,2016"})
    void romanNumerals(String roman, int value) {
        assertEquals(Optional.of(value), RomanNumerals.parse(roman));
        assertEquals(roman.toUpperCase(), RomanNumerals.toRoman(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "IIII", "VX", "ABC", "MIXX"})
    void notRomanNumerals(String s) {
        assertEquals(Optional.empty(), RomanNumerals.parse(s));
    }
}
