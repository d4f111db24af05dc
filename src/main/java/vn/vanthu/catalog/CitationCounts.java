package vn.vanthu.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The citations of one number as a caller sees them, counted whole however they are paged.
 *
 * @param citations  how many citations
 * @param citers     how many documents make them
 * @param byRelation citations per relation ("căn cứ", "thực hiện" …), most first
 * @param byYear     citations per year the citer was issued, oldest first
 * @param undated    citations by citers with no issue date
 * @param first      the earliest citer's issue date
 * @param last       the latest citer's issue date
 */
public record CitationCounts(int citations, int citers, List<Count<String>> byRelation, List<Count<Integer>> byYear,
                             int undated, Optional<LocalDate> first, Optional<LocalDate> last) {

    public CitationCounts {
        byRelation = List.copyOf(byRelation);
        byYear = List.copyOf(byYear);
    }

    public static final CitationCounts NONE = new CitationCounts(0, 0, List.of(), List.of(), 0, Optional.empty(), Optional.empty());

    /** The citations per relation as one line of text: "thực hiện 4, dẫn chiếu 1". */
    public String relationsText() {
        List<String> parts = new ArrayList<>();
        byRelation.forEach(r -> parts.add(r.value() + " " + r.citations()));
        return String.join(", ", parts);
    }

    /** The citations per year as one line of text: "2016: 5, 2017: 2, không rõ ngày: 1". */
    public String yearsText() {
        List<String> parts = new ArrayList<>();
        byYear.forEach(y -> parts.add(y.value() + ": " + y.citations()));
        if (undated > 0) {
            parts.add("không rõ ngày: " + undated);
        }
        return String.join(", ", parts);
    }

    /** How many citations have this value. */
    public record Count<T>(T value, int citations) {
    }

    /** Adds up the rows of the counting query (one per relation and year). */
    static final class Builder {
        private final Map<String, Integer> relations = new TreeMap<>();
        private final Map<Integer, Integer> years = new TreeMap<>();
        private int total;
        private int undated;
        private int citers;
        private LocalDate first;
        private LocalDate last;

        void add(String relation, Optional<Integer> year, int citations, Optional<LocalDate> min, Optional<LocalDate> max) {
            total += citations;
            relations.merge(relation, citations, Integer::sum);
            if (year.isPresent()) {
                years.merge(year.get(), citations, Integer::sum);
            } else {
                undated += citations;
            }
            min.filter(d -> first == null || d.isBefore(first)).ifPresent(d -> first = d);
            max.filter(d -> last == null || d.isAfter(last)).ifPresent(d -> last = d);
        }

        void citers(int n) {
            citers = n;
        }

        CitationCounts build() {
            List<Count<String>> byRelation = new ArrayList<>();
            relations.forEach((r, n) -> byRelation.add(new Count<>(r, n)));
            // Most used first; equal counts keep the relations' alphabetical order (stable sort).
            byRelation.sort(Comparator.comparing((Count<String> c) -> -c.citations()));
            List<Count<Integer>> byYear = new ArrayList<>();
            years.forEach((y, n) -> byYear.add(new Count<>(y, n)));
            return new CitationCounts(total, citers, byRelation, byYear, undated, Optional.ofNullable(first),
                    Optional.ofNullable(last));
        }
    }
}
