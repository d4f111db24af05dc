package vn.vanthu.extract;

import java.util.List;

/**
 * What extraction got out of one file.
 *
 * @param text      the plain text, as the parser gave it (not yet normalised)
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param warnings  things a person should know (no text layer, …), in Vietnamese-neutral English
 */
public record ExtractedText(String text, String mediaType, List<String> warnings) {

    public ExtractedText {
        warnings = List.copyOf(warnings);
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
