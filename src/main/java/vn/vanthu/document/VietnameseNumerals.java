package vn.vanthu.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese number words as sessions and ordinals are written: "thứ nhất", "thứ ba", "thứ tư",
 * "thứ mười một", "hai mươi lăm", or digits ("thứ 3"). Pure functions.
 */
public final class VietnameseNumerals {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    // Units as they stand alone or after "mười"/"mươi"; "tư" is 4 and "bảy"/"bẩy" 7, as written in practice.
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("nhất", 1),
            Map.entry("hai", 2), Map.entry("nhì", 2),
            Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("tư", 4),
            Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("nhăm", 5),
            Map.entry("sáu", 6),
            Map.entry("bảy", 7), Map.entry("bẩy", 7),
            Map.entry("tám", 8),
            Map.entry("chín", 9));

    private VietnameseNumerals() {
    }

    /**
     * The value of a number written in words or digits, with or without a leading "thứ"
     * ("thứ Ba" → 3, "mười một" → 11, "hai mươi mốt" → 21, "12" → 12); empty if it is not one.
     * "nhất" only counts as 1 when it stands alone (an ordinal), "mốt" and "lăm" only after a ten.
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
        String[] w = t.split(" ");
        if (w.length == 1) {
            Integer u = UNITS.get(w[0]);
            if (w[0].equals("mười")) {
                return Optional.of(10);
            }
            if (u == null || w[0].equals("mốt") || w[0].equals("lăm") || w[0].equals("nhăm")) {
                return Optional.empty();
            }
            return Optional.of(u);
        }
        int i = 0;
        int tens;
        if (w[0].equals("mười")) {
            tens = 1;
            i = 1;
        } else if (w.length >= 2 && (w[1].equals("mươi") || w[1].equals("chục"))) {
            Integer t0 = UNITS.get(w[0]);
            if (t0 == null || t0 < 2 || w[0].equals("nhất") || w[0].equals("mốt") || w[0].equals("lăm")) {
                return Optional.empty();
            }
            tens = t0;
            i = 2;
        } else {
            return Optional.empty();
        }
        if (i == w.length) {
            return Optional.of(tens * 10);
        }
        if (i != w.length - 1) {
            return Optional.empty();
        }
        String unit = w[i];
        Integer u = UNITS.get(unit);
        if (u == null || unit.equals("nhất") || unit.equals("nhì")) {
            return Optional.empty();
        }
        if (unit.equals("năm") && tens >= 1) {
            // "mười năm" is read as fifteen when written so; "lăm" is the usual spelling.
            return Optional.of(tens * 10 + 5);
        }
        if (unit.equals("mốt") && tens < 2) {
            return Optional.empty();
        }
        return Optional.of(tens * 10 + u);
    }
}
