package vn.vanthu.web;

/**
 * The model of the upload page ({@code /upload}): the largest file accepted, and whether the
 * visitor is logged in. The files themselves go to {@code POST /api/documents}, one request per
 * file, from {@code /static/upload.js}: logged in, it sends the login's CSRF token (the layout's
 * {@code <meta name="csrf-token">}); otherwise the page asks for a token, sent as a bearer token.
 */
public record UploadPage(long maxBytes, boolean loggedIn) {
    public boolean asksForToken() {
        return !loggedIn;
    }

    public long maxMegabytes() {
        return maxBytes >> 20;
    }
}
