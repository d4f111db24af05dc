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
        "hai mươi,20", "hai mươi mốt,21", "hai mươi tư,24", "hai mươi lăm,25", "3,3", "thứ 13,13", "MƯỜI MỘT,11",
        "ba mươi,30", "hai mươi một,21", "hai mươi bốn,24", "hai mươi năm,25", "hai mươi nhăm,25", "mười năm,15",
        "bốn mươi,40", "chín mươi chín,99", "Ba Mươi Mốt,31", "hai chục,20", "một trăm,100", "một trăm linh năm,105",
        "một trăm lẻ tư,104", "hai trăm mười,210", "một trăm hai mươi lăm,125"
    })
    void ordinalWords(String words, int value) {
        assertEquals(Optional.of(value), VietnameseNumerals.parse(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lăm", "mốt", "họp", "một mươi", "mười nhất", "ba bốn", "mười mốt", "hai mươi nhất",
        "trăm", "linh năm", "một trăm năm", "một trăm linh", "hai mươi lăm ba", "mươi"})
    void notNumbers(String words) {
        assertEquals(Optional.empty(), VietnameseNumerals.parse(words));
    }

    /** The number opening a text, where it ends; the words after it are not part of it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hai mươi lăm, HĐND tỉnh      | 25 | hai mươi lăm",
        "ba HĐND huyện                | 3  | ba",
        "ba mươi khóa X               | 30 | ba mươi",
        "hai mươi\\nmốt của HĐND       | 21 | hai mươi\\nmốt",
        "mười năm 2019                | 10 | mười",
        "hai mươi năm nay             | 20 | hai mươi",
        "hai mươi năm, HĐND           | 25 | hai mươi năm",
        "Hai, ngày 5 tháng 12         | 2  | Hai",
        "13 khóa XX                   | 13 | 13",
        "tư năm 2017                  | 4  | tư",
    })
    void leadingNumbers(String text, int value, String taken) {
        String t = text.replace("\\n", "\n");
        String words = taken.replace("\\n", "\n");
        assertEquals(Optional.of(new VietnameseNumerals.Reading(value, words.length())), VietnameseNumerals.leading(t, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HĐND", "lăm", "0 khóa", "", " ba"})
    void noLeadingNumber(String text) {
        assertEquals(Optional.empty(), VietnameseNumerals.leading(text, 0));
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
