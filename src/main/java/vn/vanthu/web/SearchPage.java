package vn.vanthu.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.document.RomanNumerals;
import vn.vanthu.index.FacetValue;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/**
 * What the search page shows: the query and its state as links ({@link SearchLink}), and when
 * there are results, the hits, the facets that narrow them, the active filters that can be
 * removed, the pages and the month chart.
 */
public record SearchPage(SearchLink link, Optional<SearchResults> results, Optional<String> error, int page, int size,
                         int documentCount, java.util.Set<Long> needingOcr) {

    /** A page none of whose hits waits for OCR. */
    public SearchPage(SearchLink link, Optional<SearchResults> results, Optional<String> error, int page, int size,
                      int documentCount) {
        this(link, results, error, page, size, documentCount, java.util.Set.of());
    }

    /** Whether a hit is a scan kept without text until OCR ("Cần OCR"): found by its name, not its content. */
    public boolean needsOcr(SearchHit hit) {
        return needingOcr.contains(hit.id());
    }

    /** Facet dimensions in the order shown, with their Vietnamese labels; each is also a URL parameter. */
    private static final Map<String, String> FACETS = linked(
            "type", "Loại văn bản", "issuer", "Cơ quan ban hành", "year", "Năm", "session", "Kỳ họp", "term", "Khóa");
    private static final int PAGES_AROUND = 2;

    /** One value of a facet: its label, count, the link that applies it, and whether it is applied. */
    public record FacetLink(String label, int count, String href, boolean active) {
    }

    /** A facet dimension with its values. */
    public record FacetGroup(String name, String label, List<FacetLink> values) {
    }

    /** A filter in force, shown as a chip whose link removes it. */
    public record ActiveFilter(String label, String value, String removeHref) {
    }

    public String query() {
        return link.value("q");
    }

    public List<SearchHit> hits() {
        return results.map(SearchResults::hits).orElse(List.of());
    }

    public long total() {
        return results.map(SearchResults::total).orElse(0L);
    }

    public List<FacetValue> facet(String name) {
        return results.map(r -> r.facets().getOrDefault(name, List.of())).orElse(List.of());
    }

    /** The facets with at least one value, each value a link narrowing the current search. */
    public List<FacetGroup> facetGroups() {
        List<FacetGroup> groups = new ArrayList<>();
        FACETS.forEach((name, label) -> {
            List<FacetLink> values = facet(name).stream()
                    .map(f -> {
                        boolean active = link.value(name).equals(f.value());
                        String href = active ? link.without(name).href() : link.with(name, f.value()).href();
                        return new FacetLink(valueLabel(name, f.value()), f.count(), href, active);
                    })
                    .toList();
            if (!values.isEmpty()) {
                groups.add(new FacetGroup(name, label, values));
            }
        });
        return groups;
    }

    /** The filters in force (facets and dates), each with the link that removes it. */
    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> out = new ArrayList<>();
        FACETS.forEach((name, label) -> {
            if (link.has(name)) {
                out.add(new ActiveFilter(label, valueLabel(name, link.value(name)), link.without(name).href()));
            }
        });
        if (link.has("from")) {
            out.add(new ActiveFilter("Từ ngày", Dates.day(link.value("from")), link.without("from").href()));
        }
        if (link.has("to")) {
            out.add(new ActiveFilter("Đến ngày", Dates.day(link.value("to")), link.without("to").href()));
        }
        return out;
    }

    /** The same query with no filter (the order and page size stay). */
    public String clearFiltersLink() {
        SearchLink l = link;
        for (String name : FACETS.keySet()) {
            l = l.without(name);
        }
        return l.without("from").without("to").href();
    }

    /** Whether an export would stop short of every result. */
    public boolean exportCapped() {
        return total() > SearchExport.MAX_ROWS;
    }

    /** A hit's issue date (the index holds it as ISO text), for the page to write as people read it. */
    public Optional<LocalDate> issued(SearchHit hit) {
        return hit.issued().flatMap(Dates::parse);
    }

    /** How a facet value reads: a term as "khóa XI", the rest as indexed. */
    static String valueLabel(String facet, String value) {
        if (facet.equals("term")) {
            try {
                return "Khóa " + RomanNumerals.toRoman(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    public boolean byDate() {
        return link.value("sort").equals("date");
    }

    /** The last page that can be served (the index serves the first {@link SearchRequest#MAX_DEPTH} results). */
    public int lastPage() {
        long pages = (total() + size - 1) / size;
        return (int) Math.max(1, Math.min(pages, SearchRequest.MAX_DEPTH / size));
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    /** Page numbers to offer: the first, the last and those around the current one; 0 marks a gap. */
    public List<Integer> pageNumbers() {
        List<Integer> out = new ArrayList<>();
        int last = lastPage();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= PAGES_AROUND) {
                out.add(p);
            } else if (out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }

    public String pageLink(int p) {
        return link.page(p).href();
    }

    /** A hit's document page, with the query so the page marks its hits and opens at the first. */
    public String documentLink(SearchHit hit) {
        String q = query();
        return "/documents/" + hit.id() + (q.isBlank() ? "" : "?q=" + Urls.encode(q) + "#hit-1");
    }

    /** The month chart (SVG built and escaped by {@link Timeline}), when a matching document has a date. */
    public Optional<String> timelineSvg() {
        return Timeline.svg(facet("month"), link);
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
