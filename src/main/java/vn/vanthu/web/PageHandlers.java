package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/** The pages for people, rendered on the server. */
final class PageHandlers {
    private final Archive archive;
    private final CallerViews views;
    private final Templates templates;

    PageHandlers(Archive archive, Templates templates) {
        this.archive = archive;
        this.views = new CallerViews(archive);
        this.templates = templates;
    }

    void search(Context ctx) {
        ArchiveView view = views.of(ctx);
        Optional<SearchResults> results = Optional.empty();
        Optional<String> error = Optional.empty();
        SearchLink link;
        int page = 1;
        int size = 10;
        try {
            SearchRequest request = SearchRequests.from(ctx);
            link = SearchLink.of(request);
            page = request.page();
            size = request.size();
            if (!request.query().isBlank() || request.hasFilters()) {
                results = Optional.of(view.search(request));
            }
        } catch (ApiError e) {
            ctx.status(e.status());
            error = Optional.of(e.pageMessage());
            link = SearchLink.query(Params.text(ctx, "q").orElse(""));
        }
        java.util.Set<Long> needingOcr = results.map(r -> archive.needingOcr(r.hits().stream()
                .map(vn.vanthu.index.SearchHit::id).toList())).orElse(java.util.Set.of());
        ctx.html(templates.render("search.jte", new SearchPage(link, results, error, page, size, view.documentCount(),
                needingOcr)));
    }

    void document(Context ctx) {
        long id = Params.id(ctx);
        ArchiveView view = views.of(ctx);
        ArchivedDocument d = view.document(id).orElseThrow(() ->
                ApiError.notFound("no document with id " + id, "Không có văn bản số hiệu " + id));
        int depth = Params.integer(ctx, "depth", 1, 1, vn.vanthu.xref.CitationGraphBuilder.MAX_DEPTH);
        String q = Params.text(ctx, "q").orElse("");
        SearchRequests.checkQueryLength(q);
        DocumentPage page = XrefHandlers.documentPage(view, d, depth).withReading(reading(view, d, q));
        ctx.html(templates.render("document.jte", page));
    }

    private DocumentReading reading(ArchiveView view, ArchivedDocument d, String q) {
        Optional<DocumentOrigin> origin = archive.origin(d.id());
        return new DocumentReading(q,
                q.isBlank() ? Optional.empty() : archive.highlight(d.id(), q),
                origin.flatMap(DocumentOrigin::previousVersionId).flatMap(id -> link(view, id)),
                archive.nextVersion(d.id()).flatMap(id -> link(view, id)),
                origin.flatMap(DocumentOrigin::containerId).flatMap(id -> link(view, id)),
                origin.flatMap(DocumentOrigin::entryPath),
                archive.entriesOf(d.id()).stream().map(id -> link(view, id)).flatMap(Optional::stream).toList(),
                origin.map(DocumentOrigin::needsOcr).orElse(false));
    }

    private static Optional<DocumentReading.DocumentLink> link(ArchiveView view, long id) {
        return view.document(id).map(x -> new DocumentReading.DocumentLink(x.id(), x.displayTitle() + " (" + x.filename() + ")"));
    }
}
