package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The one HTML escaper. Before it, the plain error page and the comparison charts escaped by hand
 * (kept below as they were): on every text without an ASCII quote the escaper's output is byte for
 * byte theirs; an ASCII quote is now an entity in both (the same characters on screen).
 */
class HtmlEscaperTest {
    private static final UnaryOperator<String> FORMER_ERROR_PAGE =
            m -> m.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    private static final UnaryOperator<String> FORMER_CHARTS =
            s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");

    private static final List<String> TEXTS = List.of("", "Kỳ họp thứ 3 (khóa XI) — 9 văn bản", "A & B", "<script>alert(1)</script>",
            "&amp; already", "5 > 3 < 4", "40/KH-HĐND · Kế hoạch · 20/06/2016 · 12 ngày trước khai mạc · CHẬM",
            "Tìm: «tiếp xúc cử tri»", "“Nghị quyết” về dự toán", "tab\tand\nline", "\u0000\u001f control");

    @Test
    void everyEntity() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;", HtmlEscaper.escape("<a href=\"x\" title='y'>R&D</a>"));
        assertEquals("Đại biểu HĐND", HtmlEscaper.escape("Đại biểu HĐND"));
    }

    @Test
    void withoutAsciiQuotesTheFormerEscapingsAreMatchedByteForByte() {
        for (String t : TEXTS) {
            assertEquals(FORMER_ERROR_PAGE.apply(t), HtmlEscaper.escape(t), t);
            assertEquals(FORMER_CHARTS.apply(t), HtmlEscaper.escape(t), t);
        }
    }

    @Test
    void asciiQuotesAreEntitiesEverywhere() {
        assertEquals("&#39;a&#39; is required", HtmlEscaper.escape("'a' is required"));
        assertEquals("say &quot;yes&quot;", HtmlEscaper.escape("say \"yes\""));
    }

    @Test
    void appendEscapesJustTheRange() {
        StringBuilder sb = new StringBuilder("[");
        HtmlEscaper.append(sb, "x<y>z", 1, 4);
        assertEquals("[&lt;y&gt;", sb.toString());
    }
}
