package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;

/**
 * Titles and issuers of the layouts the real originals showed read wrong (branch titles): annexes,
 * cover pages and tables whose heading names no type, an older decree's identifying line, a type
 * line with more words, a PDF font that drops glyphs of the type word, OCR'd mottos and issuers.
 * The texts are made up in the layouts of those files.
 */
class HeadingTitlesTest {

    private static final MetadataParser PARSER = new MetadataParser(IndexConfig.bundled());

    @Test
    void anAnnexIsTitledWithItsNumberAndCapitalsSubject() {
        String text = "16\n2\n\nPhụ lục II\n\nVIẾT HOA TRONG VĂN BẢN\nHÀNH CHÍNH\n"
                + "(Kèm theo Nghị định số 30/2020/NĐ-CP\n ngày 05 tháng 3 năm 2020 của Chính phủ)\n_____________\n"
                + "I. VIẾT HOA VÌ PHÉP ĐẶT CÂU\nViết hoa chữ cái đầu âm tiết thứ nhất của một câu hoàn chỉnh.\n";
        assertEquals(Optional.of("Phụ lục II: VIẾT HOA TRONG VĂN BẢN HÀNH CHÍNH"), PARSER.parse(text).title());
    }

    @Test
    void anAnnexWithoutNumberAfterAWordField() {
        String text = "PAGE  \n16\nPhụ lục\nMẪU BẢN KÊ KHAI TÀI SẢN, THU NHẬP\n"
                + "(Ban hành kèm theo Nghị định số 68/2011/NĐ-CP ngày 08 tháng 8 năm 2011 của Chính phủ)\n__________\n"
                + "1. Mẫu số 01: Mẫu bản kê khai tài sản, thu nhập.\n";
        assertEquals(Optional.of("Phụ lục: MẪU BẢN KÊ KHAI TÀI SẢN, THU NHẬP"), PARSER.parse(text).title());
    }

