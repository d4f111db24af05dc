package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A session label typed decomposed (NFD) names the same session as typed composed, not a search for its words. */
class CompareSidesInAnyUnicodeFormTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private static JsonNode compare(Normalizer.Form form) throws Exception {
        HttpResponse<byte[]> r = s.get("/api/compare?a=" + ServedArchive.enc(Normalizer.normalize("kỳ họp thứ hai khóa XI", form))
                + "&b=" + ServedArchive.enc(Normalizer.normalize("kỳ họp thứ ba khóa XI", form)));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void anNfdSessionLabelIsTheSession() throws Exception {
        JsonNode nfc = compare(Normalizer.Form.NFC);
        JsonNode nfd = compare(Normalizer.Form.NFD);
        for (String side : new String[] {"a", "b"}) {
            assertEquals("session", nfc.get(side).get("kind").asText());
            assertEquals("session", nfd.get(side).get("kind").asText(), side + " typed as NFD: " + nfd.get(side).get("label"));
            assertEquals(nfc.get(side).get("label").asText(), nfd.get(side).get("label").asText());
        }
    }
}
