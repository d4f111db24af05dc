package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.web.ServedArchive.body;
import static vn.vanthu.web.ServedArchive.enc;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A session label typed without diacritics names the session on /compare and /api/compare, not a search for its words. */
class CompareSidesWithoutDiacriticsTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private static JsonNode compare(String a, String b) throws Exception {
        HttpResponse<byte[]> r = s.get("/api/compare?a=" + enc(a) + "&b=" + enc(b));
        assertEquals(200, r.statusCode(), body(r));
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void theApiTakesFoldedLabelsAsTheSessions() throws Exception {
        JsonNode marked = compare("kỳ họp thứ hai khóa XI", "kỳ họp thứ ba khóa XI");
        JsonNode folded = compare("ky hop thu hai khoa XI", "Ky hop thu ba khoa XI");
        for (String side : new String[] {"a", "b"}) {
            assertEquals("session", folded.get(side).get("kind").asText(), side + ": " + folded.get(side).get("label"));
            assertEquals(marked.get(side).get("label").asText(), folded.get(side).get("label").asText());
        }
        JsonNode digits = compare("ky hop thu 2", "kỳ họp thứ ba khóa XI");
        assertEquals(marked.get("a").get("label").asText(), digits.get("a").get("label").asText());
    }

    @Test
    void anAmbiguousFoldedLabelAsksForTheTermAsTheMarkedOneDoes() {
        HttpResponse<byte[]> r = s.get("/api/compare?a=" + enc("ky hop thu ba") + "&b=" + enc("kỳ họp thứ hai khóa XI"));
        String answer = body(r).substring(0, Math.min(300, body(r).length()));
        assertEquals(400, r.statusCode(), answer);
        assertTrue(answer.contains("ambiguous"), answer);
    }

    @Test
    void aNumberOfThreeWordsIsReadWhole() {
        // The samples hold sessions 2 to 4 of term XI: the 25th is named as such, not taken for the 20th.
        for (String typed : new String[] {"kỳ họp thứ hai mươi lăm khóa XI", "ky hop thu hai muoi lam khoa XI"}) {
            HttpResponse<byte[]> r = s.get("/api/compare?a=" + enc(typed) + "&b=" + enc("kỳ họp thứ hai khóa XI"));
            String answer = body(r);
            assertEquals(400, r.statusCode(), answer);
            assertTrue(answer.contains("Kỳ họp thứ 25 (khóa XI)"), typed + ": " + answer);
        }
        String page = body(s.get("/compare?a=" + enc("ky hop thu hai muoi lam khoa XI") + "&b=" + enc("kỳ họp thứ hai khóa XI")));
        assertTrue(page.contains("kho chưa có Kỳ họp thứ 25 (khóa XI)"), page);
    }

    @Test
    void thePageShowsTheSessions() {
        String page = s.page("/compare?a=" + enc("ky hop thu hai khoa XI") + "&b=" + enc("ky hop thu 3 khoa 11"));
        assertTrue(page.contains("Kỳ họp thứ 2 (khóa XI)"), page);
        assertTrue(page.contains("Kỳ họp thứ 3 (khóa XI)"), page);
        assertTrue(!page.contains("Tìm: «ky hop"), "taken as a search: " + page);
    }
}
