package vn.vanthu.web;

import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.compare.Comparison;
import vn.vanthu.compare.ComparisonDocx;
import vn.vanthu.compare.ComparisonXlsx;
import vn.vanthu.web.SessionViews.SessionView;

/** Comparing two sessions or two searches: the JSON answer, the .docx and .xlsx exports, and the page. */
final class CompareHandlers {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CallerViews views;
    private final Templates templates;

    CompareHandlers(Archive archive, Templates templates) {
        this.views = new CallerViews(archive);
        this.templates = templates;
    }

    /** {@code /api/compare?a=&b=[&format=json|docx|xlsx]}. */
    void api(Context ctx) {
        String format = Params.text(ctx, "format").orElse("json");
        switch (format) {
            case "json" -> ctx.json(compare(ctx));
            case "docx" -> docx(ctx);
            case "xlsx" -> xlsx(ctx);
            default -> throw ApiError.badRequest("'format' must be json, docx or xlsx, got '" + Params.abbreviate(format) + "'");
        }
    }

    void docx(Context ctx) {
        Comparison c = compare(ctx);
        send(ctx, ComparisonDocx.write(c), DOCX, "so-sanh.docx");
    }

    void xlsx(Context ctx) {
        Comparison c = compare(ctx);
        send(ctx, ComparisonXlsx.write(c), XLSX, "so-sanh.xlsx");
    }

    void page(Context ctx) {
        String a = Params.text(ctx, "a").orElse("");
        String b = Params.text(ctx, "b").orElse("");
        ArchiveView view = views.of(ctx);
        Map<Long, Integer> counts = view.sessionDocumentCounts();
        var sessions = view.sessions().stream().map(s -> SessionView.of(s, counts.getOrDefault(s.id(), 0))).toList();
        Optional<Comparison> comparison = Optional.empty();
        Optional<String> error = Optional.empty();
        if (!a.isEmpty() || !b.isEmpty()) {
            try {
                comparison = Optional.of(view.compare(a, b));
            } catch (IllegalArgumentException e) {
                ApiError bad = badSide(e);
                ctx.status(bad.status());
                error = Optional.of(bad.pageMessage());
            }
        }
        String query = "a=" + Urls.encode(a) + "&b=" + Urls.encode(b);
        ctx.html(templates.render("compare.jte", new ComparePage(a, b, sessions, comparison, error,
                comparison.map(CompareCharts::documentsPerType).orElse(""), comparison.map(CompareCharts::timeline).orElse(""),
                query)));
    }

    private Comparison compare(Context ctx) {
        String a = Params.text(ctx, "a").orElseThrow(() ->
                ApiError.badRequest("give 'a' and 'b': session ids, session labels (kỳ họp thứ ba khóa XI) or search words"));
        String b = Params.text(ctx, "b").orElseThrow(() -> ApiError.badRequest("give 'b' as well as 'a'"));
        try {
            return views.of(ctx).compare(a, b);
        } catch (IllegalArgumentException e) {
            throw badSide(e);
        }
    }

    /** A side that names nothing comparable: a 400 in both languages (only the English where there is no other). */
    private static ApiError badSide(IllegalArgumentException e) {
        return e instanceof vn.vanthu.compare.UnresolvedSideException side
                ? ApiError.badRequest(side.getMessage(), side.vietnamese()) : ApiError.badRequest(e.getMessage());
    }

    private static void send(Context ctx, byte[] bytes, String type, String filename) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", ContentDisposition.attachment(filename));
        ctx.result(bytes);
    }
}
