package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentNumber;

class CitationReaderTest {

    private final CitationReader reader = new CitationReader(new DocumentTypes(IndexConfig.bundled()));

    private List<Citation> read(String text) {
        return reader.read(text, -1, -1, Optional.empty());
    }

    private static String number(Citation c) {
        return c.number().map(DocumentNumber::display).orElse("");
    }

    @Test
    void nestedCitationsEachGetTheirOwnDateAndIssuer() {
        List<Citation> cs = read("Điều 1 Thông tư số 124/2021/TT-BTC Hướng dẫn cơ chế tài chính ban hành kèm theo Quyết định số "
                + "1804/QĐ-TTg ngày 13 tháng 11 năm 2020 của Thủ tướng Chính phủ ngày 30/12/2021 của Bộ Tài chính, "
                + "có hiệu lực thi hành kể từ ngày 14/02/2022");
        assertEquals(2, cs.size());
        assertEquals("124/2021/TT-BTC", number(cs.get(0)));
        assertEquals(Optional.of(LocalDate.of(2021, 12, 30)), cs.get(0).date());
        assertEquals(Optional.of("Bộ Tài chính"), cs.get(0).issuer());
        assertEquals("1804/QĐ-TTg", number(cs.get(1)));
        assertEquals("kèm theo", cs.get(1).relation());
        assertEquals(Optional.of(LocalDate.of(2020, 11, 13)), cs.get(1).date());
        assertEquals(Optional.of("Thủ tướng Chính phủ"), cs.get(1).issuer());
    }

    @Test
    void anEffectiveDateIsNeverTheIssueDate() {
        List<Citation> cs = read("Điều 11 Luật số 32/2004/QH11, có hiệu lực thi hành kể từ ngày 01/07/2005");
        assertEquals(1, cs.size());
        assertEquals(Optional.empty(), cs.get(0).date());
        assertEquals("Luật", cs.get(0).typeName().orElseThrow());
    }

