package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class Cp1258CodecTest {

    @Test
    void repairsWindows1252ReadingOfWindows1258() {
        // V i ê + dot(0xF2) t  read as Windows-1252
        assertEquals("Việt Nam", Cp1258Codec.decode("Viêòt Nam"));
        assertEquals("Đảng bộ", Cp1258Codec.decode("ÐaÒng bôò"));
    }

    @Test
    void everyVietnameseLetterRoundTripsThroughBytes() {
        for (char c : Tcvn3CodecTest.vietnameseLetters()) {
            String s = String.valueOf(c);
            assertEquals(s, Cp1258Codec.decode(Cp1258Codec.encode(s)), "round trip of " + c);
        }
    }

    @Test
    void agreesWithTheJdkCharsetWhereItExists() {
        String s = "Người dân Việt Nam được hưởng quyền đặc biệt";
        if (Charset.isSupported("windows-1258")) {
            byte[] ours = Cp1258Codec.encode(s);
            assertEquals(s, java.text.Normalizer.normalize(new String(ours, Charset.forName("windows-1258")),
                java.text.Normalizer.Form.NFC));
        }
        assertEquals(s, Cp1258Codec.decode(Cp1258Codec.encode(s)));
    }
}
