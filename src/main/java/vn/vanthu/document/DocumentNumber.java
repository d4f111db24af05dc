package vn.vanthu.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    // Compiled once: these run for every number in every text.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[-/.]");
    private static final Pattern LOWER_CODE = Pattern.compile("[a-zđ]+[-.][a-zđ&]+(?:[-/.][a-zđ&]+)*");
    private static final Pattern CODE_PUNCTUATION = Pattern.compile("[/._\\s]");

    /*
     * One ký hiệu segment: letters (any case, Vietnamese included), digits, '&', and a parenthesised
     * unit such as "(C13)". The whole ký hiệu is segments joined by '-', '/' or '.'.
     */
    private static final String SEGMENT = "[\\p{L}\\d&]+(?:\\([\\p{L}\\d]+\\))?";
    private static final Pattern PARTY_FORM = Pattern.compile("(?:[Ss]ố:?\\s*)?\\d{1,6}[a-z]?\\s*-\\s*[\\p{L}&]+\\s*/\\s*[\\p{L}\\d&]+");
    private static final Pattern SPELLING = Pattern.compile(
            "(?<num>\\d{1,6}[a-z]?)?\\s*(?:/\\s*(?<year>(?:19|20)\\d{2})\\s*)?(?<sep>[/-])\\s*"
                    + "(?<code>" + SEGMENT + "(?:\\s*[-/.]\\s*" + SEGMENT + ")*)");

    public DocumentNumber {
        raw = raw.strip();
    }

    /**
     * Reads one spelling of a document number: {@code 40/KH-HĐND}, {@code 32/2004/QH11},
     * {@code 01/2011/TT-BNV}, {@code 61/CV-HĐND}, {@code 12/UBND-VP}, {@code 73-CP}, lower case,
     * spaces around the separators, dash variants, Đ typed as D, or a draft's blank number
     * ({@code /QĐ-UBND}). Empty when the text is not a document number (a date, a fraction, a word).
     */
    public static Optional<DocumentNumber> parse(String spelling) {
        String s = clean(spelling).strip();
        if (s.startsWith("Số:") || s.startsWith("số:")) {
            s = s.substring(3).strip();
        }
        Matcher m = SPELLING.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return fromMatch(spelling.strip(), m);
    }

    /** Every document number written in running text, with its offsets, in text order. */
    public static java.util.List<NumberMention> findAll(CharSequence text) {
        return DocumentNumberFinder.findAll(text);
    }

    static Optional<DocumentNumber> fromMatch(String raw, Matcher m) {
        String num = m.group("num") == null ? "" : m.group("num");
        Optional<Integer> year = Optional.ofNullable(m.group("year")).map(Integer::valueOf);
        String code = WHITESPACE.matcher(m.group("code")).replaceAll("");
        if (!plausibleCode(code)) {
            return Optional.empty();
        }
        if (num.isEmpty() && year.isPresent()) {
            return Optional.empty();
        }
        if ("-".equals(m.group("sep")) && num.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = CODE_SEPARATOR.split(code, 2);
        String typeCode;
        String issuerCode;
        if (parts.length == 1 || !isTypeCode(parts[0])) {
            typeCode = "";
            issuerCode = code;
        } else {
            typeCode = parts[0];
            issuerCode = parts[1];
        }
        return Optional.of(new DocumentNumber(raw, num, year, typeCode, issuerCode));
    }

    /**
     * Whether the first part of a ký hiệu is a type code (Phụ lục III of Nghị định 30/2020, the
     * legal normative types, and CV as local practice writes it). When it is not, the whole ký
     * hiệu is the issuer's ({@code 4532/UBND-KSTTHC}: a công văn of the UBND, drafted by KSTTHC).
     */
    public static boolean isTypeCode(String part) {
        return TYPE_CODES.contains(part.replace('đ', 'Đ').toUpperCase(Locale.ROOT));
    }

    private static final java.util.Set<String> TYPE_CODES = java.util.Set.of(
            "NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTR",
            "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TRS", "SL",
            "CV", "NĐ", "TT", "TTLT", "NQLT", "QĐLT", "TTLB", "PL", "L", "ND", "QD");

    /**
     * A ký hiệu has letters and starts with one; a lower-case-only ký hiệu ("tt-bgtvt") must have two
     * parts, so that "100 m3/ngày" is not read as a number; a part mixing cases needs two capitals.
     */
    private static boolean plausibleCode(String code) {
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            return false;
        }
        boolean upper = code.chars().anyMatch(Character::isUpperCase);
        if (upper) {
            // Mixed-case parts are codes only with two capitals or more (TTg, CTr, QyĐ), not words ("01b/Form", "3/ Item").
            for (String part : CODE_SEPARATOR.split(code)) {
                boolean lower = part.chars().anyMatch(Character::isLowerCase);
                if (lower && part.chars().filter(Character::isUpperCase).count() < 2) {
                    return false;
                }
            }
            return true;
        }
        return LOWER_CODE.matcher(code).matches();
    }

    /** True when a draft leaves the sequence number blank ("Số:   /QĐ-UBND"). */
    public boolean isBlank() {
        return number.isEmpty();
    }

    /**
     * The canonical key used to match spellings of the same number: upper case, no leading zeros,
     * Đ (and the look-alike Ð) folded to D, so "HĐ"/"HD" and "HDND"/"HĐND" slips match; the ký
     * hiệu's inner separators ('/', '.', '_', dash variants) all become '-', so
     * {@code TTLT/BTC-BGTVT} and {@code TTLT-BTC-BGTVT} match.
     */
    public String key() {
        StringBuilder sb = new StringBuilder();
        sb.append(stripLeadingZeros(number).toUpperCase(Locale.ROOT));
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
        // The Party writes number-type/issuer ("86-TB/HU", Hướng dẫn 36-HD/VPTW): kept as written.
        if (year.isEmpty() && !typeCode.isEmpty() && !issuerCode.isEmpty()
                && PARTY_FORM.matcher(raw).matches()) {
            return number + "-" + typeCode + "/" + issuerCode;
        }
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

    static String stripLeadingZeros(String n) {
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') {
            i++;
        }
        return n.substring(i);
    }

    static String foldCode(String code) {
        return CODE_PUNCTUATION.matcher(code.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D')).replaceAll("-")
                .toUpperCase(Locale.ROOT);
    }

    /**
     * NFC, with the characters that stand in for the standard ones folded: dash variants and '_' to
     * '-', the Icelandic Ð to Đ, fraction and full-width slashes to '/'. Length-preserving, so
     * offsets found in the cleaned text are offsets in the original (when that was NFC).
     */
    static String clean(CharSequence text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_' -> sb.append('-');
                case '\u00D0' -> sb.append('Đ');
                case '\u00F0' -> sb.append('đ');
                case '\u2044', '\u2215', '\uFF0F' -> sb.append('/');
                case '\u00A0' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
