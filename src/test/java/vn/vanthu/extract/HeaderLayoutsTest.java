package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.SessionRef;

/** The same kinds of header as they come out of the different formats (see HeaderReader). */
class HeaderLayoutsTest {

    private static final MetadataParser PARSER = new MetadataParser(IndexConfig.bundled());

    private static String display(DocumentMetadata m) {
        return m.number().map(DocumentNumber::display).orElse("");
    }

    @Test
    void plainTextWithStackedHeaderLines() {
        String text = """
                HĐND HUYỆN KHOA
                Số: 40/KH-HĐND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Khoa, ngày 14 tháng 11 năm 2016
                KẾ HOẠCH
                Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba,
                HĐND huyện khóa XI, nhiệm kỳ 2016 - 2021

                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                Thực hiện Thông báo số 18/TB-HĐND ngày 07/11/2016 của Thường trực HĐND huyện về kết quả Hội nghị liên tịch,
                Thường trực HĐND huyện xây dựng kế hoạch như sau:
                1. Thời gian: từ ngày 15/11/2016 đến ngày 30/11/2016.
                Nơi nhận:
                - TTr. HĐND tỉnh (B/c);
                - Lưu: VT.
                TM. THƯỜNG TRỰC HĐND
                CHỦ TỊCH

                Lê Minh Nhựt
                """;
        DocumentMetadata m = PARSER.parse(text);
        assertEquals("40/KH-HĐND", display(m));
        assertEquals("Kế hoạch", m.type().orElseThrow().name());
        assertEquals(Optional.of(LocalDate.of(2016, 11, 14)), m.issued());
        assertEquals(Optional.of("Khoa"), m.place());
        assertEquals(Optional.of("HĐND huyện Khoa"), m.issuer());
        assertEquals(Optional.empty(), m.parentIssuer());
        assertEquals(Optional.of("Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba, HĐND huyện khóa XI, nhiệm kỳ 2016 - 2021"), m.title());
        assertEquals(Optional.of(new SessionRef(3, Optional.of(11), SessionRef.REGULAR)), m.session());
        assertEquals(Optional.of("Lê Minh Nhựt"), m.signer());
        // The header's own number is not a citation; the law and the notice are.
        assertEquals(2, m.citations().size());
        Citation law = m.citations().get(0);
        assertEquals("căn cứ", law.relation());
        assertEquals(Optional.of("Tổ chức chính quyền địa phương"), law.name());
        assertEquals(Optional.of(LocalDate.of(2015, 6, 19)), law.date());
        Citation notice = m.citations().get(1);
        assertEquals("thực hiện", notice.relation());
        assertEquals("18/TB-HĐND", notice.number().orElseThrow().display());
        assertEquals(Optional.of(LocalDate.of(2016, 11, 7)), notice.date());
        assertEquals(Optional.of("Thường trực HĐND huyện"), notice.issuer());
        assertEquals("Thông báo số 18/TB-HĐND", text.substring(notice.start(), notice.end()));
    }

    @Test
    void docxOrderWithTabsAndAParentBody() {
        String text = "\tUBND TỈNH KHÁNH HÒA\nSỞ NỘI VỤ\n_______\nSố: 125/QĐ-SNV\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n______________________\n\tNha Trang, ngày 05 tháng 01 năm 2017\n\n\n"
                + "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch đào tạo, bồi dưỡng\ncán bộ, công chức năm 2017\n_________\n\n"
                + "GIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ Quyết định số 12/2016/QĐ-UBND ngày 03/3/2016 của UBND tỉnh Khánh Hòa;\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals("125/QĐ-SNV", display(m));
        assertEquals("Quyết định", m.type().orElseThrow().name());
        assertEquals(Optional.of(LocalDate.of(2017, 1, 5)), m.issued());
        assertEquals(Optional.of("Nha Trang"), m.place());
        assertEquals(Optional.of("Sở Nội vụ"), m.issuer());
        assertEquals(Optional.of("UBND tỉnh Khánh Hòa"), m.parentIssuer());
        assertEquals(Optional.of("Về việc phê duyệt kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2017"), m.title());
        assertEquals(1, m.citations().size());
        assertEquals(Optional.of("UBND tỉnh Khánh Hòa"), m.citations().get(0).issuer());
    }

