package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.body;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff read Vietnamese: a bad parameter on a page is explained in Vietnamese, while the API keeps
 * its English message (the contract's {@code {"error", "message"}}) for the same parameter.
 */
class PageErrorsInVietnameseTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    /** The page answers {@code status} in HTML with {@code vietnamese} and without {@code english}. */
    private static void pageSays(String path, int status, String vietnamese, String english) {
        HttpResponse<byte[]> r = s.get(path);
        String b = body(r);
        assertEquals(status, r.statusCode(), path + ": " + b);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(b.contains(vietnamese), path + " should say «" + vietnamese + "»: " + b);
        assertFalse(b.contains(english), path + " should not show the API's English «" + english + "»: " + b);
    }

    @Test
    void aBadDocumentIdOnThePageIsExplainedInVietnamese() {
        pageSays("/documents/abc", 400, "Mã văn bản phải là một số nguyên dương", "a document id is a positive number");
        pageSays("/documents/0", 400, "Mã văn bản phải là một số nguyên dương", "a document id is a positive number");
        pageSays("/documents/abc/edit", 400, "Mã văn bản phải là một số nguyên dương", "a document id is a positive number");
    }

    @Test
    void theApiKeepsItsEnglishMessageForTheSameParameter() {
        HttpResponse<byte[]> r = s.get("/api/documents/abc");
        assertEquals(400, r.statusCode());
        assertTrue(body(r).contains("\"message\":\"a document id is a positive number, got 'abc'\""), body(r));
        HttpResponse<byte[]> size = s.get("/api/search?q=a&size=abc");
        assertTrue(body(size).contains("\"message\":\"'size' must be a whole number, got 'abc'\""), body(size));
        HttpResponse<byte[]> range = s.get("/api/search?q=a&from=2017-01-01&to=2016-01-01");
        assertEquals(400, range.statusCode());
        assertTrue(body(range).contains("the date range ends before it starts"), body(range));
    }

    @Test
    void aTracePageAskedForSomethingThatIsNotANumberAnswers400() {
        pageSays("/numbers?n=abc", 400, "không phải là một số văn bản", "is not a document number");
        assertEquals(200, s.get("/numbers").statusCode(), "the empty form is not an error");
        assertEquals(200, s.get("/numbers?n=40/KH-HDND").statusCode());
    }

    @Test
    void numbersOutOfRangeNameTheParameterInVietnamese() {
        pageSays("/documents/1?depth=9", 400, "Độ sâu của lược đồ (depth) phải từ 1 đến 3", "must be between");
        pageSays("/numbers?n=40/KH-HDND&limit=0", 400, "Số dẫn chiếu mỗi trang (limit) phải từ 1 đến 500", "must be between");
        pageSays("/numbers?n=40/KH-HDND&offset=x", 400, "Vị trí bắt đầu (offset) phải là một số nguyên", "must be a whole number");
        pageSays("/missing?page=0", 400, "Trang (page) phải từ 1 đến", "must be between");
    }

    @Test
    void theSearchPageExplainsItsParametersInVietnamese() {
        pageSays("/?q=a&size=abc", 400, "Số kết quả mỗi trang (size) phải là một số nguyên", "must be a whole number");
        pageSays("/?q=a&year=1800", 400, "Năm (year) phải từ 1900 đến 2200", "must be between");
        pageSays("/?q=a&sort=x", 400, "Cách sắp xếp (sort)", "is relevance or date");
        pageSays("/?q=a&from=2016-13-01", 400, "Từ ngày (from) phải là một ngày như 2016-11-14", "must be a date like");
        pageSays("/?q=a&from=2017-01-01&to=2016-01-01", 400, "Khoảng ngày kết thúc", "the date range ends before it starts");
        pageSays("/?q=" + "a".repeat(1001), 400, "Câu tìm kiếm dài quá 1000 ký tự", "the query is longer");
    }

    @Test
    void theDatesAndComparePagesExplainTheirParametersInVietnamese() {
        pageSays("/dates?from=x", 400, "Từ ngày (from) phải là một ngày như 2016-11-14", "must be a date like");
        pageSays("/dates?to=2016-12-19", 400, "Cần có cả từ ngày (from)", "'from' is needed");
        pageSays("/dates?from=2017-01-01&to=2016-01-01", 400, "Khoảng ngày kết thúc (2016-01-01) trước ngày bắt đầu (2017-01-01)",
                "before it starts");
        pageSays("/compare?a=zzzzkhongco&b=yyyy", 400, "không tìm thấy văn bản nào", "finds no documents");
        pageSays("/compare?a=999999&b=1", 400, "không có kỳ họp mã 999999", "no session with id");
    }

    @Test
    void otherErrorsOnPagesAreVietnameseToo() {
        pageSays("/static/khong-co.js", 404, "Không có tệp này: /static/khong-co.js", "no such static file");
    }
}