    @Test
    void relationsFromTheLeadPhrase() {
        List<Citation> cs = read("""
                Căn cứ Nghị định số 09/2010/NĐ-CP ngày 08 tháng 02 năm 2010 của Chính phủ sửa đổi, bổ sung Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư;
                Quyết định này thay thế Quyết định số 181/2003/QĐ-TTg ngày 04 tháng 9 năm 2003 của Thủ tướng Chính phủ.
                Bãi bỏ Chỉ thị số 05/CT-UBND ngày 10/3/2015 của UBND huyện.
                Trên cơ sở xem xét Tờ trình số 45/TTr-UBND ngày 01/12/2016 của UBND huyện,
                Tiếp theo Công văn số 252/VP-CTHĐND ngày 04/5/2026 của Văn phòng Đoàn ĐBQH và HĐND tỉnh;
                Theo đề nghị của Sở Tài chính tại Tờ trình số 1666/TTr-STC ngày 14 tháng 8 năm 2025;
                Ban hành kèm theo Quyết định số 09/2010/QĐ-UBND ngày 21 tháng 01 năm 2010.
                Báo cáo số 12/BC-UBND đã gửi các đại biểu.
                """);
        // Decree 09/2010 amends 110/2004, this document does not: 110/2004 is a basis like the decree that names it.
        assertEquals(List.of("căn cứ", "căn cứ", "thay thế", "bãi bỏ", "trên cơ sở xem xét", "tiếp theo", "theo", "kèm theo", "dẫn chiếu"),
                cs.stream().map(Citation::relation).toList());
        assertEquals(Optional.of("Văn phòng Đoàn ĐBQH và HĐND tỉnh"), cs.get(5).issuer());
        assertEquals("Tờ trình", cs.get(6).typeName().orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2025, 8, 14)), cs.get(6).date());
    }

    @Test
    void namedLawsAndNumberedLawsAreNotDoubled() {
        List<Citation> cs = read("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;\n"
                + "Luật này quy định về thanh tra. Theo luật định, Luật giám sát của Quốc hội và HĐND được áp dụng.");
        assertEquals(3, cs.size());
        assertEquals("63/2025/QH15", number(cs.get(0)));
        assertEquals("Luật", cs.get(0).typeName().orElseThrow());
        assertEquals(Optional.of("Bộ luật Dân sự"), cs.get(1).name());
        assertEquals(Optional.of(LocalDate.of(2015, 11, 24)), cs.get(1).date());
        assertEquals(Optional.of("Luật giám sát của Quốc hội và HĐND"), cs.get(2).name());
    }

    @Test
    void theDocumentsOwnNumberIsSkipped() {
        String text = "Số: 40/KH-HĐND\nKế hoạch số 40/KH-HĐND này thay thế Kế hoạch số 35/KH-HĐND.";
        List<Citation> cs = reader.read(text, 4, 14, Optional.of(DocumentNumber.parse("40/KH-HĐND").orElseThrow().key()));
        assertEquals(List.of("35/KH-HĐND"), cs.stream().map(CitationReaderTest::number).toList());
    }

    @Test
    void aNumbersYearRulesOutADateOfAnotherYear() {
        List<Citation> cs = read("Điều 2 Luật số 12/2017/QH14 Sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13 "
                + "ngày 20/06/2017 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2018");
        assertEquals(List.of("12/2017/QH14", "100/2015/QH13"), cs.stream().map(CitationReaderTest::number).toList());
        assertEquals(Optional.of(LocalDate.of(2017, 6, 20)), cs.get(0).date());
        assertEquals(Optional.of("Quốc hội"), cs.get(0).issuer());
        assertEquals(Optional.empty(), cs.get(1).date());
    }

    @Test
    void aDateFarFromTheNumberWithoutAnIssuerIsAnEventNotAnIssueDate() {
        List<Citation> cs = read("Thực hiện Kế hoạch số 40/KH-HĐND, Thường trực HĐND huyện đã tổ chức tiếp xúc cử tri tại 7 điểm trong ngày 20/11/2016.");
        assertEquals(1, cs.size());
        assertEquals(Optional.empty(), cs.get(0).date());
    }

    @Test
    void aLongTitleClosesWithItsOwnDateAndIssuer() {
        List<Citation> cs = read("Điều 1 Nghị định số 02/2012/NĐ-CP Quy định chi tiết và hướng dẫn thi hành Pháp lệnh Thủ tục bắt giữ tàu bay; "
                + "Thủ tục xử lý tàu bay bị bỏ ngày 11/01/2012 của Chính phủ, có hiệu lực thi hành kể từ ngày 24/02/2012");
        assertEquals("02/2012/NĐ-CP", number(cs.get(0)));
        assertEquals(Optional.of(LocalDate.of(2012, 1, 11)), cs.get(0).date());
        assertEquals(Optional.of("Chính phủ"), cs.get(0).issuer());
        assertEquals(Optional.of("Pháp lệnh Thủ tục bắt giữ tàu bay"), cs.get(1).name());
        assertEquals(Optional.empty(), cs.get(1).date());
    }

    @Test
    void oneLeadPhraseGovernsAListAcrossTitlesAndLineWraps() {
        List<Citation> cs = read("Trên cơ sở xem xét Tờ trình số 168/TTr-UBND ngày 15/12/2016 của UBND huyện về dự toán thu, "
                + "chi ngân sách năm 2017; Báo cáo thẩm tra số 12/BC-KTXH ngày 16/12/2016 của Ban Kinh tế - Xã hội HĐND\n"
                + "huyện và ý kiến thảo luận của đại biểu.\nBan thống nhất với Tờ trình số 53/TTr-HĐND ngày 08/12/2016.");
        assertEquals(List.of("trên cơ sở xem xét", "trên cơ sở xem xét", "dẫn chiếu"), cs.stream().map(Citation::relation).toList());
        assertEquals(Optional.of("Ban Kinh tế - Xã hội HĐND huyện"), cs.get(1).issuer());
    }

    @Test
    void aBracketedRemarkIsNoItemOfTheList() {
        List<Citation> cs = read("Thực hiện Thông báo số 86-TB/HU ngày 31/10/2016 của Thường trực Huyện ủy về thời điểm kỳ họp "
                + "(trả lời Công văn số 61/CV-HĐND ngày 21/10/2016 của Thường trực HĐND huyện);");
        assertEquals("86-TB/HU", number(cs.get(0)));
        assertEquals("thực hiện", cs.get(0).relation());
        assertEquals("dẫn chiếu", cs.get(1).relation());
    }

    @Test
    void aStatedIssuerEndsWithItsPlaceName() {
        List<Citation> cs = read("Căn cứ Nghị quyết số 21/2016/NQ-HĐND ngày 14/7/2016 của HĐND tỉnh Hòa Nam quy\nđịnh mức chi; "
                + "theo Báo cáo số 42/BC-HĐND ngày 05/12/2016 của Thường trực HĐND huyện tổng hợp ý kiến cử tri, "
                + "Báo cáo số 245/BC-TA ngày 08/12/2016 của TAND huyện và Báo cáo số 87/BC-CCTHADS ngày 09/12/2016 của Chi cục THADS huyện.");
        assertEquals(Optional.of("HĐND tỉnh Hòa Nam"), cs.get(0).issuer());
        assertEquals(Optional.of("Thường trực HĐND huyện"), cs.get(1).issuer());
        assertEquals(Optional.of("TAND huyện"), cs.get(2).issuer());
    }

    @Test
    void aDateToldBeforeTheMentionIsNotItsIssueDate() {
        List<Citation> cs = read("Ngày 14/11/2016 Thường trực HĐND huyện đã ban hành Kế hoạch số 40/KH-HĐND về công tác TXCT.");
        assertEquals(Optional.empty(), cs.get(0).date());
        assertEquals("dẫn chiếu", cs.get(0).relation());
    }

    /** What this document does to the documents it names: only it replaces, repeals or amends them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The document is the subject: the relation is its own.
        "Nghị quyết này thay thế Nghị quyết số 06/2016/NQ-HĐND ngày 22/7/2016 của HĐND huyện.|thay thế",
        "Nghị quyết này có hiệu lực kể từ ngày 01/01/2017 và thay thế Nghị quyết số 06/2016/NQ-HĐND ngày 22/7/2016.|thay thế",
        "Nghị quyết này có hiệu lực từ ngày 01/01/2017, thay thế Nghị quyết số 06/2016/NQ-HĐND.|thay thế",
        "Nghị quyết này bãi bỏ khoản 2 Điều 1 Nghị quyết số 06/2016/NQ-HĐND.|bãi bỏ",
        "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 06/2016/NQ-HĐND như sau:|sửa đổi",
        // It declares the other expired, in a sentence about itself.
        "Nghị quyết số 06/2016/NQ-HĐND hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.|bãi bỏ",
        // Someone else changed it, or it merely says so: no status relation.
        "Thông tư số 05/2010/TT-BTC đã hết hiệu lực từ năm 2015.|dẫn chiếu",
        "Nghị quyết số 06/2016/NQ-HĐND đã bị thay thế.|dẫn chiếu",
    })
    void relationsOfTheDocumentActingOnAnother(String sentence, String relation) {
        assertEquals(relation, read(sentence).get(0).relation(), sentence);
    }

    @Test
    void aChangeStatedInACitedDocumentsTitleIsNotThisDocumentsOwn() {
        List<Citation> cs = read("1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2026; thay thế Nghị định số 93/2019/NĐ-CP "
                + "ngày 25 tháng 11 năm 2019 của Chính phủ quy định về tổ chức, hoạt động và quản lý quỹ xã hội, quỹ từ thiện và "
                + "Nghị định số 136/2024/NĐ-CP ngày 23 tháng 10 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP.");
        // Both decrees are replaced (one verb, two objects); the amendment is decree 136's, not this one's.
        assertEquals(List.of("thay thế", "thay thế", "dẫn chiếu"), cs.stream().map(Citation::relation).toList());
        List<Citation> passive = read("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 59/2020/QH14;");
        assertEquals(List.of("căn cứ", "căn cứ"), passive.stream().map(Citation::relation).toList());
        List<Citation> two = read("Quyết định này thay thế Quyết định số 181/2003/QĐ-TTg ngày 04/9/2003 của Thủ tướng Chính phủ về việc "
                + "ban hành Quy chế một cửa và bãi bỏ Quyết định số 99/2004/QĐ-UBND.");
        assertEquals(List.of("thay thế", "bãi bỏ"), two.stream().map(Citation::relation).toList());
        List<Citation> expired = read("Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2011 và thay thế Nghị định số 41/2005/NĐ-CP "
                + "ngày 25 tháng 3 năm 2005 của Chính phủ; Nghị định số 61/1998/NĐ-CP ngày 15 tháng 8 năm 1998 của Chính phủ về công tác "
                + "thanh tra, kiểm tra doanh nghiệp hết hiệu lực thi hành.");
        assertEquals(List.of("thay thế", "bãi bỏ"), expired.stream().map(Citation::relation).toList());
    }

    @Test
    void datesBeforeTheFirstMentionAndTextsWithoutOneGiveNothing() {
        assertEquals(List.of(), read("Hà Nội, ngày 14 tháng 11 năm 2016\nKết luận hội nghị ngày 20/11/2016 của Thường trực HĐND huyện."));
        // A header date, then a mention: the date before it is not its date; the one after is.
        List<Citation> cs = read("Hà Nội, ngày 14 tháng 11 năm 2016 của UBND huyện\nThực hiện Kế hoạch số 40/KH-HĐND ngày 10/11/2016 "
                + "của Thường trực HĐND huyện, ngày 20/11/2016 của Ban Pháp chế.");
        assertEquals(1, cs.size());
        assertEquals(Optional.of(LocalDate.of(2016, 11, 10)), cs.get(0).date());
        assertEquals(Optional.of("Thường trực HĐND huyện"), cs.get(0).issuer());
        assertEquals("thực hiện", cs.get(0).relation());
    }
}
