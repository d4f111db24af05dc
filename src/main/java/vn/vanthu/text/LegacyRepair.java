package vn.vanthu.text;

import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link LegacyText#repair}: the text in Unicode and what was found.
 *
 * @param text                 the repaired text (the input itself when nothing was converted)
 * @param detection            the whole-text decision
 * @param paragraphs           lines looked at
 * @param convertedParagraphs  lines converted, per encoding (a text can mix encodings)
 */
public record LegacyRepair(String text, LegacyDetection detection, int paragraphs,
                           Map<LegacyEncoding, Integer> convertedParagraphs) {

    public LegacyRepair {
        convertedParagraphs = Map.copyOf(convertedParagraphs);
    }

    /** True when some of the text was converted. */
    public boolean changed() {
        return !convertedParagraphs.isEmpty();
    }

    /** The encoding found, if any. */
    public Optional<LegacyEncoding> encoding() {
        return detection.encoding();
    }
}
