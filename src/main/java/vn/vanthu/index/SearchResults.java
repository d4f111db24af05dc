package vn.vanthu.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of results, the total, the time taken, the facet counts over all matches, and a "did you
 * mean" for a query typed without diacritics (or in raw Telex/VNI).
 */
public record SearchResults(long total, long tookMs, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
                            Optional<String> suggestion) {
}