    @Test
    void anAnnexLineFurtherDownTitlesNothing() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH HÒA NAM\n-------\nSố: 12/2024/QĐ-UBND\nHòa Nam, ngày 02 tháng 3 năm 2024\n"
                + "QUYẾT ĐỊNH\nBan hành Quy chế lưu trữ\n\nCăn cứ Luật Lưu trữ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này\n"
                + "Phụ lục I\nDANH MỤC HỒ SƠ\n";
        assertEquals(Optional.of("Ban hành Quy chế lưu trữ"), PARSER.parse(text).title());
    }

    @Test
    void aCoverPageHeadingIsTheTitleAndItsIssuerIsTheHeadersNotTheConsultants() {
        String text = "ỦY BAN NHÂN DÂN TỈNH HÒA NAM\nSỞ NỘI VỤ\n=====o0o=====\nĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT\n"
                + "“XÂY DỰNG KHO LƯU TRỮ SỐ TẠI SỞ Y TẾ”\nHòa Nam, 2024\n\n"
                + "\tCHỦ ĐẦU TƯ\n\tĐƠN VỊ TƯ VẤN\n\tSỞ NỘI VỤ\n\tTRUNG TÂM TIN HỌC MIỀN NÚI\nHòa Nam, 2024\nGIẢI THÍCH TỪ TẮT\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("ĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT “XÂY DỰNG KHO LƯU TRỮ SỐ TẠI SỞ Y TẾ”"), m.title());
        assertEquals(Optional.of("Sở Nội vụ"), m.issuer());
    }

    @Test
    void aTableUnderTheMottoIsTitledWithItsHeadingAndTheLineBelow() {
        String text = "\tUBND TỈNH HÒA NAM\n\nSỞ NỘI VỤ\n\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập- Tự do- Hạnh phúc\n\n\n"
                + "BẢNG TỔNG HỢP KẾT QUẢ\n\nĐánh giá công chức năm 2023\n\n\tSTT\n\tĐơn vị\n\tSố lượng\n";
        assertEquals(Optional.of("BẢNG TỔNG HỢP KẾT QUẢ Đánh giá công chức năm 2023"), PARSER.parse(text).title());
    }

    @Test
    void aCalendarHeadingOnTheFirstLine() {
        String text = " LỊCH LÀM VIỆC CÁ NHÂN\nTuần 52 (26/12/2011 - 01/01/2012)\n  \t\n\tThứ hai\n26/12/2011\n\tSáng\n\tHọp giao ban\n";
        assertEquals(Optional.of("LỊCH LÀM VIỆC CÁ NHÂN Tuần 52 (26/12/2011 - 01/01/2012)"), PARSER.parse(text).title());
    }

    @Test
    void anOlderDecreesIdentifyingLineIsNotItsTitle() {
        String text = "NGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ 12/2006/NĐ-CP NGÀY 03 THÁNG 5 NĂM 2006 \nVỀ CÔNG TÁC LƯU TRỮ\nCHÍNH PHỦ \n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nNGHỊ ĐỊNH :\nChương I\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("VỀ CÔNG TÁC LƯU TRỮ"), m.title());
        assertEquals("12/2006/NĐ-CP", m.number().map(DocumentNumber::display).orElse(""));
        assertEquals(Optional.of(LocalDate.of(2006, 5, 3)), m.issued());
    }

    @Test
    void wordsAfterTheTypeOnItsLineStartTheTitle() {
        String text = "\tSỞ NỘI VỤ TỈNH HÒA NAM\nTRUNG TÂM LƯU TRỮ\nSố:           /NVKS-TTLT\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập – Tự do – Hạnh phúc\nHòa Nam, ngày    tháng    năm 2024\nKẾ HOẠCH, NHIỆM VỤ\nKHẢO SÁT HIỆN TRẠNG KHO LƯU TRỮ\n"
                + " (Kèm theo Quyết định số        /QĐ-SNV)\n\tChủ đầu tư:\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("NHIỆM VỤ KHẢO SÁT HIỆN TRẠNG KHO LƯU TRỮ"), m.title());
        assertEquals(Optional.of("Kế hoạch"), m.type().map(DocumentType::name));
    }

    @Test
    void aTypeWordWhoseFontLostGlyphs() {
        String text = "C  N  P Ủ \n_______ \nSố: 12/2021/NĐ-CP \nCỘNG  ÒA XÃ  ỘI C Ủ NG ĨA VIỆT NAM \nĐộc lập - Tự do -  ạnh phúc \n"
                + "____________________\nHà Nội, ngày 09 tháng 4 năm 2021 \nNG Ị ĐỊN  \nQuản lý dữ liệu số của cơ quan nhà nước \n"
                + "______________________  \nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; \n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("Quản lý dữ liệu số của cơ quan nhà nước"), m.title());
        assertEquals(Optional.of("Nghị định"), m.type().map(DocumentType::name));
        assertEquals(Optional.of("Chính phủ"), m.issuer());
    }

    @Test
    void anOcrdMottoIsNotPartOfTheIssuerAndTheIssuerIsSpelledAsTheSummaryHasIt() {
        String text = "\n\nBAN CHÍ ĐẠO CAI CÁCH CÓNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                + "HÀNH CHÍNH CỦA CHÍNH PHÙ Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 46 /QD-BCĐCCHC Hà Nội, ngày 16 tháng 3 năm 2021\nQUYẾT ĐỊNH\n"
                + "Ban hành Kế hoạch kiểm tra công tác cäi cách hành chính năm 2021\n"
                + "của Ban Chỉ đạo cải cách hành chính của Chính phủ\n\nTRƯỞNG BAN CHÍ ĐẠO CAI CÁCH HÀNH CHÍNH CỦA CHÍNH PHUÙ\n"
                + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("Ban Chỉ đạo cải cách hành chính của Chính phủ"), m.issuer());
        assertEquals(Optional.empty(), m.parentIssuer());
    }

    @Test
    void anOcrdMottoWithAWrongMarkIsStillTheMotto() {
        String text = "UBND TỈNH HÒA NAM CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 25/SNV-VP Hòa Nam, ngày 06 tháng 12 năm 2023\nV/v đăng ký tham gia hội thi\n\nKính gửi: Các đơn vị\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("Sở Nội vụ"), m.issuer());
        assertEquals(Optional.of("UBND tỉnh Hòa Nam"), m.parentIssuer());
    }

    @Test
    void aHeaderIssuerThatIsTheTablesNameButForMarksIsWrittenAsTheTableHasIt() {
        String text = "VĂN PHÒNG CHÍNH PHÙ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 79/TB-VPCP Hà Nội, ngày 22 tháng 3 năm 2022\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại phiên họp\n\n"
                + "Ngày 09 tháng 3 năm 2022, tại trụ sở Chính phủ.\n";
        assertEquals(Optional.of("Văn phòng Chính phủ"), PARSER.parse(text).issuer());
    }

    @Test
    void aPlaceNameKeepsTheHeadersMarksWhateverTheSummarySays() {
        // Guard (passes on main too): "khóa XI" in the summary is no respelling of the district Khoa.
        String text = "HĐND HUYỆN KHOA\nTHƯỜNG TRỰC\nSố: 40/KH-HĐND\nKhoa, ngày 02 tháng 3 năm 2017\nKẾ HOẠCH\n"
                + "Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba HĐND huyện khóa XI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n";
        assertEquals(Optional.of("Thường trực HĐND huyện Khoa"), PARSER.parse(text).issuer());
    }

    @Test
    void aFirstLineThatNamesTheDocumentInSentenceCaseGivesItsTypeNumberAndSummary() {
        // The Án lệ published as .docx: one sentence-case line "Án lệ số … về …", no capitals heading.
        String text = "Án lệ số 31/2021/AL về xác định quyền của người thuê nhà khi bên cho thuê bán nhà đang cho thuê\n"
                + "Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 05 tháng 5 năm 2021 và được công bố theo "
                + "Quyết định số 120/QĐ-CA ngày 20 tháng 5 năm 2021 của Chánh án Tòa án nhân dân tối cao.\n"
                + "Nguồn án lệ:\nBản án dân sự phúc thẩm số 10/2019/DS-PT ngày 02/3/2019 của Tòa án nhân dân tỉnh Hòa Nam.\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of("về xác định quyền của người thuê nhà khi bên cho thuê bán nhà đang cho thuê"), m.title());
        assertEquals(Optional.of("Án lệ"), m.type().map(DocumentType::name));
        assertEquals("31/2021/AL", m.number().map(DocumentNumber::display).orElse(""));
    }

    @Test
    void aFirstLineNamingWhatIsNoDocumentTypeTitlesNothing() {
        // Guard: "Gói thầu" is no type of the table, and a naming line further down is body text.
        String text = "Gói thầu số 05/2023/GT về xây dựng trường học\nBên mời thầu: Ban quản lý dự án huyện.\n"
                + "Quyết định số 12/2023/QĐ-UBND về phê duyệt kế hoạch lựa chọn nhà thầu\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.empty(), m.title());
        assertEquals(Optional.empty(), m.type());
    }
}
