package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.vanthu.text.VietnameseLetters;
import vn.vanthu.text.VietnameseNormalizer;

/**
 * A document's text made ready for comparing: one spelling (NFC, canonical tone marks), lines
 * that end mid-sentence joined to the next (extraction breaks sentences across lines and pages,
 * e.g. "34 lượt cử" / "tri" in the seed report), and split into sentences.
 */
final class PlainText {
    private static final Pattern LIST_MARKER = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4}|[a-zđ])\\.");

    private PlainText() {
    }

    /** The text on one line per paragraph: a line not ending a sentence continues on the next. */
    static String joined(String text) {
        String t = VietnameseNormalizer.normalize(text.replace('\r', '\n'));
        StringBuilder sb = new StringBuilder(t.length());
        for (String line : t.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                sb.append(".;:!?".indexOf(last) >= 0 ? '\n' : ' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    /**
     * The sentences: split at '.', ';', '!' or '?' followed by a space, and at paragraph ends;
     * a list marker ("1.", "II.", "a.") stays with the sentence it opens.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : joined(text).split("\n")) {
            String pending = "";
            for (String piece : paragraph.split("(?<=[.;!?])\\s+")) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (LIST_MARKER.matcher(p).matches()) {
                    pending = pending + p + " ";
                    continue;
                }
                out.add(pending + p);
                pending = "";
            }
            if (!pending.isBlank()) {
                out.add(pending.strip());
            }
        }
        return out;
    }

    /** Lower case without marks, one character for one (so offsets stay valid): "Đại biểu" → "dai bieu". */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[i] = c >= '\u0300' && c < '\u0370' ? ' ' : VietnameseLetters.fold(Character.toLowerCase(c));
        }
        return new String(out);
    }

    /** The syllables of a text, lower case, letters only ("Kỳ họp thứ 3" → kỳ, họp, thứ). */
    static List<String> syllables(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