    @Test
    void docColumnsInterleavedOnOneLineEach() {
        String text = "HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN KHOA\tĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 15/2016/NQ-HĐND\tKhoa, ngày 20 tháng 12 năm 2016\n\nNGHỊ QUYẾT\n"
                + "Về chương trình giám sát của HĐND huyện năm 2017\n\nHỘI ĐỒNG NHÂN DÂN HUYỆN KHOA\nKHÓA XI, KỲ HỌP THỨ BA\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals("15/2016/NQ-HĐND", display(m));
        assertEquals(Optional.of(2016), m.number().orElseThrow().year());
        assertEquals("Nghị quyết", m.type().orElseThrow().name());
        assertEquals(Optional.of(LocalDate.of(2016, 12, 20)), m.issued());
        assertEquals(Optional.of("Hội đồng nhân dân huyện Khoa"), m.issuer());
        assertEquals(Optional.of("Về chương trình giám sát của HĐND huyện năm 2017"), m.title());
        assertEquals(Optional.of(new SessionRef(3, Optional.of(11), SessionRef.REGULAR)), m.session());
    }

    @Test
    void pdfColumnsRunTogetherOnOneLine() {
        String text = "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nHUYỆN KHOA Độc lập – Tự do – Hạnh phúc \n"
                + "Số: 77/TB-HĐND Khoa, ngày 22 tháng 11 năm 2016 \n \nTHÔNG BÁO \n"
                + "Phân công thẩm tra các tài liệu trình kỳ họp thứ ba \n \nThực hiện Kế hoạch số 39/KH-HĐND ngày 07/11/2016, "
                + "Thường trực HĐND huyện thông báo như sau: \n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals("77/TB-HĐND", display(m));
        assertEquals("Thông báo", m.type().orElseThrow().name());
        assertEquals(Optional.of(LocalDate.of(2016, 11, 22)), m.issued());
        assertEquals(Optional.of("Khoa"), m.place());
        assertEquals(Optional.of("Hội đồng nhân dân huyện Khoa"), m.issuer());
        assertEquals(Optional.of("Phân công thẩm tra các tài liệu trình kỳ họp thứ ba"), m.title());
        assertEquals(1, m.citations().size());
        assertEquals("thực hiện", m.citations().get(0).relation());
    }

    @Test
    void draftLetterKeepsItsBlanksBlank() {
        String text = "THƯỜNG TRỰC HĐND\nHUYỆN KHOA\nSố:    /CV-HĐND\nV/v đăng ký nội dung giám sát\nnăm 2017 của HĐND huyện\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKhoa, ngày    tháng 9 năm 2016\n\n"
                + "Kính gửi: Các Ban HĐND huyện\n";
        DocumentMetadata m = PARSER.parse(text);
        DocumentNumber n = m.number().orElseThrow();
        assertTrue(n.isBlank());
        assertEquals("/CV-HĐND", n.display());
        assertEquals(Optional.empty(), m.issued());
        assertEquals(Optional.of("Khoa"), m.place());
        assertEquals("Công văn", m.type().orElseThrow().name());
        assertEquals(Optional.of("V/v đăng ký nội dung giám sát năm 2017 của HĐND huyện"), m.title());
        assertEquals(Optional.of("Thường trực HĐND huyện Khoa"), m.issuer());
        assertEquals(0, m.citations().size());
    }

    @Test
    void typeFromTheKyHieuWhenNoTypeWordIsWritten() {
        String text = "ỦY BAN NHÂN DÂN\nHUYỆN KHOA\nSố: 12/TTr-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Khoa, ngày 01 tháng 12 năm 2016\nKính gửi: HĐND huyện Khoa\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals("Tờ trình", m.type().orElseThrow().name());
        assertEquals(Optional.of("Ủy ban nhân dân huyện Khoa"), m.issuer());
    }

    @Test
    void emptyTextReadsAsNothing() {
        DocumentMetadata m = PARSER.parse("");
        assertEquals(DocumentMetadata.empty(), m);
    }
}
