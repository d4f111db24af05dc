package vn.vanthu.document;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff correction of one metadata field, with its provenance.
 *
 * @param field     the corrected field
 * @param value     the corrected value as shown (number as written, type name, ISO date…)
 * @param extracted the value read from the text that the correction overrides (empty: nothing was read)
 * @param by        who corrected it (the token's label, or the name given on the command line)
 * @param at        when
 * @param note      why, if they said
 */
public record FieldCorrection(MetadataField field, String value, Optional<String> extracted, String by, Instant at,
                              Optional<String> note) {
}
