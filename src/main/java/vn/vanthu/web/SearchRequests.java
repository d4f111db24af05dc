package vn.vanthu.web;

import io.javalin.http.Context;
import vn.vanthu.index.SearchRequest;

/** Builds a {@link SearchRequest} from the query string shared by the API and the search page. */
final class SearchRequests {
    private SearchRequests() {
    }

    static SearchRequest from(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        checkQueryLength(q);
        String sortParam = Params.text(ctx, "sort").orElse("relevance");
        SearchRequest.Sort sort = switch (sortParam) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw ApiError.badRequest("'sort' is relevance or date, got '" + Params.abbreviate(sortParam) + "'",
                    Params.named("sort") + " là relevance (liên quan nhất) hoặc date (theo ngày), không phải “"
                            + Params.abbreviate(sortParam) + "”.");
        };
        int page = Params.integer(ctx, "page", 1, 1, SearchRequest.MAX_DEPTH);
        int size = Params.integer(ctx, "size", 10, 1, SearchRequest.MAX_SIZE);
        // facets=false: a caller that does not show facet counts spares the search from counting every match.
        String facetsParam = Params.text(ctx, "facets").orElse("true");
        if (!facetsParam.equals("true") && !facetsParam.equals("false")) {
            throw ApiError.badRequest("'facets' is true or false, got '" + Params.abbreviate(facetsParam) + "'",
                    Params.named("facets") + " là true hoặc false, không phải “" + Params.abbreviate(facetsParam) + "”.");
        }
        var from = Params.date(ctx, "from");
        var to = Params.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiError.badRequest("the date range ends before it starts",
                    "Khoảng ngày kết thúc (" + to.get() + ") trước ngày bắt đầu (" + from.get() + ").");
        }
        try {
            return new SearchRequest(q, Params.text(ctx, "type"), Params.text(ctx, "issuer"),
                    Params.optionalInteger(ctx, "year", 1900, 2200), Params.text(ctx, "session"),
                    from, to, sort, page, size,
                    Params.optionalInteger(ctx, "term", 1, 99), facetsParam.equals("true"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** The same limit as the search's own, said in both languages. */
    static void checkQueryLength(String q) {
        if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw ApiError.badRequest("the query is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters",
                    "Câu tìm kiếm dài quá " + SearchRequest.MAX_QUERY_LENGTH + " ký tự: xin rút gọn.");
        }
    }
}
