package vn.vanthu.web;

/**
 * The model of the upload page ({@code /upload}): the largest file accepted, and how the page's
 * script authenticates its requests. The files themselves go to {@code POST /api/documents}, one
 * request per file, from {@code /static/upload.js}.
 *
 * @param maxBytes  the largest upload the server accepts
 * @param csrfToken the login session's CSRF token, sent as {@code X-CSRF-Token}; empty when nobody
 *                  is logged in, and then the page asks for a staff token (sent as a bearer token)
 */
public record UploadPage(long maxBytes, String csrfToken) {
    public boolean asksForToken() {
        return csrfToken.isEmpty();
    }

    public long maxMegabytes() {
        return maxBytes >> 20;
    }
}
