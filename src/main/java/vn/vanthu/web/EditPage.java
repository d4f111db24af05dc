package vn.vanthu.web;

import java.util.List;
import java.util.Optional;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.FieldCorrection;

/**
 * The correction form of a document: one row per field with the value to show (the effective
 * one, or what staff typed when the form comes back with errors), what extraction read, who
 * corrected it, and the error beside it.
 *
 * @param csrfToken the session's CSRF token for the hidden field, when pages have sessions
 */
public record EditPage(ArchivedDocument document, List<Row> rows, List<String> sessionKinds, Optional<String> note,
                       Optional<String> formError, Optional<String> csrfToken) {

    /** One labelled field of the form. */
    public record Row(String name, String label, String value, Optional<String> extracted,
                      Optional<FieldCorrection> correction, Optional<String> error, String hint) {
    }
}
