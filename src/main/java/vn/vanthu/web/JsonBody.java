package vn.vanthu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON object a PATCH request sends (a document's or a session's corrections), read once.
 * Every way a body can be wrong is a 400 {@link ApiError} that says what to send instead, so the
 * handlers answer bad bodies alike.
 */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /**
     * The body as an object; anything else (no body, not JSON, an array or a scalar) is answered
     * "the body must be a JSON object such as EXAMPLE".
     */
    static JsonBody object(String body, String example) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object such as " + example);
        }
        return new JsonBody(root);
    }

    /** The names sent, in the order sent. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        root.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Refuses a name outside {@code allowed}, naming what may be sent. */
    void allowOnly(Set<String> allowed, String what) {
        for (String name : names()) {
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown field '" + Params.abbreviate(name) + "'; " + what + " may set " + allowed);
            }
        }
    }

    /** The value sent under this name, when one was sent and is not null. */
    Optional<JsonNode> value(String name) {
        return Optional.ofNullable(root.get(name)).filter(v -> !v.isNull());
    }

    /** Text without its surrounding blanks; empty when absent, null or blank; 400 when not text. */
    Optional<String> text(String name) {
        return value(name).map(v -> {
            if (!v.isTextual()) {
                throw ApiError.badRequest("'" + name + "' must be text");
            }
            return v.asText().strip();
        }).filter(s -> !s.isEmpty());
    }

    /**
     * Text or a whole number, as text ("85" for 85); empty when null; 400 for anything else. Not
     * stripped: what an empty string means is the caller's to decide.
     */
    Optional<String> textOrWholeNumber(String name) {
        return value(name).map(v -> {
            if (!v.isTextual() && !v.isIntegralNumber()) {
                throw ApiError.badRequest("'" + Params.abbreviate(name) + "' must be text, a whole number or null");
            }
            return v.asText();
        });
    }

    /** The body on one line, as parsed (for the audit log). */
    String compact() {
        return root.toString();
    }
}
