package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A facet value sent back as a filter finds the same documents whether the client sends it
 * composed (NFC) or decomposed (NFD, as macOS and some copy-paste produce): "Kế hoạch" is one type.
 */
class FacetFiltersInAnyUnicodeFormTest {
    private static ServedArchive s;

    @BeforeAll
    static void start() throws Exception {
        s = ServedArchive.samples();
    }

    private static long total(String filter, String value, Normalizer.Form form) throws Exception {
        HttpResponse<byte[]> r = s.get("/api/search?q=ky+hop&size=1&" + filter + "="
                + ServedArchive.enc(Normalizer.normalize(value, form)));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(r.body());
        return json.get("total").asLong();
    }

    @Test
    void typeIssuerAndSessionFiltersIgnoreTheUnicodeForm() throws Exception {
        for (String[] f : new String[][] {{"type", "Kế hoạch"}, {"issuer", "Thường trực HĐND huyện Khoa"},
                {"session", "Kỳ họp thứ 3 (khóa XI)"}}) {
            long composed = total(f[0], f[1], Normalizer.Form.NFC);
            assertTrue(composed > 0, f[0] + " " + f[1] + " should match the sample archive");
            assertEquals(composed, total(f[0], f[1], Normalizer.Form.NFD), f[0] + " sent as NFD");
        }
    }

    @Test
    void theTypeFilterTakesTheTypeCodeAsWellAsItsName() throws Exception {
        long byName = total("type", "Kế hoạch", Normalizer.Form.NFC);
        assertTrue(byName > 0);
        assertEquals(byName, total("type", "KH", Normalizer.Form.NFC), "the code, as in 40/KH-HĐND");
        assertEquals(byName, total("type", "kh", Normalizer.Form.NFC), "the code in lower case");
        assertEquals(0, total("type", "Kế", Normalizer.Form.NFC), "part of a name is not a type");
    }
}
