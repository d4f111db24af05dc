package vn.vanthu.document;

import java.util.Optional;

/**
 * A council session a document names: "kỳ họp thứ ba, HĐND huyện khóa XI" is number 3, term 11.
 *
 * @param number the session's ordinal within its term (kỳ họp thứ ba → 3); 0 when it has none (a thematic session named only by kind)
 * @param term   the term (khóa XI → 11) when the text states it
 * @param kind   "thường lệ", "chuyên đề" or "bất thường"
 */
public record SessionRef(int number, Optional<Integer> term, String kind) {

    public static final String REGULAR = "thường lệ";
    public static final String THEMATIC = "chuyên đề";
    public static final String EXTRAORDINARY = "bất thường";

    /** A short label for facets and lists: "Kỳ họp thứ 3 (khóa XI)". */
    public String label() {
        String base = number > 0 ? "Kỳ họp thứ " + number : "Kỳ họp " + kind;
        return term.map(t -> base + " (khóa " + RomanNumerals.toRoman(t) + ")").orElse(base);
    }
}
