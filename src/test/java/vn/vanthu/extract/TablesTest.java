package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentNumber;

class TablesTest {

    private static final IssuerTable ISSUERS = new IssuerTable(IndexConfig.bundled());
    private static final DocumentTypes TYPES = new DocumentTypes(IndexConfig.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01/2011/TT-BNV                  | Bộ Nội vụ",
        "30/2020/NĐ-CP                   | Chính phủ",
        "32/2004/QH11                    | Quốc hội",
        "326/2016/UBTVQH14               | Ủy ban Thường vụ Quốc hội",
        "1804/QĐ-TTg                     | Thủ tướng Chính phủ",
        "13/2014/TTLT-BNNPTNT-BKHĐT-BTC  | Bộ Nông nghiệp và Phát triển nông thôn và Bộ Kế hoạch và Đầu tư và Bộ Tài chính",
        "4532/UBND-KSTTHC                | Ủy ban nhân dân",
        "23-L/CTN                        | Quốc hội",
        "04/1999/TT-BCA(C13)             | Bộ Công an",
        "55/2018/tt-bgtvt                | Bộ Giao thông vận tải",
        "01/2016/NQ.HĐTP                 | Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    })
    void issuerFromTheKyHieu(String number, String issuer) {
        assertEquals(Optional.of(issuer), ISSUERS.fromNumber(DocumentNumber.parse(number).orElseThrow()));
    }

    @Test
    void unknownIssuerCodeGivesNothing() {
        assertEquals(Optional.empty(), ISSUERS.fromNumber(DocumentNumber.parse("12/KH-XYZ").orElseThrow()));
    }

    @Test
    void typesByNameInAnyCaseOrToneStyleAndByCode() {
        assertEquals("KH", TYPES.byName("KẾ HOẠCH").orElseThrow().code());
        assertEquals("BTT", TYPES.byName("Bản thoả thuận").orElseThrow().code());
        assertEquals("BTT", TYPES.byName("BẢN THỎA THUẬN").orElseThrow().code());
        assertEquals("TTLT", TYPES.byName("Thông tư liên tịch").orElseThrow().code());
        assertEquals("Hướng dẫn", TYPES.byCode("HD").orElseThrow().name());
        assertEquals("Hợp đồng", TYPES.byCode("HĐ").orElseThrow().name());
        assertEquals("Công văn", TYPES.byCode("CV").orElseThrow().name());
        assertEquals("Luật", TYPES.byName("luật").orElseThrow().name());
        assertEquals(Optional.empty(), TYPES.byName("Kế"));
    }

    @Test
    void issuerNamesFromCapitals() {
        assertEquals("HĐND huyện Khoa", IssuerNames.normalise("HĐND HUYỆN KHOA"));
        assertEquals("Ủy ban nhân dân tỉnh Bình Dương", IssuerNames.normalise("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"));
        assertEquals("Sở Thông tin và Truyền thông", IssuerNames.normalise("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        assertEquals("Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa", IssuerNames.normalise("VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH THANH HÓA"));
        assertEquals("Thủ tướng Chính phủ", IssuerNames.normalise("THỦ TƯỚNG CHÍNH PHỦ"));
        assertEquals("Ủy ban nhân dân thành phố Hà Nội", IssuerNames.normalise("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"));
    }
}
