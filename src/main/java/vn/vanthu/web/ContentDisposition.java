package vn.vanthu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that keeps Vietnamese file names (RFC 6266 / 5987) and cannot inject headers. */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
