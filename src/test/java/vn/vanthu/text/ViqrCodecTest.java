package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViqrCodecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To^i ddi ho.c|Tôi đi học",
        "Vie^.t Nam|Việt Nam",
        "Ngu+o+`i da^n|Người dân",
        "DDa?ng bo^. ta^.p the^? ca'c|Đảng bộ tập thể các",
        "nga`y 29 tha'ng 11 na(m 2011|ngày 29 tháng 11 năm 2011",
        "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam|Cộng hòa xã hội chủ nghĩa Việt Nam",
        // sentence-final period and question mark stay punctuation
        "To^i ddi ho.c. Ba.n ddi dda^u?|Tôi đi học. Bạn đi đâu?",
        "ho. ddi ho.c|họ đi học",
        "Huye^.n uy?; xa~, thi. tra^'n|Huyện uỷ; xã, thị trấn",
        "Ba.n co' khoe? kho^ng\\?|Bạn có khoẻ không?",
    })
    void decodes(String viqr, String expected) {
        assertEquals(expected, ViqrCodec.decode(viqr));
    }

    @Test
    void everyVietnameseLetterRoundTrips() {
        for (char c : Tcvn3CodecTest.vietnameseLetters()) {
            String s = " " + c + "x";
            assertEquals(s, ViqrCodec.decode(ViqrCodec.encode(s)), "round trip of " + c);
        }
    }

    @Test
    void sentencesWithPunctuationRoundTrip() {
        String s = "Kỳ họp thứ ba (khoá XI) đã xong. Ai đi? Cô? Đại biểu đi.\nHết.";
        assertEquals(s, ViqrCodec.decode(ViqrCodec.encode(s)));
    }
}
