package vn.vanthu.web;

import io.javalin.http.Context;

/**
 * {@code GET /upload}: the page where staff drop files into the archive. Logged in, its script
 * sends the login's CSRF token; otherwise the page asks for a token.
 */
final class UploadPageHandler {
    private final Templates templates;

    UploadPageHandler(Templates templates) {
        this.templates = templates;
    }

    void page(Context ctx) {
        // Never cached: the page may carry a login's CSRF token.
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("upload.jte", new UploadPage(UploadHandlers.MAX_REQUEST_BYTES, PageSession.current(ctx).isPresent())));
    }
}
