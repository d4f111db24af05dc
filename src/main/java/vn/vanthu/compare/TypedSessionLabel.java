package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.VietnameseNumerals;

/**
 * A session label as a person types it on the comparison form: with diacritics ("kỳ họp thứ hai
 * khóa XI") or without ("ky hop thu hai khoa XI", "ky hop thu 2"), as many type on a keyboard
 * with no Vietnamese input. A label typed without them is read with the marks of the words a label
 * is made of put back; only typed labels are read so, not the documents' texts.
 */
final class TypedSessionLabel {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern UNMARKED = Pattern.compile("[A-Za-z]+");

    // The words of a label (SessionMentions' patterns), as typed without marks.
    private static final Map<String, String> LABEL_WORDS = Map.ofEntries(
            Map.entry("ky", "kỳ"), Map.entry("ki", "kỳ"), Map.entry("hop", "họp"), Map.entry("lan", "lần"),
            Map.entry("thu", "thứ"), Map.entry("khoa", "khóa"),
            Map.entry("chuyen", "chuyên"), Map.entry("de", "đề"), Map.entry("bat", "bất"), Map.entry("thuong", "thường"));
    /**
     * The number words (VietnameseNumerals') under their unmarked form, the usual spelling first:
     * "mot" is một or mốt, "bay" bảy or bẩy, "muoi" mười or mươi. Derived, so a word the numbers
     * learn is typed without marks too.
     */
    private static final Map<String, List<String>> NUMBER_WORDS = numberWords();

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
                List<String> spellings = NUMBER_WORDS.get(lower);
                marked = spellings != null ? spelling(spellings, previous) : LABEL_WORDS.getOrDefault(lower, word);
            }
            out.append(marked);
            previous = marked.toLowerCase(Locale.ROOT);
            at = m.end();
        }
        return out.append(typed, at, typed.length()).toString();
    }

    /**
     * The spelling that goes on with the word before as one number ("hai" then "muoi" is mươi,
     * "thứ" then "muoi" mười, "mười" then "mot" một); else the usual one.
     */
    private static String spelling(List<String> spellings, String previous) {
        for (String s : spellings) {
            if (VietnameseNumerals.parse(previous + " " + s).isPresent()) {
                return s;
            }
        }
        return spellings.get(0);
    }

    private static Map<String, List<String>> numberWords() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String w : VietnameseNumerals.words()) {
            out.computeIfAbsent(PlainText.fold(w), k -> new ArrayList<>()).add(w);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
