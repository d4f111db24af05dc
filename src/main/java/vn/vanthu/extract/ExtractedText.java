package vn.vanthu.extract;

import java.util.List;

/**
 * What extraction got out of one file.
 *
 * @param text      the plain text, as the parser gave it (not yet normalised)
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param warnings  things a person should know (no text layer, …), in Vietnamese-neutral English
 * @param needsOcr  the file has no text layer and OCR was not available: keep it, flag it
 * @param fonts     font names the file declares, where the format shows them (legacy-encoding hints)
 */
public record ExtractedText(String text, String mediaType, List<String> warnings, boolean needsOcr, List<String> fonts) {

    public ExtractedText {
        warnings = List.copyOf(warnings);
        fonts = List.copyOf(fonts);
    }

    public ExtractedText(String text, String mediaType, List<String> warnings) {
        this(text, mediaType, warnings, false, List.of());
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
