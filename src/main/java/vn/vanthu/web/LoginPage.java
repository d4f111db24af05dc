package vn.vanthu.web;

import java.util.Optional;

/** The login page: the form (with where to go afterwards and any error), or who is logged in. */
public record LoginPage(Optional<LoginBanner> loggedIn, String next, Optional<String> error) {
}
