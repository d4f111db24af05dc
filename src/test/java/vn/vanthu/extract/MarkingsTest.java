package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.Markings;

/** Security and urgency stamps in the header, and the body sentences that must not count as one. */
class MarkingsTest {

    private static final MetadataParser PARSER = new MetadataParser(IndexConfig.bundled());

    @Test
    void secretStampUnderTheNumberLeavesTheSummaryAlone() {
        String text = """
                HĐND HUYỆN KHOA
                THƯỜNG TRỰC
                Số: 14/BC-HĐND
                MẬT
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Khoa, ngày 10 tháng 3 năm 2017
                BÁO CÁO
                Kết quả giải quyết đơn thư khiếu nại, tố cáo năm 2016

                Thực hiện chức năng giám sát, Thường trực HĐND huyện báo cáo như sau:
                """;
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of(Markings.SECRET), m.security());
        assertEquals(Optional.empty(), m.urgency());
        assertEquals(Optional.of("Kết quả giải quyết đơn thư khiếu nại, tố cáo năm 2016"), m.title());
        assertEquals("Báo cáo", m.type().orElseThrow().name());
    }

    @Test
    void urgentLetterStampBetweenTheSubjectAndKinhGui() {
        String text = "THƯỜNG TRỰC HĐND\nHUYỆN KHOA\nSố: 35/HĐND-VP\nV/v báo cáo kết quả giải quyết\nkiến nghị cử tri\n"
                + "KHẨN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKhoa, ngày 02 tháng 6 năm 2017\n\n"
                + "Kính gửi: Ủy ban nhân dân huyện Khoa\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of(Markings.URGENT), m.urgency());
        assertEquals(Optional.empty(), m.security());
        assertEquals(Optional.of("V/v báo cáo kết quả giải quyết kiến nghị cử tri"), m.title());
    }

    @Test
    void stampInAColumnOfPdfText() {
        String text = "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nHUYỆN KHOA Độc lập – Tự do – Hạnh phúc \n"
                + "Số: 14/BC-HĐND        TỐI MẬT\nKhoa, ngày 10 tháng 3 năm 2017 \n \nBÁO CÁO \n"
                + "Kết quả giải quyết đơn thư \n \nThực hiện chức năng giám sát, Thường trực HĐND huyện báo cáo: \n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.of(Markings.TOP_SECRET), m.security());
        assertEquals("14/BC-HĐND", m.number().orElseThrow().display());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "MẬT|Mật|-",
            "TỐI MẬT|Tối mật|-",
            "TUYỆT MẬT|Tuyệt mật|-",
            "KHẨN|-|Khẩn",
            "THƯỢNG KHẨN|-|Thượng khẩn",
            "HỎA TỐC|-|Hỏa tốc",
            "HOẢ TỐC|-|Hỏa tốc",
            "HỎA TỐC HẸN GIỜ|-|Hỏa tốc hẹn giờ",
            "HỎA TỐC HẸN GIỜ 14 giờ 00 ngày 05/6/2017|-|Hỏa tốc hẹn giờ",
            "MẬT - KHẨN|Mật|Khẩn",
            "Độ mật: Tuyệt mật|Tuyệt mật|-",
            "Độ khẩn: Thượng khẩn|-|Thượng khẩn",
            "[MẬT]|Mật|-",
    })
    void stampSpellings(String stamp, String security, String urgency) {
        String text = "ỦY BAN NHÂN DÂN\nHUYỆN KHOA\nSố: 12/TTr-UBND\n" + stamp + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Khoa, ngày 01 tháng 12 năm 2016\nKính gửi: HĐND huyện Khoa\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.ofNullable(security), m.security(), stamp);
        assertEquals(Optional.ofNullable(urgency), m.urgency(), stamp);
        assertEquals(Optional.of("UBND huyện Khoa"), m.issuer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Words in a sentence or in lower case are not stamps.
            "bí mật",
            "mật",
            "khẩn trương",
            "Giữ bí mật thông tin người tố cáo",
            "Khẩn trương hoàn thành",
            "MẬT ĐỘ DÂN SỐ",
    })
    void wordsThatAreNotStamps(String line) {
        String text = "ỦY BAN NHÂN DÂN\nHUYỆN KHOA\nSố: 12/TTr-UBND\n" + line + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Khoa, ngày 01 tháng 12 năm 2016\nKính gửi: HĐND huyện Khoa\n";
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.empty(), m.security(), line);
        assertEquals(Optional.empty(), m.urgency(), line);
    }

    @Test
    void aBodySentenceAboutSecrecyIsNoMarking() {
        String text = """
                HĐND HUYỆN KHOA
                Số: 40/KH-HĐND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Khoa, ngày 14 tháng 11 năm 2016
                KẾ HOẠCH
                Tiếp công dân năm 2017

                1. Tiếp công dân phải giữ bí mật họ tên, địa chỉ của người tố cáo.
                MẬT
                KHẨN
                2. Đơn thư khẩn được chuyển ngay trong ngày.
                """;
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(Optional.empty(), m.security());
        assertEquals(Optional.empty(), m.urgency());
    }
}
