package vn.vanthu.correction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A correction with bad fields: every problem at once, by field name, so a form can show each beside its field. */
public final class InvalidCorrectionException extends IllegalArgumentException {
    private final Map<String, FieldError> errors;

    public InvalidCorrectionException(Map<String, FieldError> errors) {
        super(errors.entrySet().stream().map(e -> "'" + e.getKey() + "': " + e.getValue().message())
                .collect(Collectors.joining("; ")));
        this.errors = new LinkedHashMap<>(errors);
    }

    /** What is wrong, by field name in request order (the API's names; "fields" for the request as a whole). */
    public Map<String, FieldError> errors() {
        return java.util.Collections.unmodifiableMap(errors);
    }
}
