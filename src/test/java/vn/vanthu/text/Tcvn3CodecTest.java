package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tcvn3CodecTest {

    /** The 134 Vietnamese letters with marks: 12 vowels (and đ) × tones, both cases. */
    static Set<Character> vietnameseLetters() {
        Set<Character> out = new HashSet<>();
        String[] bases = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (String b : bases) {
            for (String t : tones) {
                String lower = Normalizer.normalize(b + t, Normalizer.Form.NFC);
                out.add(lower.charAt(0));
                out.add(lower.toUpperCase().charAt(0));
            }
        }
        out.add('đ');
        out.add('Đ');
        out.removeIf(c -> c < 0x80); // plain a e i o u y
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "T«i ®i häc, Tôi đi học",
        "§¶ng bé, Đảng bộ",
        "ngµy 29 th¸ng 11 n¨m 2011, ngày 29 tháng 11 năm 2011",
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam, Cộng hoà xã hội chủ nghĩa Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc, Độc lập - Tự do - Hạnh phúc",
        "Uû ban nh©n d©n tØnh, Uỷ ban nhân dân tỉnh",
        "ng­êi d©n n­íc ta ®­îc, người dân nước ta được",
        "sö dông nh÷ng c¬ quan, sử dụng những cơ quan",
        "b»ng s½n ch¼ng b¾t ®Æc, bằng sẵn chẳng bắt đặc",
        "chuÈn dÉn kÌm trÎ sÏ nhÑ, chuẩn dẫn kèm trẻ sẽ nhẹ",
        "nguyÔn chÝnh vßng nhá râ tï, nguyễn chính vòng nhỏ rõ tù",
        "kú kü mçi tæ ngò hîp vÒ kiÓm, kỳ kỹ mỗi tổ ngũ hợp về kiểm",
        "ch­¬ng tr×nh thø chøc tõ, chương trình thứ chức từ",
    })
    void repairsKnownMojibake(String mojibake, String expected) {
        assertEquals(expected, Tcvn3Codec.decode(mojibake));
    }

    @Test
    void everyLowerCaseLetterAndTheSevenBaseCapitalsRoundTrip() {
        for (char c : vietnameseLetters()) {
            byte[] b = Tcvn3Codec.encode(String.valueOf(c));
            assertEquals(1, b.length);
            int code = b[0] & 0xFF;
            assertTrue(code >= 0xA1, c + " must be typed in 0xA1–0xFF, got " + Integer.toHexString(code));
            char back = Tcvn3Codec.decode(Tcvn3Codec.toMojibake(String.valueOf(c))).charAt(0);
            if (Character.isLowerCase(c) || "ĂÂÊÔƠƯĐ".indexOf(c) >= 0) {
                assertEquals(c, back, "round trip of " + c);
            } else {
                // capitals are either in 0xA1–0xFF too, or typed as the lower-case byte (.VnTimeH)
                assertEquals(Character.toLowerCase(c), Character.toLowerCase(back), "round trip of " + c);
            }
        }
    }

    @Test
    void fullTableCoversEveryLetterOnceAndOnlyLetters() {
        Set<Character> seen = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            char c = Tcvn3Codec.byteToChar(b);
            if (c >= 0x80 && Character.isLetter(c)) {
                assertTrue(seen.add(c), "duplicate " + c + " at " + Integer.toHexString(b));
            }
        }
        assertEquals(vietnameseLetters(), seen);
    }

    @Test
    void separateToneBytesComposeWithTheirVowel() {
        // 0xB0–0xB4 are the five tones as separate characters
        assertEquals("hoà", Tcvn3Codec.decode(new byte[] {'h', 'o', 'a', (byte) 0xB0}));
        assertEquals("ạ", Tcvn3Codec.decode("a\u00B4"));
    }

    @Test
    void windows1252PunctuationIsKept() {
        assertEquals("“Tôi” – đi…", Tcvn3Codec.decode("“T«i” – ®i…"));
    }
}
