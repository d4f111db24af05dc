package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyTextTest {

    static final String DOCUMENT = """
        UỶ BAN NHÂN DÂN
        HUYỆN THANH SƠN
        Số: 15/2010/QĐ-UBND
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Thanh Sơn, ngày 29 tháng 11 năm 2011
        QUYẾT ĐỊNH
        Về việc ban hành quy chế tiếp công dân
        Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
        Xét đề nghị của Chánh Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân huyện,
        Điều 1. Ban hành kèm theo Quyết định này quy chế tiếp công dân của huyện.
        Điều 2. Quyết định này có hiệu lực sau 07 ngày kể từ ngày ký.
        """;

    @Test
    void repairsTcvn3Document() {
        LegacyRepair r = LegacyText.repair(Tcvn3Codec.toMojibake(DOCUMENT));
        assertEquals(DOCUMENT, r.text());
        assertEquals(Optional.of(LegacyEncoding.TCVN3), r.encoding());
        assertTrue(r.detection().confidence() > 0.5, "confidence " + r.detection().confidence());
    }

    @Test
    void repairsVniDocument() {
        LegacyRepair r = LegacyText.repair(VniCodec.toMojibake(DOCUMENT));
        assertEquals(DOCUMENT, r.text());
        assertEquals(Optional.of(LegacyEncoding.VNI), r.encoding());
    }

    @Test
    void repairsViqrDocument() {
        LegacyRepair r = LegacyText.repair(ViqrCodec.encode(DOCUMENT));
        assertEquals(DOCUMENT, r.text());
        assertEquals(Optional.of(LegacyEncoding.VIQR), r.encoding());
    }

    @Test
    void repairsCp1258ReadAsWindows1252() {
        LegacyRepair r = LegacyText.repair(Cp1258Codec.toMojibake(DOCUMENT));
        assertEquals(DOCUMENT, r.text());
        assertEquals(Optional.of(LegacyEncoding.CP1258), r.encoding());
    }

    @Test
    void theSamplesOfTheBrief() {
        assertEquals("Đảng bộ xã Tân Lập", LegacyText.repair("§¶ng bé x· T©n LËp").text());
        assertEquals("Tôi đi học ở trường", LegacyText.repair("T«i ®i häc ë tr­êng").text());
        assertEquals("ngày 29 tháng 11 năm 2011", LegacyText.repair("ngµy 29 th¸ng 11 n¨m 2011").text());
        assertEquals("Tôi đi học ở trường", LegacyText.repair("Toâi ñi hoïc ôû tröôøng").text());
    }

    @Test
    void keepsUnicodeParagraphsOfAMixedDocument() {
        String unicode = "Báo cáo này được soạn bằng Unicode.\n";
        String legacy = Tcvn3Codec.toMojibake(DOCUMENT);
        LegacyRepair r = LegacyText.repair(unicode + legacy);
        assertEquals(unicode + DOCUMENT, r.text());
    }

    @Test
    void fontNameDecidesAShortText() {
        // two words are too little evidence alone, but the font name settles it
        assertFalse(LegacyText.repair("§iÒu 5").changed());
        assertEquals("Điều 5", LegacyText.repair("§iÒu 5", Set.of("Times New Roman", ".VnTime")).text());
        // a font name alone does not convert text that shows no trace of the encoding
        assertFalse(LegacyText.repair("Công an", Set.of(".VnTime")).changed());
    }

    @Test
    void fontNamesAreRecognised() {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.fromFontName(".VnTime"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncodingDetector.fromFontName(".VnArial NarrowH"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncodingDetector.fromFontName("VNI-Times"));
        assertEquals(Optional.empty(), LegacyEncodingDetector.fromFontName("Times New Roman"));
        assertTrue(LegacyEncodingDetector.isUpperCaseTcvn3Font(".VnTimeH"));
        assertFalse(LegacyEncodingDetector.isUpperCaseTcvn3Font(".VnTime"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kỳ họp thứ ba Hội đồng nhân dân huyện khoá XI đã thành công tốt đẹp.",
        "Công an\nLê Văn A\nNgô Thì Nhậm",
        "Căn cứ Kế hoạch số 40/KH-HĐND ngày 14/11/2016 của Thường trực HĐND huyện;",
        "Công an tỉnh; Toà án; Viện kiểm sát; Mặt trận",
        "The quick brown fox jumps over the lazy dog. Is it ok? Yes, e.g. this one.",
        "Giá 25°C ± 2; © 2011 ® « trích » µg ¶ § 3",
        "Cafe\u0301 in decomposed form: Vie\u0323\u0302t Nam",
        "đ­ược soft hyphen inside a word, seen in a shared original",
    })
    void neverTouchesUnicodeOrPlainText(String text) {
        LegacyRepair r = LegacyText.repair(text);
        assertEquals(text, r.text());
        assertFalse(r.changed());
    }

    @Test
    void restoresTheUThatALostSoftHyphenTook() {
        // TCVN3 ư is byte 0xAD, the soft hyphen; seen dropped in a shared original
        assertEquals("Phương án 2: Trao đổi qua người", LegacyText.repair("Ph¬ng ¸n 2: Trao ®æi qua ng­êi").text());
        assertEquals("Phương án đổi mới", LegacyText.repair("Ph\u00AD¬ng ¸n ®æi míi").text());
        assertEquals("Thường trực nhân dân, lưu văn thư.", LegacyText.repair("Th\u200Bêng trùc nh©n d©n, l\u200Bu v¨n th.").text());
        // a syllable that is fine with ơ alone keeps it
        assertEquals("bơi lội ở đâu", LegacyText.repair("b¬i léi ë ®©u").text());
    }

    @Test
    void repairsLegacyWordsOfAHalfConvertedLine() {
        // a tool replaced TCVN3's soft hyphen by ư and left the rest (seen in a shared original)
        String text = Tcvn3Codec.toMojibake(DOCUMENT) + "1. T¹o lËp hå s¬ lưu tr÷\n";
        assertTrue(LegacyText.repair(text).text().endsWith("1. Tạo lập hồ sơ lưu trữ\n"));
    }

    @Test
    void keepsLineEnds() {
        String mojibake = Tcvn3Codec.toMojibake("Tôi đi học\r\nở trường\fhôm nay\n");
        assertEquals("Tôi đi học\r\nở trường\fhôm nay\n", LegacyText.repair(mojibake).text());
        assertEquals(List.of("a\r\n", "b\f", "c\n"), LegacyParagraphs.split("a\r\nb\fc\n"));
    }
}
