package vn.vanthu.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session label as a person types it on the comparison form: with diacritics ("kỳ họp thứ hai
 * khóa XI") or without ("ky hop thu hai khoa XI", "ky hop thu 2"), as many type on a keyboard
 * with no Vietnamese input. A label typed without them is read with the marks of the words a label
 * is made of put back; only typed labels are read so, not the documents' texts.
 */
final class TypedSessionLabel {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern UNMARKED = Pattern.compile("[A-Za-z]+");

    // The words of a label (SessionMentions' patterns) and the numbers (VietnameseNumerals), as typed without marks.
    private static final Map<String, String> MARKED = Map.ofEntries(
            Map.entry("ky", "kỳ"), Map.entry("ki", "kỳ"), Map.entry("hop", "họp"), Map.entry("lan", "lần"),
            Map.entry("thu", "thứ"), Map.entry("khoa", "khóa"),
            Map.entry("chuyen", "chuyên"), Map.entry("de", "đề"), Map.entry("bat", "bất"), Map.entry("thuong", "thường"),
            Map.entry("mot", "một"), Map.entry("nhat", "nhất"), Map.entry("nhi", "nhì"), Map.entry("bon", "bốn"),
            Map.entry("tu", "tư"), Map.entry("nam", "năm"), Map.entry("lam", "lăm"), Map.entry("nham", "nhăm"),
            Map.entry("sau", "sáu"), Map.entry("bay", "bảy"), Map.entry("tam", "tám"), Map.entry("chin", "chín"),
            Map.entry("chuc", "chục"));
    // "muoi" is "mười" (ten) on its own or first, "mươi" (tens) after a unit: "hai mươi", "mười một".
    private static final Set<String> UNITS = Set.of("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín");

    private TypedSessionLabel() {
    }

    /** The sessions the typed text names: as typed, else with the label's marks put back. */
    static List<SessionMentions.Mention> read(String typed) {
        List<SessionMentions.Mention> asTyped = SessionMentions.findAll(typed);
        return asTyped.isEmpty() ? SessionMentions.findAll(withMarks(typed)) : asTyped;
    }

    /** The text with each unmarked word of a label spelled with its marks; other words as typed. */
    static String withMarks(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 8);
        Matcher m = WORD.matcher(typed);
        int at = 0;
        String previous = "";
        while (m.find()) {
            out.append(typed, at, m.start());
            String word = m.group();
            String marked = word;
            if (UNMARKED.matcher(word).matches()) {
                String lower = word.toLowerCase(Locale.ROOT);
                marked = lower.equals("muoi") ? (UNITS.contains(previous) ? "mươi" : "mười") : MARKED.getOrDefault(lower, word);
            }
            out.append(marked);
            previous = marked.toLowerCase(Locale.ROOT);
            at = m.end();
        }
        return out.append(typed, at, typed.length()).toString();
    }
}
