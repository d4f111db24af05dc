package vn.vanthu.index;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A search as a person asks it: the words typed, the filters chosen, the order and the page.
 *
 * @param query   the words typed (may be blank when filters alone are used)
 * @param type    only documents of this type name ("Kế hoạch")
 * @param issuer  only documents of this issuer
 * @param year    only documents issued in this year
 * @param session only documents of this session label
 * @param from    issued on or after
 * @param to      issued on or before
 * @param sort    by relevance or by date (newest first)
 * @param page    1-based page
 * @param size    hits per page
 * @param term    only documents of this council term (khóa XI → 11)
 * @param facets  whether to count facets over all matches (the page shows them; an API caller that
 *                does not can say so, and the search then scores only what can reach the page)
 */
public record SearchRequest(
        String query,
        Optional<String> type,
        Optional<String> issuer,
        Optional<Integer> year,
        Optional<String> session,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Sort sort,
        int page,
        int size,
        Optional<Integer> term,
        boolean facets) {

    public enum Sort { RELEVANCE, DATE }

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new IllegalArgumentException("results beyond the first " + MAX_DEPTH + " are not served; narrow the search");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** A search without a term filter that counts facets, as the search page shows them. */
    public SearchRequest(String query, Optional<String> type, Optional<String> issuer, Optional<Integer> year,
                         Optional<String> session, Optional<LocalDate> from, Optional<LocalDate> to, Sort sort,
                         int page, int size) {
        this(query, type, issuer, year, session, from, to, sort, page, size, Optional.empty(), true);
    }

    /** The same search without facet counts. */
    public SearchRequest withoutFacets() {
        return new SearchRequest(query, type, issuer, year, session, from, to, sort, page, size, term, false);
    }

    /** A plain query, first page of 10, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Sort.RELEVANCE, 1, 10);
    }

    public boolean hasFilters() {
        return type.isPresent() || issuer.isPresent() || year.isPresent() || session.isPresent()
                || from.isPresent() || to.isPresent() || term.isPresent();
    }
}
