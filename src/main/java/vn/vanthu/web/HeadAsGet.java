package vn.vanthu.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Lets a HEAD run as the GET of the same target, so it answers what the GET would: its status and
 * headers (a missing document's 404, a bad parameter's 400, the JSON or HTML type, the length).
 * Javalin alone answers a HEAD on any GET route with an empty 200 without running the route.
 * The body is not sent: Jetty's connection knows the request on the wire was a HEAD and drops
 * the content while still counting its Content-Length.
 */
final class HeadAsGet implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
            chain.doFilter(new AsGet(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
