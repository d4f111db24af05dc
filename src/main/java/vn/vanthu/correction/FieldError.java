package vn.vanthu.correction;

/** What is wrong with one field of a correction: in English for the API, in Vietnamese for the pages. */
public record FieldError(String message, String vietnamese) {
}
