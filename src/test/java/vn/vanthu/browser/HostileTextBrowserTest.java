package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A document whose title and text hold {@code <script>} and {@code "><img onerror=…>} shows them
 * as text on every page that shows it: no alert, no injected element, the literal text visible.
 */
@BrowserTest
class HostileTextBrowserTest {
    private final BrowserSession session;
    private final Pages pages;

    HostileTextBrowserTest(BrowserSession session) {
        this.session = session;
        this.pages = new Pages(session);
    }

    /** Nothing of the markup became an element, and its text is on the page as written. */
    private void assertShownAsText(String where) {
        pages.assertNoAlert();
        assertEquals(0L, pages.driver().executeScript("return document.querySelectorAll('img[src=\"x\"], img[onerror]').length"),
                where + ": an injected img element");
        assertEquals(0L, pages.driver().executeScript(
                "return Array.from(document.scripts).filter(s => s.textContent.includes('alert(1)')).length"),
                where + ": an injected script element");
        assertEquals(0L, pages.driver().executeScript(
                "return Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                        + ".some(a => a.name.startsWith('on'))).length"),
                where + ": an element with an event handler attribute");
        String text = pages.bodyText();
        assertTrue(text.contains(Hostile.SCRIPT), where + " does not show " + Hostile.SCRIPT);
        assertTrue(text.contains(Hostile.IMG), where + " does not show " + Hostile.IMG);
    }

    @Test
    void searchResultsAndSnippets() {
        pages.search(Hostile.PHRASE);
        pages.screenshot("hostile-search");
        assertTrue(pages.find(".hit h2 a").getText().contains(Hostile.SCRIPT), "the title as text in the hit");
        assertTrue(pages.all(".hit .snippet").stream().anyMatch(s -> s.getText().contains("alert(1)")), "the snippet as text");
        assertShownAsText("search results");
    }

    @Test
    void searchForTheMarkupItself() {
        pages.search(Hostile.IMG);
        pages.screenshot("hostile-search-markup");
        pages.assertNoAlert();
        assertEquals(Hostile.IMG, pages.find("#q").getAttribute("value"), "the query is kept as typed");
        assertEquals(0L, pages.driver().executeScript("return document.querySelectorAll('img[src=\"x\"]').length"));
    }

    @Test
    void documentPage() {
        pages.open("/documents/" + session.hostileId() + "?q=" + Pages.enc(Hostile.PHRASE));
        pages.screenshot("hostile-document");
        assertTrue(pages.find("main h1").getText().contains(Hostile.SCRIPT), pages.find("main h1").getText());
        assertTrue(pages.driver().getTitle().contains(Hostile.SCRIPT), "the window title as text: " + pages.driver().getTitle());
        assertShownAsText("the document page");
    }

    @Test
    void numberTraceOfTheCitedPlan() {
        pages.open("/numbers?n=" + Pages.enc("40/KH-HĐND"));
        pages.screenshot("hostile-trace");
        assertTrue(pages.all("main a[href='/documents/" + session.hostileId() + "']").size() > 0, "the hostile document cites the plan");
        assertShownAsText("the number trace");
    }

    @Test
    void facetsAndDatesStayText() {
        pages.search(Hostile.PHRASE);
        pages.follow(pages.find(".facet[data-facet=type] a"));
        pages.screenshot("hostile-facet");
        assertShownAsText("results narrowed by a facet");
        pages.open("/dates?from=2016-12-15&to=2016-12-15");
        pages.screenshot("hostile-dates");
        assertShownAsText("the date view");
    }
}
