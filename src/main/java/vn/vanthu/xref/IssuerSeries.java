package vn.vanthu.xref;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.text.VietnameseFolding;

/**
 * The series a document number belongs to: the kind of body (HĐND, UBND, the Party committee),
 * its level (tỉnh, huyện, xã …) and its place ("Hòa Nam", "Khoa"), read from an issuer's name as
 * written ("Thường trực HĐND huyện Khoa", "của HĐND tỉnh"). Numbers restart in every series, so
 * "49/KH-HĐND" of HĐND tỉnh and of HĐND huyện are different documents. Parts not written are
 * empty and never conflict; place names compare without diacritics.
 */
record IssuerSeries(Optional<String> body, Optional<String> level, Optional<String> place) {

    private static final String[][] BODIES = {
        {"hdnd", "HĐND"}, {"hoi dong nhan dan", "HĐND"}, {"ubnd", "UBND"}, {"uy ban nhan dan", "UBND"},
        {"huyen uy", "cấp ủy"}, {"tinh uy", "cấp ủy"}, {"thanh uy", "cấp ủy"}, {"dang uy", "cấp ủy"},
    };
    private static final String[][] LEVELS = {
        {"thanh pho", "thành phố"}, {"thi xa", "thị xã"}, {"thi tran", "thị trấn"}, {"tp", "thành phố"},
        {"tinh", "tỉnh"}, {"huyen", "huyện"}, {"xa", "xã"}, {"quan", "quận"}, {"phuong", "phường"},
    };
    // "… của HĐND tỉnh" after a mention: the issuer a sentence names for the numbers before it.
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "(?u)(?<!\\p{L})của\\s+([^,;:()]{0,40}?(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)"
                    + "\\s+(?:tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố)(?:\\s+\\p{Lu}\\p{L}*)*)");

    static final IssuerSeries UNKNOWN = new IssuerSeries(Optional.empty(), Optional.empty(), Optional.empty());

    /** Reads an issuer's name ("HĐND tỉnh Hòa Nam", "Thường trực HĐND huyện", "UBND huyện Khoa"). */
    static IssuerSeries parse(String issuer) {
        String[] words = issuer.strip().split("[\\s,;.]+");
        List<String> folded = new ArrayList<>();
        for (String w : words) {
            folded.add(VietnameseFolding.fold(w));
        }
        Optional<String> body = Optional.empty();
        int bodyEnd = 0;
        outer:
        for (int i = 0; i < folded.size(); i++) {
            for (String[] b : BODIES) {
                int n = matchAt(folded, i, b[0]);
                if (n > 0) {
                    body = Optional.of(b[1]);
                    bodyEnd = b[1].equals("cấp ủy") ? i : i + n;
                    break outer;
                }
            }
        }
        Optional<String> level = Optional.empty();
        Optional<String> place = Optional.empty();
        for (int i = bodyEnd; i < folded.size() && level.isEmpty(); i++) {
            for (String[] l : LEVELS) {
                int n = matchAt(folded, i, l[0]);
                if (n > 0 && l[0].equals("xa") && matchAt(folded, i, "xa hoi") > 0) {
                    n = 0; // "Ban Kinh tế - Xã hội": a committee's name, not a commune
                }
                if (n > 0) {
                    level = Optional.of(l[1]);
                    StringBuilder p = new StringBuilder();
                    for (int j = i + n; j < words.length && !words[j].isEmpty()
                            && Character.isUpperCase(words[j].charAt(0)) && !isBody(folded.get(j)); j++) {
                        p.append(p.length() == 0 ? "" : " ").append(folded.get(j));
                    }
                    place = p.length() == 0 ? Optional.empty() : Optional.of(p.toString());
                    break;
                }
            }
        }
        return new IssuerSeries(body, level, place);
    }

    /**
     * The series of an archived document: its issuer, completed from the body above it; a unit
     * named without its body ("Ban Pháp chế" under "HĐND huyện Khoa") numbers in its body's place.
     */
    static IssuerSeries of(DocumentRef d) {
        IssuerSeries own = d.issuer().map(IssuerSeries::parse).orElse(UNKNOWN);
        IssuerSeries parent = d.parentIssuer().map(IssuerSeries::parse).orElse(UNKNOWN);
        if (own.body.isEmpty() && parent.body.isPresent()) {
            return parent;
        }
        return new IssuerSeries(own.body.or(() -> parent.body), own.level.or(() -> parent.level),
                own.level.isPresent() ? own.place : own.place.or(() -> parent.place));
    }

    /** The issuer a citation's sentence names after the mention ("… số 40/KH-HĐND và … của Thường trực HĐND huyện"). */
    static Optional<IssuerSeries> namedAfter(String sentence, String mention) {
        int at = sentence.indexOf(mention);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = NAMED_AFTER.matcher(sentence.substring(at + mention.length()));
        return m.find() ? Optional.of(parse(m.group(1))).filter(IssuerSeries::informative) : Optional.empty();
    }

    /** Whether the name said anything about the series (a level, at least). */
    boolean informative() {
        return level.isPresent();
    }

    /** No written part contradicts the other's. */
    boolean compatibleWith(IssuerSeries other) {
        return agree(body, other.body) && agree(level, other.level) && agree(place, other.place);
    }

    private static boolean agree(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.get().equals(b.get());
    }

    private static boolean isBody(String foldedWord) {
        return foldedWord.equals("hdnd") || foldedWord.equals("ubnd");
    }

    /** How many words the phrase covers at {@code i}, or 0. */
    private static int matchAt(List<String> folded, int i, String phrase) {
        String[] p = phrase.split(" ");
        if (i + p.length > folded.size()) {
            return 0;
        }
        for (int k = 0; k < p.length; k++) {
            if (!folded.get(i + k).equals(p[k])) {
                return 0;
            }
        }
        return p.length;
    }
}
