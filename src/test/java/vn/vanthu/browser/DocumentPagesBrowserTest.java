package vn.vanthu.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.vanthu.document.ArchivedDocument;

/** From a hit to the document, along its citations, and the pages beside search. */
@BrowserTest
class DocumentPagesBrowserTest {
    /** The report (BC 45) that cites the plan 40/KH-HĐND. */
    private static final String CITING = "2016-12-28-bc-45-rut-kinh-nghiem-ky-hop-thu-ba.txt";

    private final BrowserSession session;
    private final Pages pages;

    DocumentPagesBrowserTest(BrowserSession session) {
        this.session = session;
        this.pages = new Pages(session);
    }

    private ArchivedDocument sample(String filename) {
        return session.archive().documents(0, 1000).stream().filter(d -> d.filename().equals(filename)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + filename));
    }

    /** The value of a row of the document page's metadata table. */
    private String metadata(String label) {
        for (WebElement row : pages.all("main > table:first-of-type tr")) {
            if (row.findElement(By.tagName("th")).getText().equals(label)) {
                return row.findElement(By.tagName("td")).getText();
            }
        }
        throw new AssertionError("no row " + label + " on " + pages.path());
    }

    @Test
    void aHitOpensItsDocument() {
        pages.search("rút kinh nghiệm kỳ họp thứ ba");
        WebElement first = pages.find(".hit h2 a");
        String title = first.getText();
        pages.follow(first);
        pages.screenshot("document");
        assertTrue(pages.path().matches("/documents/\\d+(\\?.*)?"), pages.path());
        assertEquals(title, pages.find("main h1").getText());
        assertFalse(metadata("Số, ký hiệu").isBlank());
        assertTrue(pages.find("pre.text").getText().length() > 200, "the text is shown");
        assertTrue(pages.find("a[href$='/original']").isDisplayed(), "the original can be downloaded");
    }

    @Test
    void aCitationLeadsToTheCitedDocumentAndBack() {
        ArchivedDocument citing = sample(CITING);
        pages.open("/documents/" + citing.id());
        pages.screenshot("document-citing");
        WebElement row = pages.all("main table tr").stream()
                .filter(r -> r.findElements(By.tagName("td")).size() >= 4)
                .filter(r -> r.findElements(By.tagName("td")).get(1).getText().contains("40/KH-HĐND"))
                .findFirst().orElseThrow(() -> new AssertionError("no citation of 40/KH-HĐND on " + pages.path()));
        pages.follow(row.findElement(By.cssSelector("td:nth-child(3) a[href^='/documents/']")));
        pages.screenshot("document-cited");
        assertEquals("40/KH-HĐND", metadata("Số, ký hiệu"));
        List<String> citers = pages.all("main a[href='/documents/" + citing.id() + "']").stream().map(WebElement::getText).toList();
        assertFalse(citers.isEmpty(), "the cited plan lists the report among the documents citing it");
    }

    @Test
    void theNumberPageTracesAPlan() {
        pages.open("/numbers");
        WebElement box = pages.find("#n");
        box.sendKeys("40/kh-hdnd");
        pages.follow(pages.find("form.search button[type=submit]"));
        pages.screenshot("number-trace");
        assertTrue(pages.find("main h1").getText().startsWith("Số 40/KH-H"), pages.find("main h1").getText());
        assertEquals(1, pages.all("main h3 + ul li").size(), "one document bears the number");
        String citedBy = pages.all("main h2").stream().map(WebElement::getText).filter(t -> t.startsWith("Được dẫn chiếu bởi"))
                .findFirst().orElseThrow();
        int count = Integer.parseInt(citedBy.replaceAll("\\D", ""));
        assertTrue(count >= 2, citedBy);
        int rows = pages.driver().findElements(By.xpath(
                "//h2[starts-with(., 'Được dẫn chiếu bởi')]/following-sibling::table[1]//tr[td]")).size();
        assertEquals(count, rows, "the count in the heading is the table's rows");
        assertTrue(pages.bodyText().contains("Thực hiện Kế hoạch số 40/KH-HĐND"), "the citing sentence is shown");
        assertTrue(pages.all("main a[href='/documents/" + sample(CITING).id() + "']").size() > 0, "the report is among the citers");
    }

    @Test
    void theMissingReportRenders() {
        pages.open("/missing");
        pages.screenshot("missing");
        assertTrue(pages.find("main h1").getText().contains("chưa có trong kho"));
        assertTrue(pages.all("main table tr").size() > 1, "the sample archive cites numbers it lacks");
        WebElement number = pages.find("main table tr:nth-child(2) td a");
        String shown = number.getText();
        pages.follow(number);
        assertTrue(pages.bodyText().contains("Văn bản này chưa có trong kho"), "a missing number traces to no document: " + shown);
    }

    @Test
    void theDateViewRenders() {
        pages.open("/dates?from=2016-12-01&to=2016-12-31");
        pages.screenshot("dates");
        assertEquals("2016-12-01", pages.find("#from").getAttribute("value"), "the date field keeps ISO");
        assertTrue(pages.find("main h2").getText().startsWith("Ban hành từ 01/12/2016 đến 31/12/2016"), pages.find("main h2").getText());
        WebElement firstDay = pages.find("main h2 + ul li time");
        assertTrue(firstDay.getText().matches("\\d{2}/12/2016"), "days are written day first: " + firstDay.getText());
        assertEquals(firstDay.getText(), dayFirst(firstDay.getAttribute("datetime")));
        assertTrue(pages.all("main h2 + ul li").size() >= 5, "December 2016 holds the third session's documents");
        assertFalse(pages.all("main table tr td").isEmpty(), "and documents mentioning its dates");
    }

    @Test
    void theSessionsListRendersAndLeadsToTheComparison() {
        pages.open("/sessions");
        pages.screenshot("sessions");
        List<WebElement> rows = pages.all("main table tr");
        assertTrue(rows.size() >= 3, "the samples hold the second, third and fourth sessions");
        List<WebElement> days = pages.all("main table td time");
        assertFalse(days.isEmpty(), "the sessions' days");
        days.forEach(t -> assertEquals(dayFirst(t.getAttribute("datetime")), t.getText()));
        pages.follow(pages.find("main table tr:nth-child(2) a[href^='/compare']"));
        assertTrue(pages.path().startsWith("/compare?a="), pages.path());
    }

    @Test
    void theComparePageRenders() {
        pages.open("/compare?a=" + Pages.enc("kỳ họp thứ hai khóa XI") + "&b=" + Pages.enc("kỳ họp thứ ba khóa XI"));
        pages.screenshot("compare");
        assertTrue(pages.all("main .error").isEmpty(), pages.bodyText());
        assertTrue(pages.bodyText().matches("(?s).*A: Kỳ họp thứ (2|hai).*B: Kỳ họp thứ (3|ba).*"), "both sessions are named");
        assertTrue(pages.bodyText().contains("19/12/2016 … 20/12/2016"), "the third session's days, day first");
        assertEquals(2, pages.all("main figure svg").size(), "the charts are drawn");
        assertTrue(pages.find("a[href^='/api/compare.xlsx']").isDisplayed());
        assertKeysClearOfThePlots();
    }

    @Test
    void theCompareChartsKeysStayClearOfThePlotsOnAPhone() {
        try {
            pages.phone(BrowserSession.PHONE_WIDTH);
            pages.open("/compare?a=" + Pages.enc("q:ngân sách") + "&b=" + Pages.enc("kỳ họp thứ ba khóa XI"));
            pages.screenshot("compare-phone");
            assertEquals(2, pages.all("main figure svg").size(), "the charts are drawn");
            assertKeysClearOfThePlots();
            pages.assertNoSidewaysScroll();
        } finally {
            pages.desktop();
        }
    }

    /**
     * Measured as drawn, with the browser's fonts: each chart's key rows lie inside the chart and
     * touch no bar, dot, line or text of the plot, nor each other.
     */
    private void assertKeysClearOfThePlots() {
        @SuppressWarnings("unchecked")
        List<String> clashes = (List<String>) pages.driver().executeScript("""
                const out = [];
                const box = e => e.getBBox();
                const meets = (a, b) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
                document.querySelectorAll('main figure svg').forEach((svg, i) => {
                  const vb = svg.viewBox.baseVal;
                  const keys = [...svg.querySelectorAll('g.legend')];
                  if (keys.length !== 2) out.push('chart ' + i + ' has ' + keys.length + ' key rows');
                  const plot = [...svg.querySelectorAll('rect, circle, line, text')].filter(e => !e.closest('g.legend'));
                  keys.forEach((k, j) => {
                    const b = box(k);
                    if (b.x < 0 || b.y < 0 || b.x + b.width > vb.width) out.push('chart ' + i + ' key ' + j + ' leaves the chart: ' + JSON.stringify(b));
                    keys.slice(j + 1).forEach(o => { if (meets(b, box(o))) out.push('chart ' + i + ': the keys overlap'); });
                    plot.forEach(e => { if (meets(b, box(e))) out.push('chart ' + i + ' key ' + j + ' meets ' + e.outerHTML.slice(0, 80)); });
                  });
                });
                return out;""");
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    /** An ISO date as the pages write it. */
    private static String dayFirst(String iso) {
        return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
