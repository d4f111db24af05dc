package vn.vanthu.web;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers every answer carries, and a Jetty error handler that adds them to the
 * answers Jetty writes itself (a malformed URI, a header too large) before any route runs.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; object-src 'self'",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }

    /**
     * Jetty's own error answers (no stack traces: Jetty 12 shows none by default), with the
     * headers. Under /api they are the API's JSON error ({@code {"error", "message"}}) rather than
     * Jetty's HTML page (or, for a PATCH or PUT, an empty body): a client reads every API error the
     * same way, whichever layer refused the request. Elsewhere they are the site's error page in
     * Vietnamese rather than Jetty's English one.
     */
    static final class OnProtocolErrors extends ErrorHandler {
        private final ErrorPages pages;

        OnProtocolErrors(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            ALL.forEach((name, value) -> response.getHeaders().put(name, value));
            int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
            if (isApi(request)) {
                Object message = request.getAttribute(ERROR_MESSAGE);
                String reason = message != null ? message.toString()
                        : java.util.Optional.ofNullable(org.eclipse.jetty.http.HttpStatus.getMessage(status)).orElse("error");
                byte[] body = json(status, reason);
                response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
                response.write(true, java.nio.ByteBuffer.wrap(body), callback);
                return true;
            }
            // Refused before any route: no login was read, and none must show from another request.
            PageSession.forgetLogin();
            byte[] page = pages.page(status, ApiError.forStatus(status)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            response.write(true, java.nio.ByteBuffer.wrap(page), callback);
            return true;
        }

        /**
         * Whether the request was for /api. A target Jetty could not decode (a {@code %00}, a bad
         * percent-encoding) reaches here as {@code /badMessage} or {@code /badURI}: the raw target
         * the connection remembered says where it was going.
         */
        static boolean isApi(Request request) {
            Optional<String> raw = RawTargetConnections.rawTarget(request);
            if (raw.isPresent()) {
                return isApiTarget(raw.get());
            }
            try {
                String path = request.getHttpURI().getPath();
                return path != null && (path.startsWith("/api/") || path.equals("/api"));
            } catch (RuntimeException e) {
                return false; // a target too broken to have a path: Jetty's own page
            }
        }

        /** A raw request target, in origin form ({@code /api/x?y}) or absolute form ({@code http://host/api/x}), under /api. */
        static boolean isApiTarget(String target) {
            String path = target;
            int scheme = path.indexOf("://");
            if (!path.startsWith("/") && scheme > 0) {
                int slash = path.indexOf('/', scheme + 3);
                path = slash < 0 ? "/" : path.substring(slash);
            }
            return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api?") || path.startsWith("/api#");
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        static byte[] json(int status, String reason) throws java.io.IOException {
            return JSON.writeValueAsBytes(new ApiError.Body(status == 413 ? "too_large" : status >= 500 ? "internal_error"
                    : "bad_request", "the request was refused before it reached the archive: " + Params.abbreviate(reason)));
        }
    }

}
