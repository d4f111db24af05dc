package vn.vanthu.web;

/** Who is logged in, as the page header shows it, with the CSRF token its logout form sends. */
public record LoginBanner(String name, String role, String csrf) {
}
