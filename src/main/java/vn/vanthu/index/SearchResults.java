package vn.vanthu.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of results, the total, the time taken, the facet counts over all matches, and a "did you
 * mean" for a query typed without diacritics (or in raw Telex/VNI). Without facets the matches are
 * counted only up to a threshold (so the search can skip documents that cannot reach the page):
 * {@code totalExact} is then false and {@code total} a lower bound.
 */
public record SearchResults(long total, long tookMs, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                            Optional<String> suggestion, boolean totalExact) {

    /** Results whose total is exact. */
    public SearchResults(long total, long tookMs, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                         Optional<String> suggestion) {
        this(total, tookMs, hits, facets, suggestion, true);
    }
}
