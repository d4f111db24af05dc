package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.vanthu.TestPaths;

/** What the browser tests do to pages: open, wait, read, and save a screenshot of each. */
final class Pages {
    static final Path SCREENSHOTS = TestPaths.project().resolve("target/screenshots");

    private final BrowserSession session;
    private final ChromeDriver driver;

    Pages(BrowserSession session) {
        this.session = session;
        this.driver = session.driver();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the served archive and checks it answered as a page, not an error. */
    void open(String pathAndQuery) {
        driver.get(session.url(pathAndQuery));
        assertNoAlert();
        assertTrue(driver.findElements(By.cssSelector("html[lang=vi] header")).size() == 1,
                pathAndQuery + " did not render a vanthu page: " + driver.getTitle());
    }

    WebElement find(String css) {
        return wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Clicks a link (or a submit button) and waits for the next page to load. */
    void follow(WebElement link) {
        navigate(link::click);
    }

    /**
     * Does what leads to another page and waits until that page has loaded: the old page's marker
     * is gone (a staleness check trips over chromedriver's "node does not belong to the document").
     */
    void navigate(Runnable action) {
        driver.executeScript("window.vanthuOldPage = true");
        action.run();
        wait(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.vanthuOldPage === undefined && document.readyState === 'complete'")));
        assertNoAlert();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(session.url("").length());
    }

    void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            fail("the page opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // no alert: as it should be
        }
    }

    /** The page fits the viewport's width: nothing to scroll sideways. */
    void assertNoSidewaysScroll() {
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) driver.executeScript("return window.innerWidth");
        assertTrue(scroll.intValue() <= width.intValue(),
                path() + " is " + scroll + " px wide in a " + width + " px viewport");
    }

    /** Shows the page as a phone of the given width would (until {@link #desktop()}). */
    void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves the whole page (beyond the viewport) as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The search page for a query, reached the way a person does: type it in the box and press Tìm. */
    void search(String query) {
        open("/");
        WebElement box = find("#q");
        box.clear();
        box.sendKeys(query);
        follow(find("form.search button[type=submit]"));
        assertEquals(query, find("#q").getAttribute("value"), "the box keeps the query");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
