package vn.vanthu.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.vanthu.text.LegacyRepair;
import vn.vanthu.text.LegacyText;

/**
 * The repairs applied to extracted text before it is read and indexed, in order: line endings
 * and stray control characters (left by old .doc and PDF extraction); legacy Vietnamese encodings
 * (TCVN3, VNI, VIQR, CP1258) to Unicode, helped by the font names the file declares
 * ({@link LegacyText}); extraction artefacts: page headers and footers, numbers cut at line ends,
 * hyphenation, glued syllables ({@link TextCleaner}); then NFC. Each repair that changed
 * something leaves a note for the document's warnings.
 */
public final class TextRepair {
    /** The repaired text and what was done to it. */
    public record Repaired(String text, List<String> notes) {
        public Repaired {
            notes = List.copyOf(notes);
        }
    }

    public Repaired repair(ExtractedText extracted) {
        List<String> notes = new ArrayList<>();
        String text = extracted.text().replace("\r\n", "\n").replace('\r', '\n');
        String cleaned = stripControls(text);
        if (cleaned.length() != text.length()) {
            notes.add("removed " + (text.length() - cleaned.length()) + " control characters");
        }
        LegacyRepair legacy = LegacyText.repair(cleaned, extracted.fonts());
        if (legacy.changed()) {
            notes.add("converted from legacy encoding " + legacy.convertedParagraphs().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + " lines)").sorted().collect(Collectors.joining(", "))
                    + (legacy.detection().fromFontName() ? ", font " + String.join(", ", extracted.fonts()) : "")
                    + String.format(Locale.ROOT, ", confidence %.2f", legacy.detection().confidence()));
        }
        TextCleaner.Cleaned artefacts = TextCleaner.cleanWithCounts(legacy.text());
        if (artefacts.changes() > 0) {
            notes.add(String.format(Locale.ROOT, "cleaned extraction artefacts: %d header/footer lines, %d numbers and %d "
                            + "hyphenated words joined, %d glued syllables split", artefacts.headerFooterLines(),
                    artefacts.joinedNumbers(), artefacts.joinedHyphenations(), artefacts.splitSyllables()));
        }
        return new Repaired(Normalizer.normalize(artefacts.text(), Normalizer.Form.NFC), notes);
    }

    /** Control characters other than tab, newline and form feed carry no text. */
    static String stripControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F || c == '\uFFFE' || c == '\uFEFF';
            if (control && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!control && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
