package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.enc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanthu.access.Caller;
import vn.vanthu.access.Role;
import vn.vanthu.document.ArchivedDocument;

/**
 * Every page over the sample archive writes its dates the Vietnamese way (14/11/2016, tháng
 * 11/2016): no ISO date (2016-11-14) or month (2016-11) in what people read, the window title and
 * the charts' tooltips included. ISO stays where machines read it: {@code <time datetime>}, links
 * and form values. File names keep their own spelling (the samples are named 2016-11-14-kh-40-…).
 */
class VisibleDatesTest {
    /** An ISO day or month; year ranges such as "2016-2020" are not (their second part is no month). */
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])\\d{4}-(0[1-9]|1[0-2])(-[0-3]\\d)?(?![\\d])");

    private static ServedArchive s;
    private static String adminToken;
    private static List<ArchivedDocument> documents;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
        // As the administrator, so the confidential sample's pages are checked too.
        adminToken = s.archive.createToken(Role.ADMIN, "visible-dates-test", Caller.commandLine()).token();
        documents = s.archive.documents(0, 1000);
    }

    private Document page(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + pathAndQuery))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), pathAndQuery);
        return Jsoup.parse(r.body());
    }

    /** The ISO dates in the text people read on a page: window title, body text, SVG tooltips and labels. */
    private static List<String> isoDatesShown(Document d) {
        String shown = d.title() + "\n" + d.body().text();
        // Longest first, so a file name is not left half-removed by a shorter one it starts with.
        for (String name : documents.stream().map(ArchivedDocument::filename).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            shown = shown.replace(name, "");
        }
        return isoDates(shown);
    }

    private static List<String> isoDates(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            found.add(m.group() + " in …" + text.substring(from, Math.min(text.length(), m.end() + 40)) + "…");
        }
        return found;
    }

    @Test
    void thePatternFindsIsoDatesAndMonthsButNotYearRangesOrVietnameseDates() {
        assertEquals(2, isoDates("ban hành 2016-11-14, tháng 2016-11").size());
        assertTrue(isoDates("giai đoạn 2016-2020, ngày 14/11/2016, tháng 11/2016, số 15/2020/NQ-HĐND").isEmpty());
    }

    @Test
    void noPageShowsAnIsoDate() throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/?q=" + enc("kỳ họp"),
                "/?q=" + enc("kỳ họp") + "&from=2016-11-01&to=2016-11-30",
                "/?q=" + enc("ngân sách") + "&sort=date&page=2&size=5",
                "/numbers",
                "/numbers?n=" + enc("40/KH-HĐND"),
                "/numbers?n=" + enc("37/CV-HĐND"),
                "/missing",
                "/dates?from=2016-12-01&to=2016-12-31",
                "/sessions",
                "/compare",
                "/compare?a=" + enc("kỳ họp thứ hai khóa XI") + "&b=" + enc("kỳ họp thứ ba khóa XI"),
                "/compare?a=" + enc("q:ngân sách") + "&b=" + enc("q:cử tri"),
                "/upload",
                "/login"));
        for (ArchivedDocument d : documents) {
            paths.add("/documents/" + d.id());
            paths.add("/documents/" + d.id() + "?depth=2");
        }
        List<String> shown = new ArrayList<>();
        for (String p : paths) {
            isoDatesShown(page(p)).forEach(x -> shown.add(p + ": " + x));
        }
        assertTrue(shown.isEmpty(), String.join("\n", shown));
    }

    @Test
    void datesAreShownDayFirstAndKeepIsoForMachines() throws Exception {
        ArchivedDocument plan = documents.stream().filter(d -> d.filename().startsWith("2016-11-14-kh-40")).findFirst().orElseThrow();
        Document d = page("/documents/" + plan.id());
        Element issued = d.select("main > table:first-of-type tr").stream()
                .filter(r -> r.selectFirst("th") != null && r.selectFirst("th").text().equals("Ngày ban hành"))
                .findFirst().orElseThrow().selectFirst("td time");
        assertNotNull(issued, "the issue date is a <time>");
        assertEquals("14/11/2016", issued.text());
        assertEquals("2016-11-14", issued.attr("datetime"));

        Document trace = page("/numbers?n=" + enc("40/KH-HĐND"));
        assertFalse(trace.select("main time[datetime]").isEmpty(), "the trace writes its dates as <time>");
        trace.select("main time[datetime]").forEach(t ->
                assertEquals(Dates.day(java.time.LocalDate.parse(t.attr("datetime"))), t.text(), t.outerHtml()));

        Document search = page("/?q=" + enc("kỳ họp") + "&from=2016-11-01&to=2016-11-30");
        assertTrue(search.selectFirst(".chips").text().contains("01/11/2016"), search.selectFirst(".chips").text());
        assertEquals("2016-11-01", search.selectFirst("#from").val(), "the form keeps ISO for the date field");
        assertTrue(search.select("svg.timeline-chart title").text().contains("tháng 11/2016"), "the month chart names months");

        Document sessions = page("/sessions");
        assertTrue(sessions.select("main table td time").stream().anyMatch(t -> t.text().equals("19/12/2016")),
                "the third session opened on 19/12/2016");
    }
}
