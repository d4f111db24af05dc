package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    private static DocumentNumber parse(String s) {
        return DocumentNumber.parse(s).orElseThrow(() -> new AssertionError("not parsed: " + s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "40/KH-HĐND          | 40  |      | KH   | HĐND",
        "32/2004/QH11        | 32  | 2004 |      | QH11",
        "01/2011/TT-BNV      | 01  | 2011 | TT   | BNV",
        "61/CV-HĐND          | 61  |      | CV   | HĐND",
        "4532/UBND-KSTTHC    | 4532|      |      | UBND-KSTTHC",
        "12/UBND-VP          | 12  |      |      | UBND-VP",
        "21-LCT/HDNN8        | 21  |      |      | LCT/HDNN8",
        "15/2020/NQ-HĐND     | 15  | 2020 | NQ   | HĐND",
        "73-CP               | 73  |      |      | CP",
        "23-L/CTN            | 23  |      | L    | CTN",
        "522b/NQ-UBTVQH13    | 522b|      | NQ   | UBTVQH13",
        "04/1999/TT-BCA(C13) | 04  | 1999 | TT   | BCA(C13)",
        "1804/QĐ-TTg         | 1804|      | QĐ   | TTg",
        "12/CTr-UBND         | 12  |      | CTr  | UBND",
    })
    void readsTheParts(String spelling, String number, String year, String type, String issuer) {
        DocumentNumber n = parse(spelling);
        assertEquals(number, n.number());
        assertEquals(year == null ? Optional.empty() : Optional.of(Integer.valueOf(year)), n.year());
        assertEquals(type == null ? "" : type, n.typeCode());
        assertEquals(issuer, n.issuerCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01/HĐ-HĐND       | 01/HD-HĐND",
        "40/KH-HĐND       | 40 / KH - HDND",
        "40/KH-HĐND       | 040/kh-hđnd",
        "40/KH-HĐND       | 40/KH–HĐND",
        "50/2022/NĐ-CP    | 50/2022/NĐ_CP",
        "89/2015/NĐ-CP    | 89/2015/NÐ-CP",
        "55/2018/TT-BGTVT | 55/2018/tt-bgtvt",
        "75/2000/TTLT-BTC-GDĐT | 75/2000/TTLT/BTC-GDĐT",
        "01/2016/NQ-HĐTP  | 01/2016/NQ.HĐTP",
        "12/UBND-VP       | 12/UBND-VP",
    })
    void spellingsOfOneNumberShareAKey(String a, String b) {
        assertEquals(parse(a).key(), parse(b).key());
    }

    @Test
    void keyIsUpperCaseWithoutLeadingZerosAndWithDFolded() {
        assertEquals("1/HD-HDND", parse("01/HĐ-HĐND").key());
        assertEquals("32/2004/QH11", parse("32/2004/QH11").key());
        assertEquals("522B/NQ-UBTVQH13", parse("522b/NQ-UBTVQH13").key());
    }

    @Test
    void differentNumbersHaveDifferentKeys() {
        assertTrue(!parse("40/KH-HĐND").key().equals(parse("39/KH-HĐND").key()));
        assertTrue(!parse("40/KH-HĐND").key().equals(parse("40/TB-HĐND").key()));
        assertTrue(!parse("15/2020/NQ-HĐND").key().equals(parse("15/2021/NQ-HĐND").key()));
    }

    @Test
    void draftNumberIsBlank() {
        DocumentNumber n = parse("Số:   /QĐ-UBND");
        assertTrue(n.isBlank());
        assertEquals("QĐ", n.typeCode());
        assertEquals("UBND", n.issuerCode());
    }

    @Test
    void displayWritesTheStandardForm() {
        assertEquals("40/KH-HĐND", parse("40 / KH-HĐND").display());
        assertEquals("32/2004/QH11", parse("32/2004/QH11").display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"14/11/2016", "2/6", "83,33%", "HĐND", "3/ngày", "26.06.2025", "2016-2021", "", "abc/def", "/", "01b/Form", "3/ Item", "7/Server"})
    void notDocumentNumbers(String s) {
        assertEquals(Optional.empty(), DocumentNumber.parse(s));
    }

    @Test
    void findsNumbersInRunningTextWithOffsets() {
        String text = "Căn cứ Kế hoạch số 49/KH-HĐND ngày 24/10/2016 của HĐND tỉnh, Thường trực ban hành "
                + "kế hoạch số 38/KH-HĐND ngày 28/10/2016 và Luật số 32/2004/QH11.";
        List<NumberMention> found = DocumentNumber.findAll(text);
        assertEquals(List.of("49/KH-HĐND", "38/KH-HĐND", "32/2004/QH11"),
                found.stream().map(f -> f.number().raw()).toList());
        NumberMention first = found.get(0);
        assertEquals("49/KH-HĐND", text.substring(first.start(), first.end()));
    }

    @Test
    void doesNotSwallowTheNextWordOrInventNumbersFromDates() {
        String text = "Kế hoạch số 40/KH-HĐND - Kế hoạch tiếp xúc cử tri, ngày 14/11/2016; có 2/6 TĐB; "
                + "mã 80101911/26.06.2025; 100 m3/ngày.";
        assertEquals(List.of("40/KH-HĐND"), DocumentNumber.findAll(text).stream().map(f -> f.number().raw()).toList());
    }

    @Test
    void joinsANumberBrokenAfterADash() {
        List<NumberMention> found = DocumentNumber.findAll("Thông tư số 16/2015/TT- BVHTTDL, có hiệu lực");
        assertEquals(1, found.size());
        assertEquals("16/2015/TT-BVHTTDL", found.get(0).number().display());
        List<NumberMention> spaced = DocumentNumber.findAll("Thông tư số 105 /2021/TT-BQP, có hiệu lực");
        assertEquals("105/2021/TT-BQP", spaced.get(0).number().display());
    }

    @Test
    void dropsWordsGluedAfterANumber() {
        List<NumberMention> found = DocumentNumber.findAll("theo Nghị định số 99/2022/NĐ-CP/Follow the Decree; Mẫu số 01b/Form No 01b1");
        assertEquals(List.of("99/2022/NĐ-CP"), found.stream().map(f -> f.number().raw()).toList());
    }

    @Test
    void readsANumberBrokenAcrossALine() {
        List<NumberMention> found = DocumentNumber.findAll("Quyết định kháng nghị giám đốc thẩm số 01/QĐ-VKS-\nDS ngày 04/3/2022");
        assertEquals("01/QĐ-VKS-DS", found.get(0).number().display());
    }
}
