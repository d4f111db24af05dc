package vn.vanthu.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers in running text ("… Kế hoạch số 40/KH-HĐND ngày …"), stricter than
 * {@link DocumentNumber#parse} about spaces so that neighbouring words are not swallowed: a space is
 * allowed around the slashes ("105 /2021/TT-BQP") and after a dash that ends a ký hiệu segment when
 * an upper-case segment follows ("TT- BVHTTDL", a line break in the middle of a number), never
 * before a dash inside a ký hiệu ("KH-HĐND - Kế hoạch"); an old-style number may write its dash
 * spaced when a slashed ký hiệu follows ("21 - TC/TCT").
 */
public final class DocumentNumberFinder {

    private static final String SEGMENT = "[\\p{L}\\d&]+(?:\\([\\p{L}\\d]+\\))?";
    private static final String UPPER_SEGMENT = "[\\p{Lu}\\d&]+(?:\\([\\p{L}\\d]+\\))?";
    static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d/.\\-\\p{Lu}])(?<num>\\d{1,6}[a-z]?)(?:[ \\t]?/[ \\t]?(?<year>(?:19|20)\\d{2}))?"
                    + "(?:[ \\t]?(?<sep>/)[ \\t]?|(?<sep2>-)|[ \\t]+-[ \\t]+(?=\\p{Lu}[\\p{Lu}\\d]*/))"
                    + "(?<code>" + SEGMENT + "(?:[-/.]" + SEGMENT + "|-\\s" + UPPER_SEGMENT + ")*)");

    // A number starts on a digit that its lookbehind allows: not inside a run of digits, a date or a ký hiệu;
    // and its digits lead to a separator (most digits of a text are article, clause and year numbers).
    private static final FirstCharScan.Start NUMBER_START = FirstCharScan.DIGIT.notAfter("0123456789/.-")
            .thenAhead(DocumentNumberFinder::separatorFollows);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[-/.]$");

    private DocumentNumberFinder() {
    }

    /**
     * Every document number in the text, in text order; blank draft numbers are not reported.
     * Offsets are in the NFC form of the text (the text itself when it is NFC, as the parser's is).
     */
    public static List<NumberMention> findAll(CharSequence text) {
        String cleaned = alreadyClean(text) ? text.toString() : DocumentNumber.clean(text);
        List<NumberMention> out = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(cleaned);
        int from = 0;
        while (from < cleaned.length() && FirstCharScan.find(m, cleaned, from, NUMBER_START)) {
            Optional<NumberMention> found = read(cleaned.length() == text.length() ? text : cleaned, m);
            if (found.isPresent()) {
                out.add(found.get());
                from = found.get().end();
            } else {
                from = m.start() + 1;
            }
        }
        return out;
    }

    /**
     * What every match of {@code IN_TEXT} at {@code i} holds: one to six digits, at most one letter
     * a–z, then spaces or tabs (none, one, or a run before a spaced dash) and a '/' or a '-' (the
     * year's slash or the separator). Seven digits or more cannot start a match either: the lookbehind
     * refuses a start inside a run of digits, and {@code \d{1,6}} cannot be followed by a digit.
     */
    static boolean separatorFollows(CharSequence text, int i, int to) {
        int j = i;
        while (j < to && j - i < 7 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        if (j - i > 6) {
            return false;
        }
        if (j < to && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
            j++;
        }
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < to && (text.charAt(j) == '/' || text.charAt(j) == '-');
    }

    /**
     * True when {@link DocumentNumber#clean} would give the text back unchanged: NFC, and none of the
     * characters it replaces (as the parser's text mostly is), so the copy is not made.
     */
    private static boolean alreadyClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_', '\u00D0', '\u00F0',
                        '\u2044', '\u2215', '\uFF0F', '\u00A0' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * The number the match holds, dropping trailing ký hiệu parts that are words rather than codes
     * ("99/2022/NĐ-CP/Follow" in a bilingual form is 99/2022/NĐ-CP).
     */
    private static Optional<NumberMention> read(CharSequence original, Matcher m) {
        String code = m.group("code");
        int codeStart = m.start("code");
        int cut = code.length();
        while (cut > 0) {
            Optional<DocumentNumber> n = read(original, m, code.substring(0, cut), codeStart + cut);
            if (n.isPresent()) {
                return Optional.of(new NumberMention(n.get(), m.start(), codeStart + cut));
            }
            int previous = Math.max(code.lastIndexOf('-', cut - 1), Math.max(code.lastIndexOf('/', cut - 1), code.lastIndexOf('.', cut - 1)));
            cut = previous;
        }
        return Optional.empty();
    }

    private static Optional<DocumentNumber> read(CharSequence original, Matcher m, String code, int end) {
        String raw = original.subSequence(m.start(), end).toString();
        String num = m.group("num");
        String year = m.group("year");
        String sep = m.group("sep") != null ? "/" : "-";
        String canonical = num + (year == null ? "" : "/" + year) + sep
                + TRAILING_SEPARATOR.matcher(SPACES.matcher(code).replaceAll("")).replaceAll("");
        return DocumentNumber.parse(canonical)
                .map(d -> new DocumentNumber(raw, d.number(), d.year(), d.typeCode(), d.issuerCode()));
    }
}
