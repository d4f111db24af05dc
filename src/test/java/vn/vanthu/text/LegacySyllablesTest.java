package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacySyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nhân", "dân", "ngày", "nghiêng", "quốc", "Quyết", "ĐỊNH", "hội", "đồng", "khuya",
        "huỳnh", "Quỳnh", "giếng", "gì", "gìn", "giữ", "thuở", "xoong", "uỷ", "ủy", "hoà", "hòa", "yên", "yêu",
        "người", "được", "khoẻ", "luật", "tuyên", "chuyện", "oai", "ấy", "y", "kỳ", "mỹ", "boong",
        "tháng", "năm", "Tôi", "đi", "học", "việc", "thoăn", "khuếch", "nguệch", "huơ"})
    void wellFormedSyllables(String word) {
        assertTrue(LegacySyllables.isSyllable(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nhândân", "ngày03", "T«i", "Toâi", "ho.c", "To^i", "§¶ng", "häc", "Viêòt",
        "Microsoft", "online", "HĐND", "UBND", "QH", "hoctap", "ĐịNH", "tháP",
        // a stopped rhyme (c, ch, p, t) only takes sắc or nặng
        "hàt", "hảc", "mãp", "bềnh" + "t",
        // two tone marks
        "hóà", "", "x"})
    void malformedTokens(String word) {
        assertFalse(LegacySyllables.isSyllable(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vie\u0323\u0302t", "nha\u0302n"})
    void decomposedInputIsReadAsItsComposition(String nfd) {
        assertTrue(LegacySyllables.isSyllable(nfd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoà", "đi", "tân", "ươn"})
    void marksAreSeen(String word) {
        assertTrue(LegacySyllables.hasVietnameseMark(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoa", "Tika", "data"})
    void plainAsciiHasNoMark(String word) {
        assertFalse(LegacySyllables.hasVietnameseMark(word));
    }
}
