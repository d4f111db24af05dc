package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/** The pages for people, rendered on the server. */
final class PageHandlers {
    private final CallerViews views;
    private final Templates templates;

    PageHandlers(Archive archive, Templates templates) {
        this.views = new CallerViews(archive);
        this.templates = templates;
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        ArchiveView view = views.of(ctx);
        Optional<SearchResults> results = Optional.empty();
        Optional<String> error = Optional.empty();
        int page = 1;
        int size = 10;
        try {
            SearchRequest request = SearchRequests.from(ctx);
            page = request.page();
            size = request.size();
            if (!q.isBlank() || request.hasFilters()) {
                results = Optional.of(view.search(request));
            }
        } catch (ApiError e) {
            ctx.status(e.status());
            error = Optional.of(e.getMessage());
        }
        ctx.html(templates.render("search.jte", new SearchPage(q, results, error, page, size, view.documentCount())));
    }

    void document(Context ctx) {
        long id = Params.id(ctx);
        ArchiveView view = views.of(ctx);
        ArchivedDocument d = view.document(id).orElseThrow(() -> ApiError.notFound("Không có văn bản số hiệu " + id));
        int depth = Params.integer(ctx, "depth", 1, 1, vn.vanthu.xref.CitationGraphBuilder.MAX_DEPTH);
        ctx.html(templates.render("document.jte", XrefHandlers.documentPage(view, d, depth)));
    }

    /** A minimal page for errors outside the templates (kept template-free so it cannot fail). */
    static String errorPage(int status, String message) {
        String m = message == null ? "" : message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi " + status + "</title>"
                + "<body><h1>Lỗi " + status + "</h1><p>" + m + "</p><p><a href=\"/\">Về trang tìm kiếm</a></p></body></html>";
    }
}
