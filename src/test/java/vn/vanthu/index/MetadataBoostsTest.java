package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

/** A document named by its metadata ranks above the documents that only mention it. */
class MetadataBoostsTest {
    @TempDir
    Path tmp;
    SearchIndex index;

    private static final String MENTIONS = "Căn cứ Tờ trình số 85/TTr-UBND ngày 14/11/2016; các Tổ đại biểu, tổ đại biểu số 3, "
            + "tổ đại biểu số 5 tổ chức tiếp xúc cử tri; tờ trình, tờ trình và dự toán ngân sách; nghị quyết kỳ họp.";

    @BeforeEach
    void fill() {
        index = SearchIndex.open(tmp);
        // Documents 1-3 mention everything in their text; 4-6 are what the queries name.
        for (long id = 1; id <= 3; id++) {
            put(id, id + "/KH-HĐND", "KH", "Kế hoạch", "2016-11-20", "Thường trực HĐND huyện Khoa", MENTIONS + " " + MENTIONS);
        }
        put(4, "85/TTr-UBND", "TTr", "Tờ trình", "2016-07-18", "UBND huyện Khoa", "Số: 85/TTr-UBND. TỜ TRÌNH về dự toán ngân sách. Kính trình.");
        put(5, "03/BC-TĐB", "BC", "Báo cáo", "2016-11-30", "Tổ đại biểu số 3 HĐND huyện Khoa", "Số: 03/BC-TĐB. BÁO CÁO kết quả tiếp xúc cử tri của Tổ đại biểu số 3.");
        put(6, "41/KH-HĐND", "KH", "Kế hoạch", "2016-11-14", "Thường trực HĐND huyện Khoa", "Giám sát nghị quyết kỳ họp, ngày 14/11/2016.");
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(long id, String number, String code, String type, String date, String issuer, String text) {
        // The mentioning documents carry the words in their titles too, which weigh more than the text.
        String title = id <= 3 ? "Tổ đại biểu số 3 thẩm tra tờ trình dự toán" : "Văn bản " + id;
        DocumentMetadata m = Fixtures.metadata(number, code, type, date, issuer, title, List.of());
        index.put(new ArchivedDocument(id, Long.toString(id).repeat(64).substring(0, 64), id + ".txt", "text/plain", 10,
                Instant.EPOCH, m, text, List.of()));
    }

    private long first(String query) {
        return index.search(SearchRequest.of(query)).hits().get(0).id();
    }

    @Test
    void aTypeNameFavoursDocumentsOfThatType() {
        assertEquals(4, first("tờ trình dự toán"));
        assertEquals(4, first("to trinh du toan"));
    }

    @Test
    void issuerWordsFavourThatIssuerAbbreviatedOrNot() {
        assertEquals(5, first("tổ đại biểu số 3"));
        assertEquals(5, first("TĐB"));
    }

    @Test
    void soAndANumberFavourTheDocumentOfThatNumber() {
        assertEquals(4, first("tờ trình số 85"));
    }

    @Test
    void aDateFavoursTheDocumentIssuedThatDay() {
        assertEquals(6, first("14/11/2016"));
        assertEquals(6, first("ngày 14 tháng 11 năm 2016"));
    }
}
