package vn.vanthu.web;

import java.util.Map;

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

    /** Jetty's own error answers (no stack traces: Jetty 12 shows none by default), with the headers. */
    static final class OnProtocolErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            ALL.forEach((name, value) -> response.getHeaders().put(name, value));
            return super.handle(request, response, callback);
        }
    }
}
