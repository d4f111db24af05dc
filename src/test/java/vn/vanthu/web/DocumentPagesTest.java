package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.enc;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document page over the sample archive: the query's hits marked, the original shown or downloaded. */
class DocumentPagesTest {
    private static ServedArchive s;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private long firstHit(String params) throws Exception {
        JsonNode r = json.readTree(s.get("/api/search?" + params).body());
        return r.get("hits").get(0).get("id").asLong();
    }

    @Test
    void arrivingFromASearchMarksEveryHitAndLinksToTheFirst() throws Exception {
        String q = "tiep xuc cu tri";
        long id = firstHit("q=" + enc(q));
        Document d = Jsoup.parse(s.page("/documents/" + id + "?q=" + enc(q)));
        Element text = d.selectFirst("pre.doc-text");
        assertNotNull(text);
        Element first = text.selectFirst("mark#hit-1");
        assertNotNull(first, "the first hit carries the id the result link jumps to");
        // Without diacritics typed, the marks still land on the words as written.
        assertEquals("tiếp xúc cử tri", first.text().toLowerCase(java.util.Locale.ROOT));
        int marks = text.select("mark").size();
        assertTrue(d.selectFirst(".found").text().startsWith(marks + " chỗ khớp"), d.selectFirst(".found").text());
        assertEquals("#hit-1", d.selectFirst(".found a").attr("href"));
        // Without a query the text is plain, and the same words are there.
        Document plain = Jsoup.parse(s.page("/documents/" + id));
        assertTrue(plain.select("pre.doc-text mark").isEmpty());
        assertEquals(plain.selectFirst("pre.doc-text").wholeText(), text.wholeText());
    }

    @Test
    void aQueryNotInTheTextSaysSo() throws Exception {
        long id = firstHit("q=" + enc("ngân sách"));
        Document d = Jsoup.parse(s.page("/documents/" + id + "?q=" + enc("zzyzx")));
        assertTrue(d.select("pre.doc-text mark").isEmpty());
        assertTrue(d.selectFirst(".found").text().startsWith("Không thấy"));
    }

    @Test
    void aPdfIsShownInThePageAndOtherOriginalsAreOnlyDownloaded() throws Exception {
        long pdf = -1;
        long other = -1;
        JsonNode docs = json.readTree(s.get("/api/documents?size=100").body()).get("documents");
        for (JsonNode doc : docs) {
            if (doc.get("filename").asText().endsWith(".pdf") && pdf < 0) {
                pdf = doc.get("id").asLong();
            } else if (doc.get("filename").asText().endsWith(".html") && other < 0) {
                other = doc.get("id").asLong();
            }
        }
        assertTrue(pdf > 0 && other > 0, "the samples hold a PDF and an HTML file");
        Document page = Jsoup.parse(s.page("/documents/" + pdf));
        Element frame = page.selectFirst("iframe.pdf");
        assertNotNull(frame);
        assertEquals("/api/documents/" + pdf + "/original?inline=1", frame.attr("src"));
        assertFalse(frame.attr("title").isBlank(), "a frame has a title for screen readers");
        HttpResponse<byte[]> inline = s.get(frame.attr("src"));
        assertEquals(200, inline.statusCode());
        assertTrue(inline.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(inline.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"));
        String csp = inline.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(s.get("/api/documents/" + pdf + "/original").headers().firstValue("Content-Disposition").orElse("")
                .startsWith("attachment;"), "a plain download stays an attachment");
        // An HTML original must never render in this site's origin, inline asked or not.
        assertTrue(s.get("/api/documents/" + other + "/original?inline=1").headers().firstValue("Content-Disposition")
                .orElse("").startsWith("attachment;"));
        assertNull(Jsoup.parse(s.page("/documents/" + other)).selectFirst("iframe"));
    }
}
