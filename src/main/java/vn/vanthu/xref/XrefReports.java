package vn.vanthu.xref;

import java.time.LocalDate;

import vn.vanthu.catalog.XrefStore;

/** The archive-wide cross-reference reports: missing numbers and the date view. */
public final class XrefReports {
    /** Citing documents listed per missing number; the count says how many there are in all. */
    public static final int CITERS_PER_NUMBER = 20;

    private final XrefStore store;

    public XrefReports(XrefStore store) {
        this.store = store;
    }

    public MissingNumbers missing(int offset, int limit) {
        return new MissingNumbers(store.missingCount(), store.missing(offset, limit, CITERS_PER_NUMBER));
    }

    /** Documents issued in [from, to] and dates mentioned in it, at most {@code limit} of each. */
    public DateReport dates(LocalDate from, LocalDate to, int limit) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
        return new DateReport(from, to, store.issuedBetweenCount(from, to), store.issuedBetween(from, to, limit),
                store.mentionsBetweenCount(from, to), store.mentionsBetween(from, to, limit));
    }
}
