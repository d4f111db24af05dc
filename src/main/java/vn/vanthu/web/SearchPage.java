package vn.vanthu.web;

import java.util.List;
import java.util.Optional;

import vn.vanthu.index.FacetValue;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchResults;

/** What the search page shows: the query, and the results when there is one. */
public record SearchPage(String query, Optional<SearchResults> results, Optional<String> error, int page, int size,
                  int documentCount) {

    public List<SearchHit> hits() {
        return results.map(SearchResults::hits).orElse(List.of());
    }

    public long total() {
        return results.map(SearchResults::total).orElse(0L);
    }

    public List<FacetValue> facet(String name) {
        return results.map(r -> r.facets().getOrDefault(name, List.of())).orElse(List.of());
    }

    public boolean hasNext() {
        return (long) page * size < total();
    }

    public String pageLink(int p) {
        return "/?q=" + Urls.encode(query) + "&page=" + p;
    }
}
