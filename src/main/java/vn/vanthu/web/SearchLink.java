package vn.vanthu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import vn.vanthu.index.SearchRequest;

/**
 * The one builder of links to a state of the search page (and its exports): the query, every
 * filter, the order, the page and its size, written in a fixed order and without defaults, so any
 * state is a permalink and a link that changes one thing keeps all the others.
 */
public final class SearchLink {
    /** Parameter names in the order links write them; the same names {@link SearchRequests} reads. */
    static final List<String> PARAMS = List.of("q", "type", "issuer", "year", "session", "term", "from", "to",
            "sort", "page", "size");
    private static final int DEFAULT_SIZE = 10;

    private final Map<String, String> values;

    private SearchLink(Map<String, String> values) {
        this.values = values;
    }

    /** The state of a search as it was asked. */
    static SearchLink of(SearchRequest r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("q", r.query());
        r.type().ifPresent(x -> v.put("type", x));
        r.issuer().ifPresent(x -> v.put("issuer", x));
        r.year().ifPresent(x -> v.put("year", x.toString()));
        r.session().ifPresent(x -> v.put("session", x));
        r.term().ifPresent(x -> v.put("term", x.toString()));
        r.from().ifPresent(x -> v.put("from", x.toString()));
        r.to().ifPresent(x -> v.put("to", x.toString()));
        if (r.sort() == SearchRequest.Sort.DATE) {
            v.put("sort", "date");
        }
        v.put("page", Integer.toString(r.page()));
        v.put("size", Integer.toString(r.size()));
        return new SearchLink(clean(v));
    }

    /** Only a query (what the page keeps when the other parameters were refused). */
    static SearchLink query(String q) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("q", q);
        return new SearchLink(clean(v));
    }

    /** The same search with one parameter set; a new filter or order starts again at page 1. */
    public SearchLink with(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(checked(name), value);
        if (!name.equals("page")) {
            v.remove("page");
        }
        return new SearchLink(clean(v));
    }

    /** The same search without one parameter, from page 1. */
    public SearchLink without(String name) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.remove(checked(name));
        v.remove("page");
        return new SearchLink(clean(v));
    }

    public SearchLink page(int page) {
        return with("page", Integer.toString(page));
    }

    /** The value a parameter has in this state, or "". */
    public String value(String name) {
        return values.getOrDefault(checked(name), "");
    }

    public boolean has(String name) {
        return values.containsKey(checked(name));
    }

    /** The search page in this state. */
    public String href() {
        return "/" + query(List.of());
    }

    /** The export of this state's results ({@code csv} or {@code xlsx}): every page, so no page or size. */
    public String export(String format) {
        return "/api/search." + format + query(List.of("page", "size"));
    }

    private String query(List<String> skip) {
        StringJoiner out = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : PARAMS) {
            Optional.ofNullable(values.get(name)).filter(v -> !skip.contains(name))
                    .ifPresent(v -> out.add(name + "=" + Urls.encode(v)));
        }
        return out.toString();
    }

    /** Drops blanks and defaults, so equal states give equal links. */
    private static Map<String, String> clean(Map<String, String> v) {
        v.values().removeIf(String::isBlank);
        v.remove("sort", "relevance");
        v.remove("page", "1");
        v.remove("size", Integer.toString(DEFAULT_SIZE));
        Map<String, String> ordered = new LinkedHashMap<>();
        PARAMS.forEach(p -> Optional.ofNullable(v.get(p)).ifPresent(x -> ordered.put(p, x)));
        return ordered;
    }

    private static String checked(String name) {
        if (!PARAMS.contains(name)) {
            throw new IllegalArgumentException("not a search parameter: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return href();
    }
}
