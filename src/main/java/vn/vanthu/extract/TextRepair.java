package vn.vanthu.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The repairs applied to extracted text before it is read and indexed: line endings and stray
 * control characters (left by old .doc and PDF extraction) are cleaned, and the text is put in
 * NFC. Each repair that changed something leaves a note for the document's warnings.
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
        return new Repaired(Normalizer.normalize(cleaned, Normalizer.Form.NFC), notes);
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
