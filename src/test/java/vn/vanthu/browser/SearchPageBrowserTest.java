package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search page as staff use it: typing with or without diacritics, by keyboard, on a phone. */
@BrowserTest
class SearchPageBrowserTest {
    private final BrowserSession session;
    private final Pages pages;

    SearchPageBrowserTest(BrowserSession session) {
        this.session = session;
        this.pages = new Pages(session);
    }

    @AfterEach
    void backToDesktop() {
        pages.desktop();
    }

    private List<String> firstHits(int n) {
        return pages.all(".hit h2 a").stream().limit(n).map(a -> a.getAttribute("href").replaceAll("[?#].*", "")).toList();
    }

    @Test
    void withAndWithoutDiacriticsTheFirstHitsAreTheSame() {
        pages.search("tiếp xúc cử tri");
        pages.screenshot("search-accented");
        List<String> accented = firstHits(5);
        assertEquals(5, accented.size(), "five hits at least for a phrase of many sample documents");
        assertFalse(pages.all(".hit .snippet mark").isEmpty(), "the hits are highlighted");

        pages.search("tiep xuc cu tri");
        pages.screenshot("search-unaccented");
        assertEquals(accented, firstHits(5));
        assertTrue(pages.find(".hit .snippet mark").getText().toLowerCase().contains("tiếp")
                || pages.bodyText().contains("tiếp xúc"), "unaccented typing highlights the accented words");
    }

    @Test
    void aResultsPageWeighsLessThan200Kilobytes() {
        pages.search("kỳ họp");
        Number bytes = (Number) pages.driver().executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);""");
        assertTrue(bytes.longValue() > 1000 && bytes.longValue() < 200_000, "the page and what it loads: " + bytes + " bytes");
    }

    @Test
    void atPhoneWidthTheResultsFitTheScreen() {
        pages.phone(BrowserSession.PHONE_WIDTH);
        pages.search("kỳ họp thứ ba");
        pages.screenshot("search-phone");
        pages.assertNoSidewaysScroll();
        WebElement box = pages.find("#q");
        assertTrue(box.isDisplayed() && box.getSize().width >= 200, "the search box is usable: " + box.getSize());
        assertTrue(pages.find(".hit h2 a").isDisplayed());
        // The first result is on the first screen: the facets come after the results on a phone.
        pages.driver().executeScript("window.scrollTo(0, 0)");
        Number titleBottom = (Number) pages.driver().executeScript(
                "return document.querySelector('.hit h2 a').getBoundingClientRect().bottom");
        Number screen = (Number) pages.driver().executeScript("return window.innerHeight");
        assertTrue(titleBottom.doubleValue() <= screen.doubleValue(),
                "the first result's title ends at " + titleBottom + " px, below the " + screen + " px screen");
        assertTrue(top(".facets") > top(".hit"), "the facets follow the results");
        assertTrue(pages.find(".to-facets a").isDisplayed(), "a link leads down to the facets");

        pages.open("/");
        pages.screenshot("search-phone-empty");
        pages.assertNoSidewaysScroll();
    }

    @Test
    void onADesktopTheFacetsAreBesideTheResults() {
        pages.search("kỳ họp");
        WebElement facets = pages.find("aside.facets");
        WebElement results = pages.find(".results");
        assertTrue(facets.getRect().getX() + facets.getRect().getWidth() <= results.getRect().getX(),
                "the facets are left of the results: " + facets.getRect() + " " + results.getRect());
        assertTrue(Math.abs(facets.getRect().getY() - results.getRect().getY()) < 5, "side by side, from the same top");
        assertFalse(pages.find(".to-facets").isDisplayed(), "no link down to facets that are in view");
    }

    /** Where an element starts, from the top of the page. */
    private double top(String css) {
        return ((Number) pages.driver().executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY", css)).doubleValue();
    }

    @Test
    void tabReachesTheSearchBoxThenTheButton() {
        pages.open("/");
        pages.screenshot("search-empty");
        pages.driver().executeScript("document.activeElement.blur()");
        Actions keys = new Actions(pages.driver());
        int presses = 0;
        while (!"q".equals(active().getAttribute("id")) && presses < 20) {
            keys.sendKeys(Keys.TAB).perform();
            presses++;
        }
        assertEquals("q", active().getAttribute("id"), "Tab never reached the search box");
        keys.sendKeys("tiep xuc cu tri").perform();
        // On through the date range (a date field takes a stop per part) and the sort order to the button.
        List<String> stops = new java.util.ArrayList<>();
        for (int more = 0; more < 15 && !"button".equals(active().getTagName()); more++) {
            keys.sendKeys(Keys.TAB).perform();
            String id = active().getAttribute("id");
            if (!"button".equals(active().getTagName()) && (stops.isEmpty() || !stops.get(stops.size() - 1).equals(id))) {
                stops.add(id);
            }
        }
        WebElement button = active();
        assertEquals("button", button.getTagName(), "Tab never reached the button; it stopped at " + stops);
        assertEquals("submit", button.getAttribute("type"));
        assertEquals(List.of("from", "to", "sort"), stops, "the form's fields in reading order");
        pages.navigate(() -> keys.sendKeys(Keys.ENTER).perform());
        assertFalse(pages.all(".hit").isEmpty(), "Enter on the button searched");
    }

    @Test
    void aFacetNarrowsTheResultsToItsCount() {
        pages.search("kỳ họp");
        int total = total();
        WebElement facet = pages.all(".facet[data-facet=type] li").stream()
                .filter(li -> li.findElements(By.cssSelector("a.active")).isEmpty())
                .filter(li -> count(li) < total)
                .findFirst().orElseThrow(() -> new AssertionError("no type facet narrower than " + total));
        int expected = count(facet);
        String label = facet.findElement(By.tagName("a")).getText();
        pages.follow(facet.findElement(By.tagName("a")));
        pages.screenshot("search-facet");
        assertEquals(expected, total(), "the facet's count is the number of results after clicking it");
        assertTrue(pages.path().contains("type="), "the filter is in the URL: " + pages.path());
        assertTrue(pages.find(".chips").getText().contains(label), "the active filter is shown");
        assertEquals(label, pages.find(".facet[data-facet=type] a.active").getText().replace(" ×", ""));
    }

    @Test
    void theResultsExportAsCsv() throws IOException {
        pages.search("tiếp xúc cử tri");
        int total = total();
        List<String> shown = pages.all(".hit h2 a").stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/documents/(\\d+).*", "$1")).toList();
        clearDownloads();
        pages.find("#export-csv").click();
        Path csv = pages.wait(Duration.ofSeconds(30)).until(d -> downloaded(".csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFMã,"), "a header after Excel's BOM: " + lines.get(0));
        List<String> ids = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(total, ids.size(), "every result is exported, not only the page shown");
        assertEquals(shown, ids.subList(0, shown.size()), "in the order shown");
        assertTrue(pages.all("#export-xlsx").get(0).getAttribute("href").contains("xlsx"));
    }

    private int total() {
        return Integer.parseInt(pages.find(".summary strong").getText().replaceAll("\\D", ""));
    }

    private static int count(WebElement facetItem) {
        return Integer.parseInt(facetItem.findElement(By.cssSelector(".count")).getText().replaceAll("\\D", ""));
    }

    private void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(session.downloads())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    /** The finished download with this extension, or null while there is none (Chrome writes .crdownload first). */
    private Path downloaded(String extension) {
        try (Stream<Path> files = Files.list(session.downloads())) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement active() {
        return pages.driver().switchTo().activeElement();
    }
}
