package vn.vanthu.web;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import vn.vanthu.Archive;
import vn.vanthu.access.NewLogin;

/**
 * {@code /login}: staff paste a token once and get a session cookie for the pages;
 * {@code POST /logout} ends it. Failed logins are counted per address and throttled.
 */
final class LoginHandlers {
    private final Archive archive;
    private final Templates templates;
    private final LoginThrottle throttle;

    LoginHandlers(Archive archive, Templates templates, LoginThrottle throttle) {
        this.archive = archive;
        this.templates = templates;
        this.throttle = throttle;
    }

    void page(Context ctx) {
        render(ctx, 200, Optional.empty());
    }

    void login(Context ctx) {
        // Login CSRF: another site must not log a visitor in with the other site's token.
        PageSession.requireSameOrigin(ctx);
        String address = ctx.ip();
        long wait = throttle.retryAfterSeconds(address);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            render(ctx, 429, Optional.of("Đăng nhập sai quá nhiều lần. Hãy thử lại sau " + wait + " giây."));
            return;
        }
        String token = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
        if (token.isEmpty()) {
            render(ctx, 400, Optional.of("Hãy dán mã truy cập (token) vào ô bên dưới."));
            return;
        }
        Optional<NewLogin> login = token.length() > 512 ? Optional.empty() : archive.login(token);
        if (login.isEmpty()) {
            throttle.failed(address);
            render(ctx, 401, Optional.of("Mã truy cập không đúng hoặc đã bị thu hồi."));
            return;
        }
        String old = ctx.cookie(PageSession.COOKIE);
        if (old != null) {
            archive.logout(old); // a new login never keeps the old session id
        }
        PageSession.send(ctx, login.get());
        ctx.redirect(next(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    /**
     * POST only. Ends the session only when {@link PageSession} accepted the cookie for this
     * request, i.e. after its CSRF and origin checks: a request that also carries a bearer token
     * skips those checks (and the cookie), so it must not end the login either.
     */
    void logout(Context ctx) {
        String cookie = ctx.cookie(PageSession.COOKIE);
        if (cookie != null && PageSession.current(ctx).isPresent()) {
            archive.logout(cookie);
        }
        PageSession.clear(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, Optional<String> error) {
        ctx.status(status).html(templates.render("login.jte", new LoginPage(PageSession.banner(),
                next(Optional.ofNullable(ctx.formParam("next")).orElse(ctx.queryParam("next"))), error)));
    }

    /** Where to go after logging in: a path of this site only, never another site ("//host", "/\host"). */
    static String next(String wanted) {
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.startsWith("/\\")
                || wanted.length() > 2000 || wanted.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return wanted;
    }
}
