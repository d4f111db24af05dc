package vn.vanthu.web;

import java.time.LocalDate;
import java.util.List;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;

/** {@code GET /api/search.csv} and {@code /api/search.xlsx}: the results of a search, every page, capped. */
final class SearchExportHandlers {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Archive archive;

    SearchExportHandlers(Archive archive) {
        this.archive = archive;
    }

    void csv(Context ctx) {
        List<SearchHit> rows = rows(ctx);
        send(ctx, SearchExport.csv(rows), "text/csv; charset=utf-8", "csv", rows.size());
    }

    void xlsx(Context ctx) {
        List<SearchHit> rows = rows(ctx);
        send(ctx, SearchExport.xlsx(rows), XLSX, "xlsx", rows.size());
    }

    private List<SearchHit> rows(Context ctx) {
        SearchRequest request = SearchRequests.from(ctx);
        if (request.query().isBlank() && !request.hasFilters()) {
            throw ApiError.badRequest("give a query 'q' or at least one filter (type, issuer, year, session, term, from, to)");
        }
        return archive.searchRows(request, SearchExport.MAX_ROWS);
    }

    private static void send(Context ctx, byte[] bytes, String type, String extension, int rows) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", ContentDisposition.attachment("tim-kiem-" + LocalDate.now() + "." + extension));
        // How many rows the file holds, so a client can tell when the cap cut the results short.
        ctx.header("X-Export-Rows", Integer.toString(rows));
        ctx.result(bytes);
    }
}
