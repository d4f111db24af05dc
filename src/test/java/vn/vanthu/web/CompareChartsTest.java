package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanthu.compare.Comparison;

/**
 * The comparison charts' geometry: the key sits above the plot, one row per side, and fits the
 * chart's width however long the sides' labels are (a session with its days, a long search).
 * The browser test measures the same on the rendered page with real fonts.
 */
class CompareChartsTest {
    /** The charts' font size: a text's glyphs reach this far above its baseline at most. */
    private static final int FONT = 12;
    private static final double CHAR_WIDTH = 7.5;

    private static Comparison sessions;
    private static Comparison longSearches;

    @BeforeAll
    static void compare() throws Exception {
        var archive = ServedArchive.samples().archive;
        sessions = archive.compare("kỳ họp thứ hai khóa XI", "kỳ họp thứ ba khóa XI");
        String words = "kỳ họp tiếp xúc cử tri ngân sách giám sát chất vấn kiến nghị ".repeat(3).strip();
        longSearches = archive.compare("q:" + words, "q:" + words + " thường trực");
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static double number(Element e, String attr) {
        return Double.parseDouble(e.attr(attr));
    }

    /** The topmost y any mark of the plot (everything outside the key) reaches. */
    private static double plotTop(Document svg) {
        double top = Double.MAX_VALUE;
        for (Element e : svg.select("svg > rect, svg > line, svg > text, svg circle, svg > a rect")) {
            double y = switch (e.tagName()) {
                case "rect" -> number(e, "y");
                case "line" -> Math.min(number(e, "y1"), number(e, "y2"));
                case "circle" -> number(e, "cy") - number(e, "r");
                default -> number(e, "y") - FONT;
            };
            top = Math.min(top, y);
        }
        return top;
    }

    private static void assertKeyAbovePlotAndInside(String chart, String name) {
        Document svg = parse(chart);
        double width = number(svg.selectFirst("svg"), "width");
        List<Element> keys = svg.select("g.legend");
        assertEquals(2, keys.size(), name + ": one key row per side");
        double bottom = 0;
        double previousBaseline = -1;
        for (Element g : keys) {
            Element text = g.selectFirst("text");
            double baseline = number(text, "y");
            assertTrue(baseline - FONT >= previousBaseline + 2 || previousBaseline < 0, name + ": key rows overlap");
            previousBaseline = baseline;
            bottom = Math.max(bottom, baseline + 4);
            double right = number(text, "x") + text.text().length() * CHAR_WIDTH;
            assertTrue(right <= width, name + ": the key '" + text.text() + "' runs to " + right + " past the width " + width);
            String shown = text.text();
            String whole = g.selectFirst("title").text();
            assertTrue(shown.equals(whole) || shown.endsWith("…") && whole.startsWith(shown.substring(0, shown.length() - 1)),
                    name + ": the key '" + shown + "' is its tooltip '" + whole + "' or the start of it");
        }
        double top = plotTop(svg);
        assertTrue(bottom < top, name + ": the key reaches y=" + bottom + ", the plot starts at y=" + top);
        double height = number(svg.selectFirst("svg"), "height");
        assertTrue(svg.select("text").stream().allMatch(t -> number(t, "y") <= height), name + ": a text below the chart");
    }

    @Test
    void theKeyIsAboveThePlotForSessions() {
        assertKeyAbovePlotAndInside(CompareCharts.documentsPerType(sessions), "types");
        assertKeyAbovePlotAndInside(CompareCharts.timeline(sessions), "timeline");
        String key = parse(CompareCharts.documentsPerType(sessions)).select("g.legend text").get(1).text();
        assertEquals("B: Kỳ họp thứ 3 (khóa XI) — 19/12/2016 … 20/12/2016", key, "the whole label fits, days day-first");
    }

    @Test
    void aLabelTooLongForTheChartIsCutAndKeptWholeInTheTooltip() {
        String chart = CompareCharts.documentsPerType(longSearches);
        assertKeyAbovePlotAndInside(chart, "types, long searches");
        assertKeyAbovePlotAndInside(CompareCharts.timeline(longSearches), "timeline, long searches");
        Element key = parse(chart).select("g.legend").get(0);
        assertTrue(key.selectFirst("text").text().endsWith("…"), key.outerHtml());
        assertTrue(key.selectFirst("title").text().endsWith("»"), key.outerHtml());
        assertFalse(parse(chart).select("svg > rect").isEmpty(), "the bars are drawn");
    }

    @Test
    void fitCutsOnlyWhatIsTooLong() {
        assertEquals("Nghị quyết", CompareCharts.fit("Nghị quyết", 150));
        assertEquals("Nghị…", CompareCharts.fit("Nghị quyết", 40));
    }
}
