package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.enc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page over the sample archive, through HTTP: facets, filters, order, pages, chart, weight. */
class SearchPagesTest {
    private static final String BROAD = "kỳ họp";
    private static ServedArchive s;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private Document html(String pathAndQuery) {
        return Jsoup.parse(s.page(pathAndQuery), "http://localhost" + pathAndQuery);
    }

    private static long total(Document d) {
        Element strong = d.selectFirst(".summary strong");
        assertNotNull(strong, "no result summary in " + d.title());
        return Long.parseLong(strong.text());
    }

    private static Map<String, String> params(String href) {
        Map<String, String> out = new LinkedHashMap<>();
        String query = URI.create(href).getRawQuery();
        if (query == null) {
            return out;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void everyFacetLinkNarrowsToItsCountAndShowsARemovableChip() {
        Document d = html("/?q=" + enc(BROAD));
        long all = total(d);
        List<Element> links = d.select(".facet a");
        assertFalse(links.isEmpty(), "no facet links");
        for (String dim : List.of("type", "issuer", "year", "session")) {
            assertFalse(d.select(".facet[data-facet=" + dim + "] a").isEmpty(), "no " + dim + " facet");
        }
        for (Element a : links) {
            int count = Integer.parseInt(a.parent().selectFirst(".count").text());
            Document narrowed = html(a.attr("href"));
            assertEquals(count, total(narrowed), a.attr("href"));
            assertTrue(count <= all);
            assertEquals(BROAD, narrowed.selectFirst("#q").val(), "the query is kept");
            Element chip = narrowed.selectFirst(".chips .chip a");
            assertNotNull(chip, "a chip for " + a.attr("href"));
            assertEquals(all, total(html(chip.attr("href"))), "removing the chip restores the results");
            // The applied value is marked and its link takes the filter off again.
            Element active = narrowed.selectFirst(".facet a.active");
            assertNotNull(active);
            assertEquals(all, total(html(active.attr("href"))));
        }
    }

    @Test
    void theTermFacetComesFromSessionsNamingTheirTerm() throws Exception {
        JsonNode r = json.readTree(s.get("/api/search?q=" + enc(BROAD)).body());
        JsonNode terms = r.get("facets").get("term");
        assertNotNull(terms);
        if (terms.isEmpty()) {
            return;
        }
        String value = terms.get(0).get("value").asText();
        Document d = html("/?q=" + enc(BROAD) + "&term=" + value);
        assertEquals(terms.get(0).get("count").asLong(), total(d));
        assertTrue(d.selectFirst(".chips .chip").text().startsWith("Khóa: Khóa "), d.selectFirst(".chips").text());
    }

    @Test
    void aPermalinkKeepsEveryFilterThroughPagesOrderAndFacets() {
        String start = "/?q=" + enc(BROAD) + "&year=2016&from=2016-01-01&to=2016-12-31&sort=date&size=2";
        Document d = html(start);
        assertEquals(BROAD, d.selectFirst("#q").val());
        assertEquals("2016-01-01", d.selectFirst("#from").val());
        assertEquals("2016-12-31", d.selectFirst("#to").val());
        assertEquals("date", d.selectFirst("#sort option[selected]").val());
        assertEquals("2016", d.selectFirst("input[type=hidden][name=year]").val());
        assertEquals("2", d.selectFirst("input[type=hidden][name=size]").val());
        assertTrue(total(d) > 2, "enough results to page");
        Map<String, String> expected = params(start);
        List<String> hrefs = new ArrayList<>();
        d.select("nav.pages a").forEach(a -> hrefs.add(a.attr("href")));
        d.select(".timeline a").forEach(a -> hrefs.add(a.attr("href")));
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            Map<String, String> p = params(href);
            for (String name : List.of("q", "year", "sort", "size")) {
                assertEquals(expected.get(name), p.get(name), name + " in " + href);
            }
        }
        for (Element a : d.select(".facet a")) {
            Map<String, String> p = params(a.attr("href"));
            if (!a.hasClass("active")) {
                expected.forEach((k, v) -> assertEquals(v, p.get(k), k + " in " + a.attr("href")));
            }
        }
        // The page reached through a link shows the same state.
        String second = d.select("nav.pages a").stream().filter(a -> a.text().equals("2")).findFirst().orElseThrow().attr("href");
        Document two = html(second);
        assertEquals("2", two.selectFirst("nav.pages [aria-current=page]").text());
        assertEquals(total(d), total(two));
        assertEquals("date", two.selectFirst("#sort option[selected]").val());
    }

    @Test
    void sortingByDateListsTheNewestFirst() {
        Document d = html("/?q=" + enc(BROAD) + "&sort=date&size=50");
        List<LocalDate> dates = new ArrayList<>();
        for (Element e : d.select(".hit .date")) {
            String[] dmy = e.text().replace("ngày ", "").split("/");
            dates.add(LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
        }
        assertTrue(dates.size() > 3, dates.toString());
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isAfter(dates.get(i - 1)), dates.toString());
        }
        assertEquals("Mới nhất", d.selectFirst("#sort option[selected]").text());
    }

