package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search page as staff use it: typing with or without diacritics, by keyboard, on a phone. */
@BrowserTest
class SearchPageBrowserTest {
    private final Pages pages;

    SearchPageBrowserTest(BrowserSession session) {
        this.pages = new Pages(session);
    }

    @AfterEach
    void backToDesktop() {
        pages.desktop();
    }

    private List<String> firstHits(int n) {
        return pages.all(".hit h2 a").stream().limit(n).map(a -> a.getAttribute("href")).toList();
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
    void atPhoneWidthTheResultsFitTheScreen() {
        pages.phone(BrowserSession.PHONE_WIDTH);
        pages.search("kỳ họp thứ ba");
        pages.screenshot("search-phone");
        pages.assertNoSidewaysScroll();
        WebElement box = pages.find("#q");
        assertTrue(box.isDisplayed() && box.getSize().width >= 200, "the search box is usable: " + box.getSize());
        assertTrue(pages.find(".hit h2 a").isDisplayed());

        pages.open("/");
        pages.screenshot("search-phone-empty");
        pages.assertNoSidewaysScroll();
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
        keys.sendKeys("tiep xuc cu tri").sendKeys(Keys.TAB).perform();
        WebElement button = active();
        assertEquals("button", button.getTagName());
        assertEquals("submit", button.getAttribute("type"));
        pages.navigate(() -> keys.sendKeys(Keys.ENTER).perform());
        assertFalse(pages.all(".hit").isEmpty(), "Enter on the button searched");
    }

    private WebElement active() {
        return pages.driver().switchTo().activeElement();
    }
}
