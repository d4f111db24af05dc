package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.Collection;

import vn.vanthu.catalog.AccessStore;
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
        return missing(offset, limit, AccessStore.ALL_LEVELS);
    }

    /**
     * The missing numbers for a caller who sees the {@code visible} levels: only their citations
     * count, and a number only hidden documents bear is missing to them (see {@link HiddenDocuments}).
     */
    public MissingNumbers missing(int offset, int limit, Collection<String> visible) {
        return new MissingNumbers(store.missingCount(visible), store.missing(offset, limit, CITERS_PER_NUMBER, visible));
    }

    /** The date view of the documents of the {@code visible} levels. */
    public DateReport dates(LocalDate from, LocalDate to, int limit, Collection<String> visible) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
        return new DateReport(from, to, store.issuedBetweenCount(from, to, visible), store.issuedBetween(from, to, limit, visible),
                store.mentionsBetweenCount(from, to, visible), store.mentionsBetween(from, to, limit, visible));
    }

    /** Documents issued in [from, to] and dates mentioned in it, at most {@code limit} of each. */
    public DateReport dates(LocalDate from, LocalDate to, int limit) {
        return dates(from, to, limit, AccessStore.ALL_LEVELS);
    }
}
