package vn.vanthu.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.web.ApiViews.CitationView;
import vn.vanthu.web.ApiViews.CitedByView;
import vn.vanthu.web.ApiViews.DocumentDetail;
import vn.vanthu.web.ApiViews.DocumentList;
import vn.vanthu.web.ApiViews.DocumentSummary;
import vn.vanthu.web.ApiViews.Health;

/** The JSON API's handlers: each reads the request, asks the archive, writes the answer. */
final class ApiHandlers {
    private final Archive archive;

    ApiHandlers(Archive archive) {
        this.archive = archive;
    }

    void search(Context ctx) {
        SearchRequest request = SearchRequests.from(ctx);
        if (request.query().isBlank() && !request.hasFilters()) {
            throw ApiError.badRequest("give a query 'q' or at least one filter (type, issuer, year, session, from, to)");
        }
        ctx.json(archive.search(request));
    }

    void documents(Context ctx) {
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 50, 1, SearchRequest.MAX_SIZE);
        List<DocumentSummary> docs = archive.documents((page - 1) * size, size).stream()
                .map(DocumentSummary::of).toList();
        ctx.json(new DocumentList(archive.documentCount(), docs));
    }

    void document(Context ctx) {
        ArchivedDocument d = find(ctx);
        DocumentMetadata m = d.metadata();
        List<CitationView> citations = archive.citationsOf(d).stream().map(CitationView::of).toList();
        List<CitedByView> citedBy = archive.citedBy(d).stream().map(CitedByView::of).toList();
        ctx.json(new DocumentDetail(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issuer().orElse(null),
                m.parentIssuer().orElse(null), m.issued().orElse(null), m.place().orElse(null),
                m.session().map(SessionRef::label).orElse(null), m.signer().orElse(null), d.filename(),
                d.mediaType(), d.size(), d.sha256(), d.warnings(), citations, citedBy,
                XrefViews.StatusView.of(archive.status(d.id())),
                ApiViews.OriginView.of(archive.origin(d.id()), archive.entriesOf(d.id()), archive.nextVersion(d.id()))));
    }

    void original(Context ctx) throws IOException {
        ArchivedDocument d = find(ctx);
        Path file = archive.original(d.id())
                .orElseThrow(() -> ApiError.notFound("the original of document " + d.id() + " is missing from storage"));
        ctx.contentType(d.mediaType());
        ctx.header("Content-Disposition", ContentDisposition.attachment(d.filename()));
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }

    void text(Context ctx) {
        ArchivedDocument d = find(ctx);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(d.text());
    }

    void health(Context ctx) {
        ctx.json(new Health("ok", archive.documentCount(), archive.indexedCount()));
    }

    private ArchivedDocument find(Context ctx) {
        long id = Params.id(ctx);
        return archive.document(id).orElseThrow(() -> ApiError.notFound("no document with id " + id));
    }
}
