package vn.vanthu.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.NumberMention;
import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.VietnameseNumerals;

/**
 * What a typed query holds besides words: field filters ({@code so:}, {@code loai:},
 * {@code coquan:}, {@code nam:}, {@code kyhop:}, {@code khoa:}), document numbers and dates (in any
 * spelling). Each is cut out of the text, so the words left are searched as words.
 *
 * @param words   the rest of the query, for the text fields
 * @param numbers numbers written in the query: each must match by key or by its spelling
 * @param dates   dates written in the query: each must match in any spelling
 * @param filters field filters: each narrows the results
 */
record QueryParts(String words, List<Written<DocumentNumber>> numbers, List<Written<LocalDate>> dates, List<Filter> filters) {

    /** A value read from the query with the spelling it was written in. */
    record Written<T>(T value, String spelling) {
    }

    /** A field filter from the query. */
    record Filter(Field field, String value) {
    }

    enum Field {
        /** so: the document's own number */
        NUMBER,
        /** loai: type code (KH) or name (kế hoạch) */
        TYPE,
        /** coquan: words of the issuer */
        ISSUER,
        /** nam: year issued */
        YEAR,
        /** kyhop: session number (3, ba, thứ ba) */
        SESSION,
        /** khoa: term (XI, 11) */
        TERM
    }

    private static final Pattern FILTER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(so|số|loai|loại|coquan|cơquan|nam|năm|kyhop|kỳhọp|khoa|khóa|khoá):(\"[^\"]*\"|\\S+)");

    static QueryParts parse(String query) {
        List<Filter> filters = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = FILTER.matcher(query);
        int at = 0;
        while (m.find()) {
            Optional<Filter> f = filter(m.group(1), unquote(m.group(2)));
            if (f.isPresent()) {
                filters.add(f.get());
                rest.append(query, at, m.start()).append(' ');
                at = m.end();
            }
        }
        rest.append(query.substring(at));

        String text = rest.toString();
        List<Written<DocumentNumber>> numbers = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        at = 0;
        for (NumberMention n : DocumentNumber.findAll(text)) {
            numbers.add(new Written<>(n.number(), text.substring(n.start(), n.end())));
            words.append(text, at, n.start()).append(' ');
            at = n.end();
        }
        words.append(text.substring(at));

        text = words.toString();
        List<Written<LocalDate>> dates = new ArrayList<>();
        StringBuilder left = new StringBuilder();
        at = 0;
        for (DateMention d : DateMentions.findAll(text)) {
            if (d.start() < at) {
                continue;
            }
            dates.add(new Written<>(d.date(), text.substring(d.start(), d.end())));
            left.append(text, at, d.start()).append(' ');
            at = d.end();
        }
        left.append(text.substring(at));
        return new QueryParts(left.toString().replaceAll("\\s+", " ").strip(), numbers, dates, filters);
    }

    private static Optional<Filter> filter(String name, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String n = vn.vanthu.text.VietnameseFolding.fold(name).toLowerCase(Locale.ROOT);
        return switch (n) {
            case "so" -> Optional.of(new Filter(Field.NUMBER, value));
            case "loai" -> Optional.of(new Filter(Field.TYPE, value));
            case "coquan" -> Optional.of(new Filter(Field.ISSUER, value));
            case "nam" -> value.matches("\\d{4}") ? Optional.of(new Filter(Field.YEAR, value)) : Optional.empty();
            case "kyhop" -> ordinal(value).map(v -> new Filter(Field.SESSION, Integer.toString(v)));
            case "khoa" -> RomanNumerals.parse(value.toUpperCase(Locale.ROOT)).or(() -> integer(value))
                    .map(v -> new Filter(Field.TERM, Integer.toString(v)));
            default -> Optional.empty();
        };
    }

    /** "3", "ba", "thứ ba", "thu ba", "III". */
    private static Optional<Integer> ordinal(String value) {
        String v = value.strip().replaceFirst("(?iu)^(thứ|thu)\\s*", "");
        return integer(v).or(() -> VietnameseNumerals.parse(v)).or(() -> RomanNumerals.parse(v.toUpperCase(Locale.ROOT)));
    }

    private static Optional<Integer> integer(String v) {
        return v.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(v)) : Optional.empty();
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
