package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VniCodecTest {

    @ParameterizedTest
    @CsvSource({
        "Toâi ñi hoïc, Tôi đi học",
        "Vieät Nam, Việt Nam",
        "Ngöôøi daân, Người dân",
        "Quyeát ñònh, Quyết định",
        "Uyû ban nhaân daân, Uỷ ban nhân dân",
        "Haø Noäi ngaøy 29 thaùng 11 naêm 2011, Hà Nội ngày 29 tháng 11 năm 2011",
        "ñöôïc nhöõng cuûa, được những của",
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM, CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Ñoäc laäp - Töï do - Haïnh phuùc, Độc lập - Tự do - Hạnh phúc",
        "QUYEÁT ÑÒNH, QUYẾT ĐỊNH",
        "baét aén chaúng saün ñaëc, bắt ắn chẳng sẵn đặc",
    })
    void repairsKnownMojibake(String mojibake, String expected) {
        assertEquals(expected, VniCodec.decode(mojibake));
    }

    @Test
    void everyVietnameseLetterRoundTrips() {
        for (char c : Tcvn3CodecTest.vietnameseLetters()) {
            String s = String.valueOf(c);
            assertEquals(s, VniCodec.decode(VniCodec.toMojibake(s)), "round trip of " + c);
        }
    }

    @Test
    void sentencesRoundTrip() {
        String s = "Kỳ họp thứ ba Hội đồng nhân dân huyện khoá XI, nhiệm kỳ 2016 - 2021 đã thảo luận.";
        assertEquals(s, VniCodec.decode(VniCodec.toMojibake(s)));
    }
}
