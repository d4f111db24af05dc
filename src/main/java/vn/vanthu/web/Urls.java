package vn.vanthu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string encoding for links the pages build. */
final class Urls {
    private Urls() {
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A number's trace page; the number's own slashes stay plain (Jetty 12 refuses %2F in paths). */
    static String numberPage(String number) {
        return "/numbers?n=" + encode(number);
    }
}
