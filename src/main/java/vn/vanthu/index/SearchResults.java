package vn.vanthu.index;

import java.util.List;
import java.util.Map;

/** A page of results, the total, the time taken and the facet counts over all matches. */
public record SearchResults(long total, long tookMs, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {
}
