package vn.vanthu.web;

import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanthu.text.HtmlEscaper;

/**
 * The page an error shows where no page of its own applies (an unknown path, an error before the
 * route, one Jetty refuses): the site's layout (header, style, a link back to search). If the
 * templates themselves fail, a plain page built here without them, so an error always has an answer.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final BiFunction<String, Object, String> render;

    /** {@code render}: a template's name and model to HTML ({@link Templates#render}). */
    ErrorPages(BiFunction<String, Object, String> render) {
        this.render = render;
    }

    String page(int status, String message) {
        try {
            return render.apply("error.jte", new ErrorPage(status, message == null ? "" : message));
        } catch (RuntimeException e) {
            LOG.error("the error page template failed; answering the plain page", e);
            return plain(status, message);
        }
    }

    /** The page without templates: nothing here can fail. */
    static String plain(int status, String message) {
        String m = message == null ? "" : HtmlEscaper.escape(message);
        return "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi " + status + "</title>"
                + "<body><h1>Lỗi " + status + "</h1><p>" + m + "</p><p><a href=\"/\">Về trang tìm kiếm</a></p></body></html>";
    }
}
