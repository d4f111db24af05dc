package vn.vanthu.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.SessionRecord;

/**
 * Two sessions (or two searches) side by side: what each produced, when its documents came, how
 * its figures moved, what words set it apart and how its paired documents differ.
 */
public record Comparison(
        Side a,
        Side b,
        List<CountRow> byType,
        List<CountRow> byIssuer,
        List<FigureRow> figures,
        List<Term> distinctiveA,
        List<Term> distinctiveB,
        List<Term> shared,
        List<DocumentPair> pairs,
        long tookMs) {

    /** One side: a session with its documents, or a search with the documents it found. */
    public record Side(String label, String kind, Optional<SessionRecord> session, String query,
                       List<DocumentRow> documents, List<TimelineEntry> timeline, long lateCount) {
        public static final String SESSION = "session";
        public static final String SEARCH = "search";

        static Side of(String label, String kind, Optional<SessionRecord> session, String query,
                       List<DocumentRow> documents, List<TimelineEntry> timeline) {
            return new Side(label, kind, session, query, List.copyOf(documents), List.copyOf(timeline),
                    timeline.stream().filter(TimelineEntry::late).count());
        }
    }

    /** A document in a side's list. */
    public record DocumentRow(long id, String number, String type, String typeCode, String issuer,
                              Optional<LocalDate> issued, String title, String reason) {
    }

    /** How many documents of one type (or issuer) each side holds. */
    public record CountRow(String value, int a, int b, int change) {
        static CountRow of(String value, int a, int b) {
            return new CountRow(value, a, b, b - a);
        }
    }

    /**
     * A document's date against the session's opening day.
     *
     * @param daysBeforeOpening the opening day minus the document's date (negative: dated after it opened)
     * @param deadline          the rule the document falls under, if any
     * @param requiredDays      the days that rule requires
     * @param late              dated fewer days before the opening than its rule requires
     */
    public record TimelineEntry(long id, String number, String type, String title, Optional<LocalDate> issued,
                                Optional<Long> daysBeforeOpening, Optional<String> deadline, Optional<Integer> requiredDays,
                                boolean late) {
    }

    /**
     * One measure on both sides, with the change from A to B.
     *
     * @param changePercent the change as a percentage of A's value, one decimal
     */
    public record FigureRow(String measure, Optional<Figure> a, Optional<Figure> b, Optional<Long> change,
                            Optional<Double> changePercent) {
        static FigureRow of(String measure, Optional<Figure> a, Optional<Figure> b) {
            Optional<Long> change = a.isPresent() && b.isPresent() ? Optional.of(b.get().value() - a.get().value()) : Optional.empty();
            Optional<Double> pct = change.filter(c -> a.get().value() != 0).map(c -> Math.round(c * 1000.0 / a.get().value()) / 10.0);
            return new FigureRow(measure, a, b, change, pct);
        }
    }

    /** Two documents in the same role, with their sentence-level diff and how many rows of each kind it has. */
    public record DocumentPair(DocumentRow a, DocumentRow b, double similarity, String basis, long same, long changed,
                               long removed, long added, List<DiffRow> diff) {
        static DocumentPair of(DocumentRow a, DocumentRow b, double similarity, String basis, List<DiffRow> diff) {
            return new DocumentPair(a, b, similarity, basis, count(diff, DiffRow.SAME), count(diff, DiffRow.CHANGED),
                    count(diff, DiffRow.REMOVED), count(diff, DiffRow.ADDED), List.copyOf(diff));
        }

        private static long count(List<DiffRow> diff, String kind) {
            return diff.stream().filter(r -> r.kind().equals(kind)).count();
        }

        public long count(String kind) {
            return count(diff, kind);
        }
    }
}
