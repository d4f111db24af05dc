package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolutionStatus;

/**
 * Cross-references on the sample archive plus two later documents (src/test/resources/xref): the
 * district's own 49/KH-HĐND of 2017 and a 2017 resolution replacing 16/2016/NQ-HĐND. Checked
 * against the labels of sample-expected/documents.json, through the archive and over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossReferenceTest {
    private static final String SEED = "2016-12-28-bc-45-rut-kinh-nghiem-ky-hop-thu-ba.txt";
    private static final String PROVINCE_49 = "2016-10-24-kh-49-tinh-tuyen-truyen-ky-hop-thu-ba.pdf";
    private static final String DISTRICT_49 = "2017-06-05-kh-49-chuan-bi-ky-hop-thu-tu.docx";
    private static final String NQ_05_2017 = "2017-07-14-nq-05-2017-dieu-chinh-chuong-trinh-giam-sat-2017.txt";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    Archive archive;
    WebServer server;
    JsonNode labels;
    final Map<String, Long> idByFile = new HashMap<>();

    static Path extra() {
        return TestPaths.project().resolve("src/test/resources/xref");
    }

    @BeforeAll
    void start() throws IOException {
        archive = Archive.open(data, IndexConfig.at(TestPaths.project().resolve("index-config")));
        archive.ingest(List.of(TestPaths.sampleDocs(), extra()), line -> { });
        for (ArchivedDocument d : archive.documents(0, 1000)) {
            idByFile.put(d.filename(), d.id());
        }
        labels = json.readTree(TestPaths.project().resolve("src/test/resources/sample-expected/documents.json").toFile());
        server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
        archive.close();
    }

    private static String key(String number) {
        return DocumentNumber.parse(number).orElseThrow().key();
    }

    /** The labelled archive's files bearing each number key. */
    private Map<String, List<String>> filesByKey() {
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode d : labels) {
            if (d.get("number").isNull() || DocumentNumber.parse(d.get("number").asText()).isEmpty()) {
                continue; // a draft's blank number bears nothing
            }
            out.computeIfAbsent(key(d.get("number").asText()), k -> new ArrayList<>()).add(d.get("filename").asText());
        }
        return out;
    }

    @Test
    void tracingEveryNumberTheSeedCitesGivesTheRightDocumentsAndSentences() {
        JsonNode seed = null;
        for (JsonNode d : labels) {
            if (d.get("filename").asText().equals(SEED)) {
                seed = d;
            }
        }
        long seedId = idByFile.get(SEED);
        Map<String, List<String>> bearers = filesByKey();
        Map<String, Integer> expectedCitations = new HashMap<>();
        int numbered = 0;
        for (JsonNode c : seed.get("citations")) {
            if (c.get("number").isNull()) {
                continue;
            }
            numbered++;
            String written = c.get("number").asText();
            expectedCitations.merge(key(written), 1, Integer::sum);
            NumberTrace t = archive.trace(written).orElseThrow();
            List<NumberTrace.CitedBy> bySeed = t.citedBy().stream().filter(cb -> cb.citer().id() == seedId).toList();
            assertFalse(bySeed.isEmpty(), written);
            assertTrue(bySeed.stream().anyMatch(cb -> cb.citation().sentence().contains(written)
                    && cb.citation().relation().equals(c.get("relation").asText())), written + " → " + bySeed);
            // The province's plan is the one the seed means ("… của HĐND tỉnh"), not the district's of 2017.
            List<String> meant = key(written).equals(key("49/KH-HĐND")) ? List.of(PROVINCE_49)
                    : bearers.getOrDefault(key(written), List.of());
            for (NumberTrace.CitedBy cb : bySeed) {
                if (meant.isEmpty()) {
                    assertEquals(ResolutionStatus.MISSING, cb.status(), written);
                    assertEquals(List.of(), cb.resolvedTo(), written);
                } else {
                    assertEquals(ResolutionStatus.RESOLVED, cb.status(), written + ": " + cb.citation().sentence());
                    assertEquals(meant.stream().map(idByFile::get).toList(), cb.resolvedTo(), written);
                }
            }
            // The trace's documents are every archived document bearing the number, whatever its issuer.
            Set<Long> bearing = new HashSet<>(t.documents().stream().map(d -> d.id()).toList());
            for (String f : bearers.getOrDefault(key(written), List.of())) {
                assertTrue(bearing.contains(idByFile.get(f)), written + " should list " + f);
            }
        }
        assertEquals(11, numbered, "the seed's numbered citations in the labels");
        expectedCitations.forEach((k, n) -> assertEquals(n.longValue(), archive.trace(k).orElseThrow().citedBy().stream()
                .filter(cb -> cb.citer().id() == seedId).count(), "citations of " + k + " by the seed"));
    }

    @Test
    void theProvincesAndTheDistricts49StayApart() {
        NumberTrace t = archive.trace("49/kh-hdnd").orElseThrow();
        assertEquals(List.of(idByFile.get(PROVINCE_49), idByFile.get(DISTRICT_49)), t.documents().stream().map(d -> d.id()).toList());
        assertEquals(2, t.byIssuer().size(), t.byIssuer().toString());
        assertTrue(t.byIssuer().get(0).issuer().contains("tỉnh"), t.byIssuer().toString());
        assertTrue(t.byIssuer().get(1).issuer().contains("huyện"), t.byIssuer().toString());
        Map<Long, List<Long>> meant = new HashMap<>();
        for (NumberTrace.CitedBy c : t.citedBy()) {
            assertEquals(ResolutionStatus.RESOLVED, c.status(), c.citation().sentence());
            meant.put(c.citer().id(), c.resolvedTo());
        }
        assertEquals(List.of(idByFile.get(PROVINCE_49)), meant.get(idByFile.get(SEED)));
        assertEquals(List.of(idByFile.get(DISTRICT_49)), meant.get(idByFile.get(NQ_05_2017)));
        ArchivedDocument province = archive.document(idByFile.get(PROVINCE_49)).orElseThrow();
        ArchivedDocument district = archive.document(idByFile.get(DISTRICT_49)).orElseThrow();
        assertEquals(List.of(idByFile.get(SEED)), archive.citedBy(province).stream().map(c -> c.citer().id()).toList());
        assertTrue(archive.citedBy(district).stream().map(c -> c.citer().id()).toList().contains(idByFile.get(NQ_05_2017)));
        assertTrue(t.timeline().get(0).what().equals("ban hành") && t.timeline().get(0).documentId() == idByFile.get(PROVINCE_49));
    }

    @Test
    void laterDocumentsReplaceAndAmendEarlierOnes() {
        long nq06 = idByFile.get("2016-07-22-nq-06-2016-muc-chi-hoat-dong-hdnd.pdf");
        long nq16 = idByFile.get("2016-12-20-nq-16-2016-chuong-trinh-giam-sat-2017.doc");
        long nq15 = idByFile.get("2016-12-20-nq-15-2016-du-toan-ngan-sach-2017.docx");
        // 06/2016 was amended by 17/2016, then replaced by 09/2017: replacement is the stronger status.
        var changed = archive.status(nq06);
        assertEquals("replaced", changed.code());
        assertEquals(idByFile.get("2017-07-14-nq-09-2017-muc-chi-hoat-dong-hdnd.odt"), changed.strongest().orElseThrow().by().id());
        assertTrue(changed.changes().stream().anyMatch(c -> c.by().id()
                == idByFile.get("2016-12-20-nq-17-2016-sua-doi-muc-chi-hoat-dong-hdnd.odt")));
        var replaced = archive.status(nq16);
        assertEquals("replaced", replaced.code());
        assertEquals(idByFile.get(NQ_05_2017), replaced.strongest().orElseThrow().by().id());
        assertEquals("unchanged", archive.status(nq15).code());
    }

    @Test
    void theMissingReportCountsCitationsCitersAndDates() {
        var m = archive.missingNumbers(0, 500);
        assertEquals(m.total(), m.numbers().size());
        var cv37 = m.numbers().stream().filter(r -> r.key().equals(key("37/CV-HĐND"))).findFirst().orElseThrow();
        assertEquals(2, cv37.citations());
        assertEquals(2, cv37.citerCount());
        assertEquals(List.of(idByFile.get("2016-12-20-nq-16-2016-chuong-trinh-giam-sat-2017.doc"), idByFile.get(SEED)),
                cv37.citers().stream().map(d -> d.id()).toList());
        assertEquals("2016-12-20", cv37.firstCited().orElseThrow().toString());
        assertEquals("2016-12-28", cv37.lastCited().orElseThrow().toString());
        assertEquals(List.of("37/CV-HĐND"), cv37.spellings());
        Set<String> keys = new HashSet<>(m.numbers().stream().map(r -> r.key()).toList());
        assertTrue(keys.containsAll(List.of(key("38/KH-HĐND"), key("86-TB/HU"), key("46/KH-HĐND"), key("2561/QĐ-UBND"),
                key("98/BC-UBND"))), keys.toString());
        // 12/BC-KTXH and 09/BC-PC are the district committees' reports (header "Ban Kinh tế - Xã hội" under "HĐND huyện Khoa").
        for (String archived : List.of("40/KH-HĐND", "39/KH-HĐND", "49/KH-HĐND", "06/2016/NQ-HĐND", "12/BC-KTXH", "09/BC-PC",
                "168/TTr-UBND")) {
            assertFalse(keys.contains(key(archived)), archived + " is archived");
        }
        for (int i = 1; i < m.numbers().size(); i++) {
            assertTrue(m.numbers().get(i - 1).citations() >= m.numbers().get(i).citations(), "most cited first");
        }
    }

    // ---- over HTTP ------------------------------------------------------------------------

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
        return json.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theNumberApiGroupsByIssuerAndGivesEachCitingSentence() throws Exception {
        JsonNode r = getJson("/api/numbers/49/KH-H%C4%90ND");
        assertEquals("49/KH-HDND", r.get("key").asText());
        assertEquals(2, r.get("byIssuer").size());
        assertEquals(2, r.get("documents").size());
        JsonNode bySeed = null;
        for (JsonNode c : r.get("citedBy")) {
            if (c.get("id").asLong() == idByFile.get(SEED)) {
                bySeed = c;
            }
        }
        assertEquals("căn cứ", bySeed.get("relation").asText());
        assertEquals("2016-12-28", bySeed.get("issued").asText());
        assertEquals("2016-10-24", bySeed.get("citedDate").asText());
        assertEquals("HĐND tỉnh", bySeed.get("citedIssuer").asText());
        assertEquals("resolved", bySeed.get("status").asText());
        assertEquals(idByFile.get(PROVINCE_49).longValue(), bySeed.get("resolvedIds").get(0).asLong());
        assertTrue(bySeed.get("context").asText().startsWith("Căn cứ Kế hoạch số 49/KH-HĐND ngày 24/10/2016 của HĐND tỉnh"));
        List<String> dates = new ArrayList<>();
        r.get("timeline").forEach(e -> dates.add(e.get("date").asText()));
        assertEquals(dates.stream().sorted().toList(), dates, "the timeline is in date order");
        assertEquals(r.get("documents").size() + r.get("citedBy").size(), r.get("timeline").size(), "each issue and each citation");
        // Every citation fits the first page here: the counts are the list's, and there is no next page.
        int n = r.get("citedBy").size();
        assertEquals(n, r.get("citedByTotal").asInt());
        assertEquals(0, r.get("offset").asInt());
        assertEquals(50, r.get("limit").asInt());
        assertTrue(r.get("nextOffset").isNull());
        int byRelation = 0;
        for (JsonNode rel : r.get("relations")) {
            byRelation += rel.get("citations").asInt();
        }
        assertEquals(n, byRelation, "the relations count every citation");
        JsonNode summary = r.get("timelineSummary");
        int byYear = summary.get("undated").asInt();
        for (JsonNode y : summary.get("byYear")) {
            byYear += y.get("citations").asInt();
        }
        assertEquals(n, byYear, "the years count every citation");
        assertEquals(dates(r.get("citedBy"), "issued").get(0), summary.get("firstCited").asText());
    }

    private static List<String> dates(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get(field).asText()));
        return out;
    }

    @Test
    void theNumberApiPagesItsCitationsWithExactCounts() throws Exception {
        JsonNode whole = getJson("/api/numbers/49/KH-H%C4%90ND");
        int total = whole.get("citedByTotal").asInt();
        assertTrue(total >= 2, whole.toString());
        List<Long> pagedIds = new ArrayList<>();
        Integer offset = 0;
        while (offset != null) {
            JsonNode page = getJson("/api/numbers/49/KH-H%C4%90ND?limit=1&offset=" + offset);
            assertEquals(total, page.get("citedByTotal").asInt(), "every page counts every citation");
            assertEquals(whole.get("relations"), page.get("relations"));
            assertEquals(whole.get("timelineSummary"), page.get("timelineSummary"));
            assertEquals(whole.get("documents"), page.get("documents"));
            assertEquals(1, page.get("citedBy").size());
            pagedIds.add(page.get("citedBy").get(0).get("id").asLong());
            offset = page.get("nextOffset").isNull() ? null : page.get("nextOffset").asInt();
        }
        List<Long> wholeIds = new ArrayList<>();
        whole.get("citedBy").forEach(c -> wholeIds.add(c.get("id").asLong()));
        assertEquals(wholeIds, pagedIds);
        assertEquals(0, getJson("/api/numbers/49/KH-H%C4%90ND?offset=" + total).get("citedBy").size());
        for (String bad : new String[]{"?offset=-1", "?limit=0", "?limit=501", "?offset=x"}) {
            HttpResponse<String> r = get("/api/numbers/49/KH-H%C4%90ND" + bad);
            assertEquals(400, r.statusCode(), bad + " → " + r.body());
            assertTrue(json.readTree(r.body()).has("message"), r.body());
        }
        // The page: where it is among the citations and a link to the next.
        String first = get("/numbers?n=" + enc("49/KH-HĐND") + "&limit=1").body();
        assertTrue(first.contains("Được dẫn chiếu bởi (" + total + ")"), first);
        assertTrue(first.contains("Dẫn chiếu 1–1 trong " + total) && first.contains("rel=\"next\""), first);
        assertTrue(first.contains("offset=1&amp;limit=1") || first.contains("offset=1&limit=1"), first);
        assertFalse(first.contains("rel=\"prev\""), first);
        String last = get("/numbers?n=" + enc("49/KH-HĐND") + "&limit=1&offset=" + (total - 1)).body();
        assertTrue(last.contains("Dẫn chiếu " + total + "–" + total + " trong " + total) && last.contains("rel=\"prev\""), last);
        assertFalse(last.contains("rel=\"next\""), last);
    }

    @Test
    void theDocumentApiGivesStatusesAndResolvedCitations() throws Exception {
        JsonNode nq16 = getJson("/api/documents/" + idByFile.get("2016-12-20-nq-16-2016-chuong-trinh-giam-sat-2017.doc"));
        assertEquals("replaced", nq16.get("status").get("code").asText());
        assertEquals(idByFile.get(NQ_05_2017).longValue(), nq16.get("status").get("changes").get(0).get("id").asLong());
        JsonNode seed = getJson("/api/documents/" + idByFile.get(SEED));
        int missing = 0;
        for (JsonNode c : seed.get("citations")) {
            if (c.get("number").isNull()) {
                assertTrue(c.get("status").isNull());
            } else if (c.get("status").asText().equals("missing")) {
                missing++;
                assertTrue(c.get("resolvedId").isNull());
            } else {
                assertEquals("resolved", c.get("status").asText(), c.toString());
                assertEquals(c.get("resolvedIds").get(0), c.get("resolvedId"));
            }
        }
        assertEquals(2, missing, "37/CV-HĐND and 38/KH-HĐND");
    }

    @Test
    void theGraphHasTypedEdgesBothWaysAndMissingNumbers() throws Exception {
        long kh40 = idByFile.get("2016-11-14-kh-40-txct-ky-hop-thu-ba.docx");
        JsonNode g = getJson("/api/documents/" + kh40 + "/graph?depth=1");
        Map<String, JsonNode> nodes = new HashMap<>();
        g.get("nodes").forEach(n -> nodes.put(n.get("id").asText(), n));
        Set<String> edges = new HashSet<>();
        g.get("edges").forEach(e -> edges.add(e.get("from").asText() + ">" + e.get("to").asText() + ":" + e.get("relation").asText()));
        String self = "d" + kh40;
        // Out: căn cứ 39/KH-HĐND, theo 01/HD-HĐND. In: the seed (twice), 01/HD-HĐND, 03/BC-TĐB, 42/BC-HĐND.
        assertTrue(edges.contains(self + ">d" + idByFile.get("2016-11-07-kh-39-chuan-bi-ky-hop-thu-ba.odt") + ":căn cứ"), edges.toString());
        assertTrue(edges.contains(self + ">d" + idByFile.get("2016-11-14-hd-01-txct-ky-hop-thu-ba.pdf") + ":theo"), edges.toString());
        assertTrue(edges.contains("d" + idByFile.get(SEED) + ">" + self + ":thực hiện"), edges.toString());
        assertTrue(edges.contains("d" + idByFile.get(SEED) + ">" + self + ":dẫn chiếu"), edges.toString());
        assertTrue(edges.contains("d" + idByFile.get("2016-11-30-bc-03-tdb3-ket-qua-txct-ky-hop-thu-ba.html") + ">" + self + ":thực hiện"));
        assertTrue(edges.contains("d" + idByFile.get("2016-12-05-bc-42-tong-hop-y-kien-cu-tri-ky-hop-thu-ba.txt") + ">" + self + ":thực hiện"));
        assertEquals(0, nodes.get(self).get("layer").asInt());
        assertEquals(-1, nodes.get("d" + idByFile.get("2016-11-07-kh-39-chuan-bi-ky-hop-thu-ba.odt")).get("layer").asInt());
        assertEquals(1, nodes.get("d" + idByFile.get(SEED)).get("layer").asInt());
        assertFalse(g.get("truncated").asBoolean());

        JsonNode seedGraph = getJson("/api/documents/" + idByFile.get(SEED) + "/graph");
        Set<String> seedNodes = new HashSet<>();
        seedGraph.get("nodes").forEach(n -> seedNodes.add(n.get("id").asText()));
        assertTrue(seedNodes.containsAll(List.of("n:37/CV-HDND", "n:38/KH-HDND", "d" + idByFile.get(PROVINCE_49))), seedNodes.toString());
        // The district's 2017 plan cites the seed (an edge into it), but the seed's 49/KH-HĐND is the province's.
        seedGraph.get("edges").forEach(e -> assertFalse(e.get("from").asText().equals("d" + idByFile.get(SEED))
                && e.get("to").asText().equals("d" + idByFile.get(DISTRICT_49)), e.toString()));

        JsonNode deeper = getJson("/api/documents/" + kh40 + "/graph?depth=2");
        assertTrue(deeper.get("nodes").size() > g.get("nodes").size());
        Set<String> deepNodes = new HashSet<>();
        deeper.get("nodes").forEach(n -> deepNodes.add(n.get("id").asText()));
        assertTrue(deepNodes.contains("d" + idByFile.get("2016-11-07-tb-18-ket-luan-lien-tich-ky-hop-thu-ba.docx")),
                "39/KH-HĐND cites 18/TB-HĐND: two steps away");
    }

    @Test
    void theMissingAndDatesApisAnswer() throws Exception {
        JsonNode m = getJson("/api/missing?size=5");
        assertEquals(5, m.get("numbers").size());
        assertTrue(m.get("total").asInt() > 5);
        JsonNode first = m.get("numbers").get(0);
        assertTrue(first.get("citations").asInt() >= m.get("numbers").get(4).get("citations").asInt());

        JsonNode d = getJson("/api/dates?from=2016-12-19&to=2016-12-20");
        Set<String> issued = new HashSet<>();
        d.get("issued").forEach(x -> issued.add(x.get("number").asText()));
        assertEquals(Set.of("15/2016/NQ-HĐND", "16/2016/NQ-HĐND", "17/2016/NQ-HĐND"), issued);
        boolean seedMentions = false;
        for (JsonNode x : d.get("mentioned")) {
            String date = x.get("date").asText();
            assertTrue(date.equals("2016-12-19") || date.equals("2016-12-20"), date);
            if (x.get("document").get("id").asLong() == idByFile.get(SEED)) {
                seedMentions |= x.get("context").asText().contains("trong hai ngày 19 và 20/12/2016");
            }
        }
        assertTrue(seedMentions, d.toString());
        JsonNode one = getJson("/api/dates?from=2016-12-28");
        assertEquals(1, one.get("issuedTotal").asInt(), "'to' defaults to 'from'");
        for (JsonNode x : one.get("mentioned")) {
            assertFalse(x.get("document").get("id").asLong() == idByFile.get(SEED), "the header's own date is no mention");
        }
    }

    @Test
    void badInputGetsJson4xx() throws Exception {
        long id = idByFile.get(SEED);
        String[][] cases = {
                {"/api/documents/abc/graph", "400"},
                {"/api/documents/0/graph", "400"},
                {"/api/documents/999999/graph", "404"},
                {"/api/documents/" + id + "/graph?depth=4", "400"},
                {"/api/documents/" + id + "/graph?depth=0", "400"},
                {"/api/documents/" + id + "/graph?depth=deep", "400"},
                {"/api/numbers/hello", "400"},
                {"/api/numbers?n=" + enc("/QĐ-UBND"), "400"},
                {"/api/missing?size=0", "400"},
                {"/api/missing?size=100000", "400"},
                {"/api/missing?page=x", "400"},
                {"/api/dates", "400"},
                {"/api/dates?to=2016-12-01", "400"},
                {"/api/dates?from=2016-02-30", "400"},
                {"/api/dates?from=yesterday", "400"},
                {"/api/dates?from=2016-12-31&to=2016-01-01", "400"},
                {"/api/dates?from=2016-01-01&size=501", "400"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), c[0]);
            JsonNode err = json.readTree(r.body());
            assertTrue(err.has("error") && err.has("message"), c[0] + " → " + r.body());
        }
    }

    @Test
    void thePagesShowPanelsStatusesDiagramAndReports() throws Exception {
        String nq16 = get("/documents/" + idByFile.get("2016-12-20-nq-16-2016-chuong-trinh-giam-sat-2017.doc")).body();
        assertTrue(nq16.contains("Đã bị thay thế") && nq16.contains("/documents/" + idByFile.get(NQ_05_2017)), nq16);
        assertTrue(nq16.contains("Căn cứ, dẫn chiếu") && nq16.contains("Được dẫn chiếu bởi"));
        assertTrue(nq16.contains("<svg") && nq16.contains("05/2017/NQ-HĐND") && nq16.contains("thay thế"), nq16);
        assertFalse(nq16.contains("<script"), "no JavaScript");

        String seed = get("/documents/" + idByFile.get(SEED) + "?depth=2").body();
        assertTrue(seed.contains("chưa có trong kho") && seed.contains("37/CV-HĐND"), seed);

        String trace = get("/numbers?n=" + enc("49/KH-HĐND")).body();
        assertTrue(trace.contains("tỉnh Hòa Nam") && trace.contains("Thường trực HĐND huyện Khoa"), trace);
        assertTrue(trace.contains("Dòng thời gian") && trace.contains("Căn cứ Kế hoạch số 49/KH-HĐND"), trace);

        String missing = get("/missing").body();
        assertTrue(missing.contains("37/CV-HĐND") && missing.contains("38/KH-HĐND") && missing.contains(">20/12/2016</time>"), missing);
        String dates = get("/dates?from=2016-12-19&to=2016-12-20").body();
        assertTrue(dates.contains("15/2016/NQ-HĐND") && dates.contains("19 và 20/12/2016"), dates);
        HttpResponse<String> badDates = get("/dates?from=2016-12-31&to=2016-01-01");
        assertEquals(400, badDates.statusCode());
        String nav = get("/").body();
        assertTrue(nav.contains("href=\"/missing\"") && nav.contains("href=\"/dates\""), nav);
    }

    @Test
    void aCitedDocumentIngestedAfterItsCiterLinksUp(@TempDir Path fresh, @TempDir Path inbox) throws Exception {
        Path seedFile = TestPaths.sampleDocs().resolve(SEED);
        Path kh40 = TestPaths.sampleDocs().resolve("2016-11-14-kh-40-txct-ky-hop-thu-ba.docx");
        try (Archive a = Archive.open(fresh, IndexConfig.at(TestPaths.project().resolve("index-config")))) {
            a.ingest(List.of(seedFile), line -> { });
            NumberTrace before = a.trace("40/KH-HĐND").orElseThrow();
            assertTrue(before.documents().isEmpty());
            assertEquals(2, before.citedBy().size());
            before.citedBy().forEach(c -> assertEquals(ResolutionStatus.MISSING, c.status()));
            assertTrue(a.missingNumbers(0, 100).numbers().stream().anyMatch(r -> r.key().equals("40/KH-HDND")));

            a.ingest(List.of(kh40), line -> { });
            NumberTrace after = a.trace("40/KH-HĐND").orElseThrow();
            long planId = after.documents().get(0).id();
            after.citedBy().forEach(c -> {
                assertEquals(ResolutionStatus.RESOLVED, c.status(), c.citation().sentence());
                assertEquals(List.of(planId), c.resolvedTo());
            });
            assertFalse(a.missingNumbers(0, 100).numbers().stream().anyMatch(r -> r.key().equals("40/KH-HDND")));
            ArchivedDocument plan = a.document(planId).orElseThrow();
            assertEquals(2, a.citedBy(plan).size());
        }
        // Reopening keeps the links; nothing is pending.
        try (Archive a = Archive.open(fresh, IndexConfig.at(TestPaths.project().resolve("index-config")))) {
            assertEquals(ResolutionStatus.RESOLVED, a.trace("40/KH-HĐND").orElseThrow().citedBy().get(0).status());
        }
    }
}
