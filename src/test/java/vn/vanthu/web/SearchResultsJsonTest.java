package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectWriter;

import org.junit.jupiter.api.Test;

import vn.vanthu.index.FacetValue;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchResults;

/** The hand-written search answer is byte for byte what the server's Jackson mapper writes for it. */
class SearchResultsJsonTest {
    private static final ObjectWriter JACKSON = WebServer.objectMapper().writerFor(SearchResults.class);

    private static void assertSameAsJackson(SearchResults r) throws Exception {
        byte[] expected = JACKSON.writeValueAsBytes(r);
        byte[] actual = SearchResultsJson.bytes(r);
        int at = java.util.Arrays.mismatch(expected, actual);
        if (at >= 0) {
            // Where they part, briefly (the answers themselves can be long).
            int from = Math.max(0, at - 40);
            fail("differs at byte " + at + ": Jackson wrote …" + excerpt(expected, from) + "…, the writer …" + excerpt(actual, from) + "…");
        }
    }

    private static String excerpt(byte[] b, int from) {
        return new String(b, from, Math.min(80, b.length - from), StandardCharsets.UTF_8);
    }

    private static SearchHit hit(long id, String text, float score, Optional<String> number) {
        return new SearchHit(id, number, Optional.of("Nghị quyết"), "Về " + text, Optional.of("HĐND tỉnh"),
                Optional.of("2020-01-22"), Optional.empty(), score, List.of("… <mark>" + text + "</mark> …", text));
    }

    @Test
    void aTypicalAnswerWithFacetsAndASuggestion() throws Exception {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(new FacetValue("Báo cáo", 1370), new FacetValue("Kế hoạch", 12)));
        facets.put("issuer", List.of());
        facets.put("month", List.of(new FacetValue("2020-01", 3)));
        SearchResults r = new SearchResults(5632, 17, List.of(
                hit(2783, "cử tri", 13.848528f, Optional.of("05/KH-UBND")),
                hit(3028, "tiếp xúc \"cử tri\" & <b>", 0f, Optional.empty())), facets, Optional.of("hộ nghèo"), true);
        assertSameAsJackson(r);
        assertSameAsJackson(new SearchResults(0, 0, List.of(), Map.of(), Optional.empty(), false));
    }

    @Test
    void everyScoreAsJacksonWritesIt() throws Exception {
        float[] scores = {0f, -0f, 1f, 13.848528f, 1e-5f, 1.0E-3f, 1e7f, 1e10f, 123456789f, Float.MIN_VALUE, Float.MAX_VALUE,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -2.5f};
        Random random = new Random(7);
        List<SearchHit> hits = new ArrayList<>();
        for (float s : scores) {
            hits.add(hit(1, "x", s, Optional.empty()));
        }
        for (int i = 0; i < 2000; i++) {
            hits.add(hit(i, "x", Float.intBitsToFloat(random.nextInt()), Optional.empty()));
            hits.add(hit(i, "x", random.nextFloat() * 40, Optional.empty()));
        }
        assertSameAsJackson(new SearchResults(Long.MAX_VALUE, -1, hits, Map.of(), Optional.empty(), true));
    }

    @Test
    void everyKindOfCharacterEscapedAsJacksonEscapesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x900; c++) {
            all.append(c);
        }
        String[] texts = {all.toString(), "\"\\/\b\f\n\r\t\u007f\u2028\u2029\uFEFF\uFFFF", "😀 emoji, 𝕏", "lone \uD83D high",
            "lone \uDE00 low", "\uDE00\uD83D reversed", "end \uD83D", "Nhân dân tệ ₫ — “quoted”", ""};
        List<SearchHit> hits = new ArrayList<>();
        for (String t : texts) {
            hits.add(new SearchHit(1, Optional.of(t), Optional.empty(), t, Optional.empty(), Optional.of(t), Optional.of(t), 1f,
                    List.of(t, t)));
        }
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            char[] cs = new char[random.nextInt(40)];
            for (int j = 0; j < cs.length; j++) {
                int kind = random.nextInt(4);
                cs[j] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? random.nextInt(0x10000)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : 0x1E00 + random.nextInt(0x100));
            }
            hits.add(new SearchHit(i, Optional.empty(), Optional.empty(), new String(cs), Optional.empty(), Optional.empty(),
                    Optional.empty(), 2f, List.of(new String(cs))));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("ty\"pe\n", List.of(new FacetValue(all.toString(), 1)));
        assertSameAsJackson(new SearchResults(3, 4, hits, facets, Optional.of(texts[1]), true));
    }
}
