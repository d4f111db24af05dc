package vn.vanthu.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese number words as sessions and ordinals are written: "thứ nhất", "thứ ba", "thứ tư",
 * "thứ mười một", "hai mươi lăm", "ba mươi", "một trăm linh năm", or digits ("thứ 3"). Every
 * reader of sessions reads its number here ({@link #leading}). Pure functions.
 */
public final class VietnameseNumerals {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    // The digits as they stand anywhere: alone, before "mươi"/"chục"/"trăm", last. The usual spelling
    // of a value first ("bảy" before "bẩy"): TypedSessionLabel puts that one back for a word typed without marks.
    private static final Map<String, Integer> DIGIT = ordered(
            "một", 1, "hai", 2, "ba", 3, "bốn", 4, "năm", 5, "sáu", 6, "bảy", 7, "bẩy", 7, "tám", 8, "chín", 9);
    // Spellings a digit takes only in some places: the ordinals "nhất", "nhì" alone; "tư" alone or
    // after a ten ("thứ tư", "mười tư", "hai mươi tư", "lẻ tư"); "lăm"/"nhăm" after a ten; "mốt" after "mươi".
    private static final Map<String, Integer> ORDINAL_ONLY = ordered("nhất", 1, "nhì", 2);
    private static final String TU = "tư";
    private static final Map<String, Integer> AFTER_A_TEN = ordered(TU, 4, "lăm", 5, "nhăm", 5);
    private static final String MOT_AFTER_TENS = "mốt";
    private static final String TEN = "mười";
    private static final Set<String> TENS = Set.of("mươi", "chục");
    private static final String HUNDRED = "trăm";
    // "một trăm linh năm", "một trăm lẻ tư": a hundred and a digit with no tens.
    private static final Set<String> NO_TENS = Set.of("linh", "lẻ");
    // "kỳ họp thứ mười năm 2019", "… thứ hai mươi năm nay": "năm" there is the year, not five.
    private static final Set<String> YEAR_WORDS = Set.of("nay", "qua", "trước", "tới", "sau");
    /** The most words a number here takes ("một trăm hai mươi lăm"). */
    private static final int MAX_WORDS = 5;
    /** The most digits of a session's number written in digits ("kỳ họp thứ 13"). */
    private static final int MAX_DIGITS = 2;

    /** A number read at the start of a text, and where it ends in that text. */
    public record Reading(int value, int end) {
    }

    private VietnameseNumerals() {
    }

    /**
     * The value of a number written in words or digits, with or without a leading "thứ"
     * ("thứ Ba" → 3, "mười một" → 11, "hai mươi mốt" → 21, "một trăm linh năm" → 105, "12" → 12);
     * empty if the words are not one number. "nhất" and "nhì" count only alone (ordinals), "mốt",
     * "lăm" and "nhăm" only after a ten.
     */
    public static Optional<Integer> parse(String words) {
        String t = WHITESPACE.matcher(Normalizer.normalize(words, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT))
                .replaceAll(" ");
        if (t.startsWith("thứ ")) {
            t = t.substring(4).strip();
        }
        if (DIGITS.matcher(t).matches()) {
            return Optional.of(Integer.parseInt(t));
        }
        int v = value(t.split(" "));
        return v < 0 ? Optional.empty() : Optional.of(v);
    }

    /**
     * The longest positive number that opens {@code text} at {@code from} ("ba HĐND" → 3, "hai
     * mươi lăm, HĐND" → 25, "13 khóa" → 13), in words (up to {@value #MAX_WORDS}, apart by
     * white space) or in one or two digits. "năm" ending the words is five only when no year
     * follows ("mười năm 2019" is ten, then the year).
     */
    public static Optional<Reading> leading(CharSequence text, int from) {
        int len = text.length();
        if (from < len && Character.isDigit(text.charAt(from))) {
            int end = from;
            while (end < len && end - from < MAX_DIGITS && Character.isDigit(text.charAt(end))) {
                end++;
            }
            int v = Integer.parseInt(text.subSequence(from, end).toString());
            return v > 0 ? Optional.of(new Reading(v, end)) : Optional.empty();
        }
        List<String> words = new ArrayList<>(MAX_WORDS);
        List<Integer> ends = new ArrayList<>(MAX_WORDS);
        int at = from;
        while (words.size() < MAX_WORDS) {
            int end = at;
            while (end < len && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == at) {
                break;
            }
            words.add(text.subSequence(at, end).toString().toLowerCase(Locale.ROOT));
            ends.add(end);
            at = end;
            while (at < len && isSpace(text.charAt(at))) {
                at++;
            }
            if (at == end) {
                break;
            }
        }
        for (int n = words.size(); n >= 1; n--) {
            int v = value(words.subList(0, n).toArray(new String[0]));
            if (v > 0 && !(n > 1 && words.get(n - 1).equals("năm") && yearFollows(text, ends.get(n - 1)))) {
                return Optional.of(new Reading(v, ends.get(n - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every word a number here is written with, the usual spelling of a value before the others
     * ("một" before "mốt", "bảy" before "bẩy", "mười" before "mươi").
     */
    public static List<String> words() {
        List<String> out = new ArrayList<>(DIGIT.keySet());
        out.addAll(ORDINAL_ONLY.keySet());
        out.addAll(AFTER_A_TEN.keySet());
        out.add(MOT_AFTER_TENS);
        out.add(TEN);
        out.addAll(List.of("mươi", "chục"));
        out.add(HUNDRED);
        out.addAll(List.of("linh", "lẻ"));
        return List.copyOf(out);
    }

    /** The value of these lower-case words, or -1 when they are not one number. */
    private static int value(String[] w) {
        if (w.length == 1) {
            if (w[0].equals(TEN)) {
                return 10;
            }
            Integer u = DIGIT.getOrDefault(w[0], ORDINAL_ONLY.get(w[0]));
            return u != null ? u : w[0].equals(TU) ? 4 : -1;
        }
        int i = 0;
        int hundreds = 0;
        if (w[1].equals(HUNDRED) && DIGIT.containsKey(w[0])) {
            hundreds = 100 * DIGIT.get(w[0]);
            i = 2;
            if (i == w.length) {
                return hundreds;
            }
            if (NO_TENS.contains(w[i])) {
                if (i + 2 != w.length) {
                    return -1;
                }
                String unit = w[i + 1];
                return DIGIT.containsKey(unit) ? hundreds + DIGIT.get(unit) : unit.equals(TU) ? hundreds + 4 : -1;
            }
        }
        int tens;
        if (w[i].equals(TEN)) {
            tens = 1;
            i += 1;
        } else if (i + 1 < w.length && TENS.contains(w[i + 1]) && tensDigit(w[i]) > 0) {
            tens = tensDigit(w[i]);
            i += 2;
        } else {
            return -1;
        }
        if (i == w.length) {
            return hundreds + tens * 10;
        }
        if (i != w.length - 1) {
            return -1;
        }
        String unit = w[i];
        Integer u = DIGIT.getOrDefault(unit, AFTER_A_TEN.get(unit));
        if (u == null && unit.equals(MOT_AFTER_TENS) && tens >= 2) {
            u = 1;
        }
        return u == null ? -1 : hundreds + tens * 10 + u;
    }

    /** The digit of "… mươi": hai to chín, or "tư" (4) as it is sometimes written; -1 for any other word. */
    private static int tensDigit(String word) {
        Integer d = DIGIT.get(word);
        return d != null && d >= 2 ? d : word.equals(TU) ? 4 : -1;
    }

    private static boolean yearFollows(CharSequence text, int end) {
        int at = end;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        if (at == end || at == text.length()) {
            return false;
        }
        if (Character.isDigit(text.charAt(at))) {
            return true;
        }
        int wordEnd = at;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return YEAR_WORDS.contains(text.subSequence(at, wordEnd).toString().toLowerCase(Locale.ROOT));
    }

    /** White space as the session patterns' {@code \s} has it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Map<String, Integer> ordered(Object... wordsAndValues) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndValues.length; i += 2) {
            m.put((String) wordsAndValues[i], (Integer) wordsAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
