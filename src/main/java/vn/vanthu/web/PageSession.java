package vn.vanthu.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import vn.vanthu.Archive;
import vn.vanthu.access.LoginSession;
import vn.vanthu.access.NewLogin;

/**
 * The page login: the {@code vanthu_session} cookie, and CSRF protection for what it authenticates.
 *
 * <p>A before-handler ({@link #before}) reads the cookie once per request. A state-changing
 * request (POST, PUT, PATCH, DELETE) that the cookie authenticates must come from our own pages:
 * same origin by {@code Sec-Fetch-Site} and {@code Origin} when the browser sends them, and
 * carrying the session's CSRF token as the form field {@code csrf} or the header
 * {@code X-CSRF-Token}; otherwise 403. Requests with a bearer token are exempt: the browser never
 * adds one by itself. Handlers of pages with forms put {@link #csrfToken(Context)} in a hidden
 * field; scripts send it in the header.
 */
public final class PageSession {
    static final String COOKIE = "vanthu_session";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "vanthu.login";
    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    /** The login of the request this thread serves, for the header of every page (set and cleared per request). */
    private static final ThreadLocal<LoginBanner> BANNER = new ThreadLocal<>();

    private final Archive archive;

    PageSession(Archive archive) {
        this.archive = archive;
    }

    /** Before every request: who the cookie is, and the CSRF check of state-changing requests it authenticates. */
    void before(Context ctx) {
        BANNER.remove();
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || cookie.isEmpty() || StaffToken.hasBearer(ctx)) {
            return;
        }
        Optional<LoginSession> login = archive.loginSession(cookie);
        if (login.isEmpty()) {
            return;
        }
        LoginSession s = login.get();
        ctx.attribute(ATTRIBUTE, s);
        BANNER.set(new LoginBanner(s.caller().name(), s.caller().role().label(), s.csrfToken()));
        if (STATE_CHANGING.contains(ctx.method())) {
            requireSameOrigin(ctx);
            String given = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formField(ctx));
            if (given == null || given.isEmpty()) {
                throw forbidden("csrf_missing", "this form or request lacks its CSRF token (field 'csrf' or header X-CSRF-Token)",
                        "Biểu mẫu thiếu mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.");
            }
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw forbidden("csrf_invalid", "the CSRF token does not match this login session",
                        "Mã chống giả mạo (CSRF) không đúng với phiên đăng nhập. Hãy tải lại trang rồi thử lại.");
            }
        }
    }

    /** After every request: the thread forgets the login. */
    void after(Context ctx) {
        forgetLogin();
    }

    /** The thread forgets the login (also for an answer Jetty writes before any route). */
    static void forgetLogin() {
        BANNER.remove();
    }

    /** The login the cookie of this request names, if current. */
    static Optional<LoginSession> current(Context ctx) {
        return Optional.ofNullable(ctx.<LoginSession>attribute(ATTRIBUTE));
    }

    /** The CSRF token for forms and scripts of this request's page; empty when nobody is logged in. */
    public static String csrfToken(Context ctx) {
        return current(ctx).map(LoginSession::csrfToken).orElse("");
    }

    /** Who is logged in on the page being rendered by this thread: for the layout's header. */
    public static Optional<LoginBanner> banner() {
        return Optional.ofNullable(BANNER.get());
    }

    /**
     * Refuses (403) a request sent by another site: {@code Sec-Fetch-Site} must be same-origin and
     * {@code Origin} our own host when the browser sends them. Clients that send neither (curl,
     * old browsers) pass: for them the CSRF token is the protection.
     */
    static void requireSameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin")) {
            throw forbidden("cross_origin", "a request from another site (Sec-Fetch-Site: " + Params.abbreviate(site) + ")",
                    "Yêu cầu đến từ một trang khác nên bị từ chối.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameHost(origin, ctx.header("Host"), ctx.header("X-Forwarded-Host"))) {
            throw forbidden("cross_origin", "a request from another origin (" + Params.abbreviate(origin) + ")",
                    "Yêu cầu đến từ một trang khác nên bị từ chối.");
        }
    }

    private static boolean sameHost(String origin, String host, String forwardedHost) {
        String from;
        try {
            URI u = URI.create(origin.strip());
            if (u.getHost() == null || u.getScheme() == null) {
                return false; // "null" (a sandboxed page, a file) is never our origin
            }
            from = authority(u.getScheme(), u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String h : new String[] {host, forwardedHost}) {
            if (h != null && (from.equals(authority("http", h.strip())) || from.equals(authority("https", h.strip())))) {
                return true;
            }
        }
        return false;
    }

    /** host[:port] in lower case without the scheme's default port. */
    private static String authority(String scheme, String hostAndPort) {
        String a = hostAndPort.toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
        return a.endsWith(defaultPort) ? a.substring(0, a.length() - defaultPort.length()) : a;
    }

    private static String formField(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            try {
                return ctx.formParam(CSRF_FIELD);
            } catch (Exception e) {
                // A body that is no readable form (a broken multipart) carries no token: refused as missing.
                return null;
            }
        }
        return null;
    }

    private static ApiError forbidden(String code, String api, String page) {
        return new ApiError(403, code, api, page);
    }

    /** Sends the cookie of a new login: HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS; gone when the browser closes. */
    static void send(Context ctx, NewLogin login) {
        ctx.cookie(cookie(ctx, login.sessionId(), -1));
    }

    /** Tells the browser to forget the cookie. */
    static void clear(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        Cookie c = new Cookie(COOKIE, value);
        c.setPath("/");
        c.setMaxAge(maxAge);
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setSecure(https(ctx));
        return c;
    }

    /** HTTPS directly, or through a proxy that says so. */
    private static boolean https(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(Optional.ofNullable(ctx.header("X-Forwarded-Proto")).orElse("").strip());
    }
}
