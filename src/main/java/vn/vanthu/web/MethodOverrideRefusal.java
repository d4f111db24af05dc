package vn.vanthu.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Refuses a request that carries {@value #HEADER}. Javalin 7 routes by that header's method
 * whenever it is present ({@code Context.method()} reads it first, with no setting to turn it
 * off): a GET sent with "…: HEAD" got Javalin's empty 200, a POST with "…: PATCH" ran the PATCH
 * route. The archive's clients send the method itself, so the header is a 400 that says so, as the
 * API's JSON or the error page, on every path.
 *
 * <p>Two halves in one place: the servlet filter hides the header from Javalin (so it routes,
 * logs and answers by the method on the wire) and marks the request; {@link #refuse}, the first
 * Javalin before-handler, answers the mark with the 400.
 */
final class MethodOverrideRefusal implements Filter {
    static final String HEADER = "X-HTTP-Method-Override";
    private static final String MARK = "vanthu.methodOverride";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getHeader(HEADER) != null) {
            http.setAttribute(MARK, http.getHeader(HEADER));
            chain.doFilter(new WithoutOverride(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The Javalin before-handler: a marked request is a 400 before anything else runs. */
    static void refuse(Context ctx) {
        Object asked = ctx.attribute(MARK);
        if (asked != null) {
            String method = ctx.req().getMethod();
            String value = Params.abbreviate(asked.toString());
            // Refused before the login is read: no banner of another request on this thread may show.
            PageSession.forgetLogin();
            throw ApiError.badRequest(HEADER + " is not accepted (it asked for '" + value + "'): send the request as "
                            + "the method itself; this one was a " + method,
                    "Máy chủ không nhận tiêu đề " + HEADER + " (xin “" + value + "”): hãy gửi yêu cầu bằng chính phương thức đó.");
        }
    }

    /** The request without the header, so that Javalin never routes by it. */
    private static final class WithoutOverride extends HttpServletRequestWrapper {
        WithoutOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !HEADER.equalsIgnoreCase(n)).toList());
        }
    }
}