    @Test
    void pagesHoldDifferentHitsAndNumberedLinks() {
        Document one = html("/?q=" + enc(BROAD) + "&size=3");
        Document two = html("/?q=" + enc(BROAD) + "&size=3&page=2");
        List<String> first = one.select(".hit h2 a").eachAttr("href");
        List<String> second = two.select(".hit h2 a").eachAttr("href");
        assertEquals(3, first.size());
        assertFalse(second.isEmpty());
        second.forEach(h -> assertFalse(first.contains(h), h + " is on both pages"));
        long pages = (total(one) + 2) / 3;
        assertEquals(Long.toString(pages), one.select("nav.pages a").stream()
                .filter(a -> a.text().matches("\\d+")).reduce((a, b) -> b).orElseThrow().text(), "a link to the last page");
        assertNotNull(two.selectFirst("nav.pages a[rel=prev]"));
    }

    @Test
    void hitsShowTheirMetadataAndHighlightedSnippets() {
        Document d = html("/?q=" + enc("tiếp xúc cử tri"));
        Element hit = d.selectFirst(".hit");
        assertNotNull(hit);
        assertFalse(hit.select(".meta .number, .meta .type, .meta .issuer, .meta .date").isEmpty());
        assertFalse(d.select(".hit .snippet mark").isEmpty());
        String href = hit.selectFirst("h2 a").attr("href");
        assertTrue(href.matches("/documents/\\d+\\?q=.+#hit-1"), href);
    }

    @Test
    void theTimelineCountsAreTheIndexsMonthCountsAndAddUpToTheYears() throws Exception {
        JsonNode r = json.readTree(s.get("/api/search?q=" + enc(BROAD)).body());
        Map<String, Integer> perYear = new HashMap<>();
        int monthly = 0;
        for (JsonNode m : r.get("facets").get("month")) {
            perYear.merge(m.get("value").asText().substring(0, 4), m.get("count").asInt(), Integer::sum);
            monthly += m.get("count").asInt();
        }
        assertFalse(perYear.isEmpty());
        for (JsonNode y : r.get("facets").get("year")) {
            assertEquals(y.get("count").asInt(), perYear.get(y.get("value").asText()), "year " + y);
        }
        Document d = html("/?q=" + enc(BROAD));
        int drawn = 0;
        for (Element bar : d.select(".timeline rect.bar")) {
            String title = bar.selectFirst("title").text();
            drawn += Integer.parseInt(title.replaceAll(".*: (\\d+) văn bản", "$1"));
        }
        assertEquals(monthly, drawn);
        // A bar's link narrows to its month, and the results are that month's count.
        Element bar = d.selectFirst(".timeline a");
        int count = Integer.parseInt(bar.selectFirst("title").text().replaceAll(".*: (\\d+) văn bản", "$1"));
        assertEquals(count, total(html(bar.attr("href"))));
    }

    @Test
    void theDidYouMeanLinkKeepsTheFilters() {
        Document d = html("/?q=" + enc("tiep xuc cu tri") + "&year=2016&sort=date");
        Element suggestion = d.selectFirst(".suggest a");
        assertNotNull(suggestion, "a suggestion for a query typed without diacritics");
        assertEquals("tiếp xúc cử tri", suggestion.text());
        Map<String, String> p = params(suggestion.attr("href"));
        assertEquals("tiếp xúc cử tri", p.get("q"));
        assertEquals("2016", p.get("year"));
        assertEquals("date", p.get("sort"));
    }

    @Test
    void aFullResultsPageWeighsUnder200Kilobytes() {
        byte[] body = s.get("/?q=" + enc("huyện") + "&size=100").body();
        Document d = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
        assertTrue(d.select(".hit").size() > 20, "a page with many hits");
        assertTrue(body.length < 200 * 1024, body.length + " bytes");
    }

    @Test
    void badParametersShowTheErrorAndKeepTheQuery() {
        var r = s.get("/?q=" + enc("ngân sách") + "&from=14-11-2016");
        assertEquals(400, r.statusCode());
        Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("ngân sách", d.selectFirst("#q").val());
        assertTrue(d.selectFirst(".error").text().contains("from"));
    }

    @Test
    void formFieldsAreLabelledAndTheLayoutHasASkipLink() {
        Document d = html("/?q=" + enc(BROAD));
        for (String id : List.of("q", "from", "to", "sort")) {
            assertNotNull(d.selectFirst("label[for=" + id + "]"), "label for #" + id);
        }
        assertEquals("#main", d.selectFirst("a.skip").attr("href"));
        assertNotNull(d.selectFirst("main#main"));
        assertNotNull(d.selectFirst("#export-csv"));
        assertNotNull(d.selectFirst("#export-xlsx"));
    }
}
