package vn.vanthu.document;

import java.util.Locale;
import java.util.Optional;

/**
 * A document's number and ký hiệu ("số, ký hiệu"), e.g. {@code 40/KH-HĐND} or {@code 15/2020/NQ-HĐND}.
 *
 * @param raw        the spelling as found in the text
 * @param number     the sequence number as written (leading zeros kept), empty when a draft leaves it blank
 * @param year       the year written inside the number (normative documents), if any
 * @param typeCode   the type abbreviation (KH, NQ, TB…), empty when the ký hiệu has none (e.g. {@code 32/2004/QH11})
 * @param issuerCode the issuer abbreviation (HĐND, UBND, QH11…), possibly with a unit suffix (UBND-VP)
 */
public record DocumentNumber(String raw, String number, Optional<Integer> year, String typeCode, String issuerCode) {

    public DocumentNumber {
        raw = raw.strip();
    }

    /**
     * The canonical key used to match spellings of the same number: upper case, no leading zeros,
     * Đ folded to D (so "HĐ"/"HD" and "HDND"/"HĐND" slips match), parts joined by "/" and "-".
     */
    public String key() {
        StringBuilder sb = new StringBuilder();
        sb.append(stripLeadingZeros(number));
        year.ifPresent(y -> sb.append('/').append(y));
        sb.append('/');
        if (!typeCode.isEmpty()) {
            sb.append(foldCode(typeCode));
            if (!issuerCode.isEmpty()) {
                sb.append('-');
            }
        }
        sb.append(foldCode(issuerCode));
        return sb.toString();
    }

    /** The number written the standard way (Nghị định 30/2020, Phụ lục I): {@code 40/KH-HĐND}. */
    public String display() {
        StringBuilder sb = new StringBuilder(number);
        year.ifPresent(y -> sb.append('/').append(y));
        sb.append('/');
        if (!typeCode.isEmpty()) {
            sb.append(typeCode);
            if (!issuerCode.isEmpty()) {
                sb.append('-');
            }
        }
        sb.append(issuerCode);
        return sb.toString();
    }

    private static final java.util.regex.Pattern SIMPLE = java.util.regex.Pattern.compile(
            "\\s*(\\d{1,6})\\s*(?:/\\s*(\\d{4}))?\\s*/\\s*([\\p{L}\\p{N}.]+)(?:\\s*[-–]\\s*([\\p{L}\\p{N}.-]+))?\\s*");

    /** Parses one spelling of a number; empty if it is not one. */
    public static Optional<DocumentNumber> parse(String spelling) {
        java.util.regex.Matcher m = SIMPLE.matcher(spelling);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> year = Optional.ofNullable(m.group(2)).map(Integer::valueOf);
        String first = m.group(3).toUpperCase(Locale.ROOT);
        String rest = m.group(4) == null ? "" : m.group(4).toUpperCase(Locale.ROOT);
        return rest.isEmpty()
                ? Optional.of(new DocumentNumber(spelling, m.group(1), year, "", first))
                : Optional.of(new DocumentNumber(spelling, m.group(1), year, first, rest));
    }

    static String stripLeadingZeros(String n) {
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') {
            i++;
        }
        return n.substring(i);
    }

    static String foldCode(String code) {
        return code.replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
    }
}
