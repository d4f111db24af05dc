package vn.vanthu.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.AccessDenied;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.access.Caller;
import vn.vanthu.catalog.AccessStore;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Archive archive;
    private final CallerViews views;
    private final StaffToken staff;

    ApiHandlers(Archive archive) {
        this.archive = archive;
        this.views = new CallerViews(archive);
        this.staff = new StaffToken(archive);
    }

    void search(Context ctx) throws IOException {
        SearchRequest request = SearchRequests.from(ctx);
        if (request.query().isBlank() && !request.hasFilters()) {
            throw ApiError.badRequest("give a query 'q' or at least one filter (type, issuer, year, session, from, to)");
        }
        // The API's hot path: written by hand, in one piece (same bytes as the mapper would write).
        SearchResultsJson.write(ctx, views.of(ctx).search(request));
    }

    void documents(Context ctx) {
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 50, 1, SearchRequest.MAX_SIZE);
        ArchiveView view = views.of(ctx);
        List<DocumentSummary> docs = view.documents((page - 1) * size, size).stream()
                .map(DocumentSummary::of).toList();
        ctx.json(new DocumentList(view.documentCount(), docs));
    }

    void document(Context ctx) {
        ArchiveView view = views.of(ctx);
        ctx.json(detail(find(ctx, view), view));
    }

    /** A document's metadata (corrections applied, with their provenance), citations and the documents citing it, as the caller may see them. */
    DocumentDetail detail(ArchivedDocument d, ArchiveView view) {
        DocumentMetadata m = d.metadata();
        List<CitationView> citations = view.citationsOf(d).stream().map(CitationView::of).toList();
        List<CitedByView> citedBy = view.citedBy(d).stream().map(CitedByView::of).toList();
        return new DocumentDetail(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issuer().orElse(null),
                m.parentIssuer().orElse(null), m.issued().orElse(null), m.place().orElse(null),
                m.session().map(SessionRef::label).orElse(null), m.signer().orElse(null), d.filename(),
                d.mediaType(), d.size(), d.sha256(), d.warnings(), citations, citedBy,
                XrefViews.StatusView.of(view.status(d.id())),
                m.security().orElse(null), m.urgency().orElse(null), m.recipients(), m.distribution(),
                ApiViews.SignatureView.of(m), ApiViews.TermView.of(m),
                d.corrections().stream().map(ApiViews.CorrectionView::of).toList(),
                ApiViews.OriginView.of(view, archive.origin(d.id()), archive.entriesOf(d.id()), archive.nextVersion(d.id())));
    }

    void original(Context ctx) throws IOException {
        ArchiveView view = views.of(ctx);
        ArchivedDocument d = find(ctx, view);
        Path file = view.original(d.id())
                .orElseThrow(() -> ApiError.notFound("the original of document " + d.id() + " is missing from storage"));
        ctx.contentType(d.mediaType());
        // Only PDFs are shown inline (the document page frames them); any other original, HTML
        // above all, is always a download so it cannot run in this site's origin.
        boolean inline = "1".equals(ctx.queryParam("inline")) && d.mediaType().startsWith("application/pdf");
        ctx.header("Content-Disposition", inline ? ContentDisposition.inline(d.filename()) : ContentDisposition.attachment(d.filename()));
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }

    void text(Context ctx) {
        ArchivedDocument d = find(ctx, views.of(ctx));
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(d.text());
    }

    void health(Context ctx) {
        ArchiveView view = views.of(ctx);
        ctx.json(new Health("ok", view.documentCount(), view.indexedCount()));
    }

    /** GET: a document's level, with who set it and when. */
    void access(Context ctx) {
        long id = Params.id(ctx);
        AccessStore.Entry e = views.of(ctx).access(id).orElseThrow(() -> ApiError.notFound("no document with id " + id));
        AccessLevel level = AccessLevel.parse(e.level()).orElseThrow();
        ctx.json(new LevelView(id, level.key(), level.label(), e.setBy().orElse(null), e.setAt().map(Object::toString).orElse(null)));
    }

    /** A document's level as GET shows it. */
    record LevelView(long id, String level, String label, String setBy, String setAt) {
    }

    /**
     * PUT {"level": "internal"}: staff move a document between public and internal, an
     * administrator also to or from confidential (see {@link vn.vanthu.access.Role#canChangeAccess}).
     */
    void setAccess(Context ctx) {
        Caller caller = staff.require(ctx, "changing an access level");
        long id = Params.id(ctx);
        AccessLevel level = levelFrom(ctx.body());
        try {
            ArchiveView.AccessChange change = archive.as(caller).setAccess(id, level)
                    .orElseThrow(() -> ApiError.notFound("no document with id " + id));
            ctx.json(new AccessView(change.id(), change.to().key(), change.from().key(), change.by(), change.at().toString()));
        } catch (AccessDenied e) {
            throw new ApiError(403, "forbidden", e.getMessage());
        }
    }

    private static AccessLevel levelFrom(String body) {
        String example = "the body must be JSON such as {\"level\": \"internal\"} (public, internal or confidential)";
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(example);
        }
        JsonNode level = root == null ? null : root.get("level");
        if (level == null || !level.isTextual()) {
            throw ApiError.badRequest(example);
        }
        return AccessLevel.parse(level.asText()).orElseThrow(() -> ApiError.badRequest(
                "unknown level '" + Params.abbreviate(level.asText()) + "': public, internal or confidential"));
    }

    /** A document's level after a change, with the level before it. */
    record AccessView(long id, String level, String previous, String setBy, String setAt) {
    }

    /** A document the caller may see; a hidden one answers 404 exactly like an unknown id. */
    private static ArchivedDocument find(Context ctx, ArchiveView view) {
        long id = Params.id(ctx);
        return view.document(id).orElseThrow(() -> ApiError.notFound("no document with id " + id));
    }
}
