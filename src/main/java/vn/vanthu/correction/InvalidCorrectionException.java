package vn.vanthu.correction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A correction with bad fields: every problem at once, by field name, so a form can show each beside its field. */
public final class InvalidCorrectionException extends IllegalArgumentException {
    private final Map<String, String> errors;

    public InvalidCorrectionException(Map<String, String> errors) {
        super(errors.entrySet().stream().map(e -> "'" + e.getKey() + "': " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.errors = new LinkedHashMap<>(errors);
    }

    /** What is wrong, by field name (the API's names; "fields" for the request as a whole). */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
