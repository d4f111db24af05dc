package vn.vanthu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that keeps Vietnamese file names (RFC 6266 / 5987) and cannot inject headers. */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String filename) {
        return header("attachment", filename);
    }

    /** Shown in the browser (a PDF in the document page's frame) rather than saved. */
    static String inline(String filename) {
        return header("inline", filename);
    }

    private static String header(String kind, String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
