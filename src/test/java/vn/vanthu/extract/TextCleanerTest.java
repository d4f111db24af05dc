package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nhândân|nhân dân",
        "Hội đồng nhândân huyện|Hội đồng nhân dân huyện",
        "ngày03 tháng 11|ngày 03 tháng 11",
        "ngày 14 tháng11 năm2016|ngày 14 tháng 11 năm 2016",
        "03tháng|03 tháng",
        "Điều5. Hiệu lực|Điều 5. Hiệu lực",
        "hộiđồngnhân|hội đồng nhân",
        "tỉnhHàng Sơn|tỉnh Hàng Sơn",
        "CÔNG CHỨC1|CÔNG CHỨC 1",
        "NHÂNDÂN|NHÂN DÂN",
    })
    void splitsGluedSyllables(String glued, String expected) {
        assertEquals(expected, GluedSyllableSplitter.split(glued));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hoàngan", // hoàng an or hoàn gan: two readings
        "Đắk Lắk", "Microsoft online", "data", "QH11", "32/2004/QH11", "A4", "m2", "H5N1", "COVID-19",
        "15/2020/NQ-HĐND", "KT-XH", "triệ", "phiê", "nhân dân", "Nguyễn Văn A", "iPhone", "5ha", "1a",
        "Vie\u0323\u0302t Nam"})
    void leavesEverythingElse(String text) {
        assertEquals(text, GluedSyllableSplitter.split(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kế hoạch số 40/KH-\\nHĐND ngày 14/11/2016|Kế hoạch số 40/KH-HĐND ngày 14/11/2016",
        "số 40/\\nKH-HĐND|số 40/KH-HĐND",
        "Nghị quyết số 15/2020/\\nNQ-HĐND|Nghị quyết số 15/2020/NQ-HĐND",
        "ngày 14/11/\\n2016|ngày 14/11/2016",
        "số 40\\n/KH-HĐND|số 40/KH-HĐND",
        "Ban KT-\\nXH|Ban KT-XH",
        "nhiệm kỳ 2016-\\n2021|nhiệm kỳ 2016-2021",
        "nghi-\\nêng|nghiêng",
    })
    void joinsNumbersAndWordsCutAtALineEnd(String cut, String expected) {
        assertEquals(expected, TextCleaner.clean(cut.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kinh tế -\nxã hội", "kinh tế-\nxã hội", "và/\nhoặc", "Hội đồng-\nHội nghị", "A/\nB",
        "điểm a khoản 1-\nđiểm b", "Điều 3.\n4. Nội dung"})
    void leavesOtherLineEnds(String text) {
        assertEquals(text, TextCleaner.clean(text));
    }

    private static final String[] SENTENCES = {
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị của Chánh Văn phòng Hội đồng nhân dân huyện,",
        "Thường trực Hội đồng nhân dân huyện chủ trì, phối hợp với Ủy ban nhân dân huyện.",
        "Các Ban của Hội đồng nhân dân thẩm tra báo cáo, đề án, tờ trình.",
        "Đại biểu thảo luận tại tổ và tại hội trường.",
        "Kỳ họp thứ ba đã thông qua 12 nghị quyết.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện tham dự.",
        "Công tác chuẩn bị tài liệu còn chậm.",
    };

    private static final String[] PAGE_WORDS = {"không", "một", "hai", "ba", "bốn", "năm"};

    @Test
    void dropsRepeatedHeadersFootersAndPageNumbers() {
        StringBuilder doc = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int p = 1; p <= 5; p++) {
            if (p > 1) {
                doc.append('\f');
                expected.append('\f');
            }
            doc.append("CÔNG BÁO/Số ").append(10 + p).append("/Ngày 0").append(p).append("-01-2021\n");
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 3 + p; k++) {
                body.append(SENTENCES[(p * 3 + k) % SENTENCES.length]).append(" (trang ").append(PAGE_WORDS[p])
                    .append(")\n");
                if (k == 1) {
                    body.append("Hội đồng nhân dân xem xét.\n"); // repeated on every page, inside the body
                }
            }
            doc.append(body).append("Trang ").append(p).append("/5\n");
            expected.append(body);
        }
        TextCleaner.Cleaned c = TextCleaner.cleanWithCounts(doc.toString());
        assertEquals(expected.toString(), c.text());
        assertEquals(10, c.headerFooterLines());
    }

    @Test
    void dropsPageNumbersThatCountWithThePages() {
        String doc = "Nội dung một\n1\fNội dung hai\n2\fNội dung ba\n3\fBảng\n7\n8\n9\n4";
        assertEquals("Nội dung một\fNội dung hai\fNội dung ba\fBảng\n7\n8\n9", TextCleaner.clean(doc));
    }

    @Test
    void keepsNumbersAndRepeatsThatAreContent() {
        // table cells and a repeated body line in a two-page text: content, not furniture
        String doc = "STT\n1\n2\nĐồng ý\nĐồng ý\nĐồng ý\fKết luận\n3\nĐồng ý";
        assertEquals(doc, TextCleaner.clean(doc));
    }

    @Test
    void explicitPageMarkersGoEvenWithoutPageBreaks() {
        assertEquals("Một\nHai\nBa", TextCleaner.clean("Một\nTrang 1/2\nHai\n- 2 -\nBa"));
    }

    @Test
    void countsEachKindOfChange() {
        TextCleaner.Cleaned c = TextCleaner.cleanWithCounts("Trang 1\nsố 40/KH-\nHĐND về nhândân ngày03");
        assertEquals("số 40/KH-HĐND về nhân dân ngày 03", c.text());
        assertEquals(1, c.headerFooterLines());
        assertEquals(0, c.joinedNumbers());
        assertEquals(1, c.joinedHyphenations());
        assertEquals(2, c.splitSyllables());
        assertEquals(4, c.changes());
    }
}
