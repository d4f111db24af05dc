package vn.vanthu.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.xref.CitationGraph;
import vn.vanthu.xref.CitationGraphBuilder;
import vn.vanthu.xref.DateReport;
import vn.vanthu.xref.DocumentStatus;
import vn.vanthu.xref.MissingNumbers;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolvedCitation;

/** Number traces, citation graphs, the missing-documents report and the date view: API and pages. */
final class XrefHandlers {
    static final int MAX_MISSING_PAGE = 500;
    static final int MAX_DATE_ITEMS = 500;
    /** The most citations one trace request returns; more are paged with {@code offset}. */
    static final int MAX_TRACE_PAGE = 500;

    private final CallerViews views;
    private final Templates templates;

    XrefHandlers(Archive archive, Templates templates) {
        this.views = new CallerViews(archive);
        this.templates = templates;
    }

    // ---- API ------------------------------------------------------------------------------

    void number(Context ctx) {
        String asked = askedNumber(ctx);
        if (asked.isBlank()) {
            throw ApiError.badRequest("give a document number, e.g. /api/numbers/40/KH-HĐND or ?n=40/KH-HĐND");
        }
        NumberTrace t = views.of(ctx).trace(asked, tracePage(ctx)).orElseThrow(() ->
                ApiError.badRequest("'" + Params.abbreviate(asked) + "' is not a document number (e.g. 40/KH-HĐND)"));
        ctx.json(XrefViews.NumberView.of(t));
    }

    void graph(Context ctx) {
        long id = Params.id(ctx);
        int depth = Params.integer(ctx, "depth", 1, 1, CitationGraphBuilder.MAX_DEPTH);
        CitationGraph g = views.of(ctx).graph(id, depth).orElseThrow(() -> ApiError.notFound("no document with id " + id));
        ctx.json(XrefViews.GraphView.of(g));
    }

    void missing(Context ctx) {
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 50, 1, MAX_MISSING_PAGE);
        ctx.json(XrefViews.MissingList.of(views.of(ctx).missingNumbers((page - 1) * size, size), page, size));
    }

    void dates(Context ctx) {
        ctx.json(XrefViews.DatesView.of(dateReport(ctx).orElseThrow(() ->
                ApiError.badRequest("give a date range: ?from=2016-11-01&to=2016-11-30 ('to' defaults to 'from')"))));
    }

    // ---- pages ----------------------------------------------------------------------------

    void numberPage(Context ctx) {
        String asked = askedNumber(ctx);
        NumberTrace.Page page = tracePage(ctx);
        Optional<NumberTrace> trace = asked.isBlank() ? Optional.empty() : views.of(ctx).trace(asked, page);
        if (!asked.isBlank() && trace.isEmpty()) {
            // The page explains it beside the form; the status says it to programs, as the API's 400 does.
            ctx.status(400);
        }
        ctx.html(templates.render("trace.jte", new TracePage(asked, trace)));
    }

    void missingPage(Context ctx) {
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 100, 1, MAX_MISSING_PAGE);
        MissingNumbers m = views.of(ctx).missingNumbers((page - 1) * size, size);
        ctx.html(templates.render("missing.jte", new MissingPage(m, page, size)));
    }

    void datesPage(Context ctx) {
        Optional<DateReport> report = Optional.empty();
        Optional<String> error = Optional.empty();
        try {
            report = dateReport(ctx);
        } catch (ApiError e) {
            ctx.status(e.status());
            error = Optional.of(e.pageMessage());
        }
        ctx.html(templates.render("dates.jte", new DatesPage(Params.text(ctx, "from").orElse(""),
                Params.text(ctx, "to").orElse(""), report, error)));
    }

    /** The document page's cross-reference parts: statuses, both panels, the diagram. */
    static DocumentPage documentPage(ArchiveView view, ArchivedDocument d, int depth) {
        var citations = view.citationsOf(d);
        Map<Long, DocumentStatus> targetStatuses = new java.util.HashMap<>();
        for (ResolvedCitation c : citations) {
            c.candidates().forEach(t -> targetStatuses.computeIfAbsent(t.id(), view::status));
        }
        String svg = view.graph(d.id(), depth).map(RelationDiagram::svg).orElse("");
        return new DocumentPage(d, citations, view.citedBy(d), view.status(d.id()), targetStatuses, svg, depth);
    }

    // ---- parameters -----------------------------------------------------------------------

    private static String askedNumber(Context ctx) {
        String spelling = ctx.pathParamMap().containsKey("number") ? ctx.pathParam("number") : "";
        return spelling.isBlank() ? Params.text(ctx, "n").orElse("") : spelling;
    }

    /** {@code ?offset=&limit=}: which citations of the number; the first 50 by default. */
    private static NumberTrace.Page tracePage(Context ctx) {
        return new NumberTrace.Page(Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_TRACE_PAGE),
                Params.integer(ctx, "limit", NumberTrace.Page.DEFAULT_LIMIT, 1, MAX_TRACE_PAGE));
    }

    /** The range asked for; empty when no 'from' is given; 400 for a bad or reversed range. */
    private Optional<DateReport> dateReport(Context ctx) {
        Optional<LocalDate> from = Params.date(ctx, "from");
        Optional<LocalDate> to = Params.date(ctx, "to");
        if (from.isEmpty()) {
            if (to.isPresent()) {
                throw ApiError.badRequest("'from' is needed with 'to'",
                        "Cần có cả từ ngày (from) khi đã cho đến ngày (to).");
            }
            return Optional.empty();
        }
        LocalDate end = to.orElse(from.get());
        if (end.isBefore(from.get())) {
            throw ApiError.badRequest("the date range ends (" + end + ") before it starts (" + from.get() + ")",
                    "Khoảng ngày kết thúc (" + end + ") trước ngày bắt đầu (" + from.get() + ").");
        }
        int size = Params.integer(ctx, "size", 200, 1, MAX_DATE_ITEMS);
        return Optional.of(views.of(ctx).dates(from.get(), end, size));
    }
}
