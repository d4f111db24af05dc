package vn.vanthu.document;

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
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d/.\\-\\p{Lu}])(?<num>\\d{1,6}[a-z]?)(?:[ \\t]?/[ \\t]?(?<year>(?:19|20)\\d{2}))?"
                    + "(?:[ \\t]?(?<sep>/)[ \\t]?|(?<sep2>-)|[ \\t]+-[ \\t]+(?=\\p{Lu}[\\p{Lu}\\d]*/))"
                    + "(?<code>" + SEGMENT + "(?:[-/.]" + SEGMENT + "|-\\s" + UPPER_SEGMENT + ")*)");

    private DocumentNumberFinder() {
    }

    /**
     * Every document number in the text, in text order; blank draft numbers are not reported.
     * Offsets are in the NFC form of the text (the text itself when it is NFC, as the parser's is).
     */
    public static List<NumberMention> findAll(CharSequence text) {
        String cleaned = DocumentNumber.clean(text);
        List<NumberMention> out = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(cleaned);
        int from = 0;
        while (from < cleaned.length() && m.find(from)) {
            Optional<DocumentNumber> n = read(cleaned.length() == text.length() ? text : cleaned, m);
            if (n.isPresent()) {
                out.add(new NumberMention(n.get(), m.start(), m.end()));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return out;
    }

    private static Optional<DocumentNumber> read(CharSequence original, Matcher m) {
        String raw = original.subSequence(m.start(), m.end()).toString();
        String num = m.group("num");
        String year = m.group("year");
        String sep = m.group("sep") != null ? "/" : "-";
        String code = m.group("code").replaceAll("\\s+", "");
        String canonical = num + (year == null ? "" : "/" + year) + sep + code;
        return DocumentNumber.parse(canonical)
                .map(d -> new DocumentNumber(raw, d.number(), d.year(), d.typeCode(), d.issuerCode()));
    }
}
