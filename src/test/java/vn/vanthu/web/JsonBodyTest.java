package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The PATCH bodies' one reader: what it accepts, and the 400 it answers for everything else. */
class JsonBodyTest {
    private static final String EXAMPLE = "{\"opening\": \"2016-12-19\"}";

    private static ApiError refused(Runnable r) {
        ApiError e = assertThrows(ApiError.class, r::run);
        assertEquals(400, e.status());
        assertEquals("bad_request", e.code());
        return e;
    }

    @Test
    void anythingButAnObjectIsRefusedWithTheExample() {
        for (String body : new String[] {null, "", "not json", "[1, 2]", "42", "\"text\"", "null", "{\"a\": "}) {
            assertEquals("the body must be a JSON object such as " + EXAMPLE,
                    refused(() -> JsonBody.object(body, EXAMPLE)).getMessage(), String.valueOf(body));
        }
    }

    @Test
    void textIsStrippedAndBlankOrNullIsNothing() {
        JsonBody b = JsonBody.object("{\"kind\": \"  thường lệ \", \"note\": \"   \", \"closing\": null}", EXAMPLE);
        assertEquals(List.of("kind", "note", "closing"), b.names());
        assertEquals(Optional.of("thường lệ"), b.text("kind"));
        assertEquals(Optional.empty(), b.text("note"));
        assertEquals(Optional.empty(), b.text("closing"));
        assertEquals(Optional.empty(), b.text("absent"));
        assertEquals("'closing' must be text",
                refused(() -> JsonBody.object("{\"closing\": 20161220}", EXAMPLE).text("closing")).getMessage());
    }

    @Test
    void textOrWholeNumberTakesNumbersAsTextAndRefusesTheRest() {
        JsonBody b = JsonBody.object("{\"number\": 85, \"title\": \"\", \"issuer\": null}", EXAMPLE);
        assertEquals(Optional.of("85"), b.textOrWholeNumber("number"));
        assertEquals(Optional.of(""), b.textOrWholeNumber("title"), "an empty string is the caller's to read");
        assertEquals(Optional.empty(), b.textOrWholeNumber("issuer"));
        for (String bad : new String[] {"1.5", "true", "[]", "{}"}) {
            assertEquals("'x' must be text, a whole number or null",
                    refused(() -> JsonBody.object("{\"x\": " + bad + "}", EXAMPLE).textOrWholeNumber("x")).getMessage(), bad);
        }
    }

    @Test
    void onlyTheAllowedNamesPass() {
        JsonBody.object("{\"opening\": \"2016-12-19\"}", EXAMPLE).allowOnly(Set.of("opening"), "a correction");
        assertEquals("unknown field 'color'; a correction may set [opening]",
                refused(() -> JsonBody.object("{\"opening\": \"2016-12-19\", \"color\": \"red\"}", EXAMPLE)
                        .allowOnly(Set.of("opening"), "a correction")).getMessage());
    }

    @Test
    void compactIsTheBodyOnOneLine() {
        assertEquals("{\"closing\":\"2016-12-21\",\"note\":\"theo biên bản\"}",
                JsonBody.object("{\"closing\": \"2016-12-21\",\n \"note\": \"theo biên bản\"}", EXAMPLE).compact());
    }
}
