package vn.vanthu.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanthu.Archive;

/** The HTTP server: the JSON API under /api and the pages for people at /. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Request attribute: this request's error is already answered (see the 404 handler). */
    private static final String ANSWERED_ERROR = "vanthu.answeredError";

    private final Javalin app;

    private final CountDownLatch firstAnswer;

    private WebServer(Javalin app, CountDownLatch firstAnswer) {
        this.app = app;
        this.firstAnswer = firstAnswer;
    }

    /** Starts serving the archive on host:port (port 0 picks a free one). */
    public static WebServer start(Archive archive, String host, int port) {
        ApiHandlers api = new ApiHandlers(archive);
        Templates templates = Templates.precompiled();
        PageHandlers pages = new PageHandlers(archive, templates);
        XrefHandlers xref = new XrefHandlers(archive, templates);
        StaffToken staff = new StaffToken(archive);
        UploadHandlers uploads = new UploadHandlers(archive, staff);
        SessionHandlers sessions = new SessionHandlers(archive, staff, templates);
        CompareHandlers compare = new CompareHandlers(archive, templates);
        CorrectionHandlers corrections = new CorrectionHandlers(archive, staff, templates, api);
        PageSession pageSession = new PageSession(archive);
        LoginHandlers login = new LoginHandlers(archive, templates, LoginThrottle.standard());
        AuditHandlers audit = new AuditHandlers(archive, staff);
        SearchExportHandlers exports = new SearchExportHandlers(archive);
        CountDownLatch firstAnswer = new CountDownLatch(1);
        UploadPageHandler uploadPage = new UploadPageHandler(templates);
        StaticFiles statics = new StaticFiles();
        ErrorPages errorPages = new ErrorPages(templates::render);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64L * 1024 * 1024;
            // A known path asked with a method it does not take is a 405 naming the methods, not "no such page".
            config.http.prefer405over404 = true;
            config.routes.before(WebServer::securityHeaders);
            config.routes.before(MethodOverrideRefusal::refuse);
            config.routes.before(pageSession::before);
            config.routes.after(pageSession::after);
            config.routes.after(ctx -> firstAnswer.countDown());
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecurityHeaders.OnProtocolErrors(errorPages)));
            // A HEAD answers what the GET would (status, headers), not Javalin's empty 200 for any GET route.
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new org.eclipse.jetty.ee10.servlet.FilterHolder(new HeadAsGet()), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            // X-HTTP-Method-Override is refused (a 400), never routed by (see MethodOverrideRefusal).
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new org.eclipse.jetty.ee10.servlet.FilterHolder(new MethodOverrideRefusal()), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            // Javalin's own connector, but with connections that remember each request's raw target
            // (see RawTargetConnections): an /api request Jetty refuses still gets a JSON error.
            config.jetty.addConnector((server, http) -> {
                org.eclipse.jetty.server.ServerConnector connector =
                        new org.eclipse.jetty.server.ServerConnector(server, new RawTargetConnections(http));
                connector.setHost(host);
                connector.setPort(port);
                return connector;
            });

            config.routes.get("/api/search", api::search);
            config.routes.get("/api/search.csv", exports::csv);
            config.routes.get("/api/search.xlsx", exports::xlsx);
            config.routes.get("/api/documents", api::documents);
            config.routes.post("/api/documents", uploads::upload);
            config.routes.get("/api/documents/{id}", api::document);
            config.routes.patch("/api/documents/{id}", corrections::patch);
            config.routes.get("/api/documents/{id}/original", api::original);
            config.routes.get("/api/documents/{id}/text", api::text);
            config.routes.get("/api/documents/{id}/graph", xref::graph);
            config.routes.get("/api/documents/{id}/access", api::access);
            config.routes.put("/api/documents/{id}/access", api::setAccess);
            config.routes.get("/api/numbers", xref::number);
            config.routes.get("/api/numbers/<number>", xref::number);
            config.routes.get("/api/missing", xref::missing);
            config.routes.get("/api/dates", xref::dates);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/sessions", sessions::list);
            config.routes.get("/api/sessions/{id}", sessions::detail);
            config.routes.patch("/api/sessions/{id}", sessions::correct);
            config.routes.get("/api/compare", compare::api);
            config.routes.get("/api/compare.docx", compare::docx);
            config.routes.get("/api/compare.xlsx", compare::xlsx);
            config.routes.get("/api/audit", audit::list);

            config.routes.get("/", pages::search);
            config.routes.get("/documents/{id}", pages::document);
            config.routes.get("/numbers", xref::numberPage);
            config.routes.get("/numbers/<number>", xref::numberPage);
            config.routes.get("/missing", xref::missingPage);
            config.routes.get("/dates", xref::datesPage);
            config.routes.get("/sessions", sessions::page);
            config.routes.get("/compare", compare::page);
            config.routes.get("/documents/{id}/edit", corrections::form);
            config.routes.post("/documents/{id}/edit", corrections::submit);
            config.routes.get("/upload", uploadPage::page);
            // Scripts and styles of the pages, from the jar: the CSP allows no inline script.
            config.routes.get("/static/{name}", statics::serve);
            config.routes.get("/login", login::page);
            config.routes.post("/login", login::login);
            config.routes.post("/logout", login::logout);

            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e, errorPages));
            // Javalin answers a path no route matches with a 404 exception of its own wording.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, switch (e.getStatus()) {
                case 404 -> noSuchPath(ctx);
                case 405 -> methodNotAllowed(ctx, e);
                default -> new ApiError(e.getStatus(), "http_" + e.getStatus(), e.getMessage());
            }, errorPages));
            config.routes.exception(Exception.class, (e, ctx) -> {
                java.util.Optional<ApiError> malformed = malformedRequest(e);
                if (malformed.isPresent()) {
                    error(ctx, malformed.get(), errorPages);
                    return;
                }
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, new ApiError(500, "internal_error", "the server could not answer; the error is logged"), errorPages);
            });
            // Only where no handler answered: a handler's own 404 ("no document with id 7") stands.
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED_ERROR) == null) {
                    error(ctx, noSuchPath(ctx), errorPages);
                }
            });
        });
        app.start(host, port);
        return new WebServer(app, firstAnswer);
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * A body Jetty could not parse (a broken multipart, for one) reaches the handler as a
     * ServletException wrapping Jetty's BadMessageException: the client's fault, so its 4xx.
     */
    private static java.util.Optional<ApiError> malformedRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                return java.util.Optional.of(new ApiError(bad.getCode(), bad.getCode() == 413 ? "too_large" : "bad_request",
                        "the request is malformed: " + Params.abbreviate(String.valueOf(bad.getReason()))));
            }
        }
        return java.util.Optional.empty();
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.ALL.forEach(ctx::header);
    }

    /** API paths answer JSON; page paths answer the error page in the site's layout. */
    private static void error(Context ctx, ApiError e, ErrorPages pages) {
        ctx.status(e.status());
        ctx.attribute(ANSWERED_ERROR, Boolean.TRUE);
        if (isApi(ctx)) {
            ctx.json(e.body());
        } else {
            ctx.html(pages.page(e.status(), e.pageMessage()));
        }
    }

    /** Javalin lists the path's methods in the exception's details (its key depends on whether HTML was asked for). */
    private static ApiError methodNotAllowed(Context ctx, HttpResponseException e) {
        String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
        if (!allowed.isBlank()) {
            ctx.header("Allow", allowed);
        }
        String path = Params.abbreviate(ctx.path());
        return new ApiError(405, "method_not_allowed",
                ctx.method() + " is not accepted at " + path + (allowed.isBlank() ? "" : "; it takes " + allowed),
                "Địa chỉ " + path + " không nhận yêu cầu " + ctx.method() + (allowed.isBlank() ? "." : " (chỉ nhận " + allowed + ")."));
    }

    private static ApiError noSuchPath(Context ctx) {
        String path = Params.abbreviate(ctx.path());
        return ApiError.notFound("no such API endpoint: " + path, "Không có trang này: " + path);
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    /** Waits until this server has answered a request, or {@code timeout} passes; whether it has. */
    public boolean awaitFirstAnswer(Duration timeout) throws InterruptedException {
        return firstAnswer.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
