package vn.vanthu.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import vn.vanthu.index.FacetValue;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchResults;

/**
 * The search answer's JSON, written by hand into one byte array and sent in one write: the API's
 * hot path. The bytes are exactly those of the server's Jackson mapper for {@link SearchResults}
 * (record components in order, an empty Optional as null, floats as {@link Float#toString}, UTF-8
 * unescaped but for quotes, backslashes, control characters and UTF-16 surrogates);
 * {@code SearchResultsJsonTest} holds the two equal. Jackson's bean serialisers walked every record
 * by reflection-built property writers and streamed into the response in pieces.
 */
final class SearchResultsJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf = new byte[16 * 1024];
    private int len;

    private SearchResultsJson() {
    }

    /** Writes {@code results} as the response body, with the JSON content type. */
    static void write(Context ctx, SearchResults results) throws IOException {
        SearchResultsJson out = new SearchResultsJson();
        out.results(results);
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.outputStream().write(out.buf, 0, out.len);
    }

    /** The answer's bytes (for tests). */
    static byte[] bytes(SearchResults results) {
        SearchResultsJson out = new SearchResultsJson();
        out.results(results);
        return Arrays.copyOf(out.buf, out.len);
    }

    private void results(SearchResults r) {
        ascii("{\"total\":").number(r.total());
        ascii(",\"tookMs\":").number(r.tookMs());
        ascii(",\"hits\":[");
        List<SearchHit> hits = r.hits();
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            hit(hits.get(i));
        }
        ascii("],\"facets\":{");
        boolean first = true;
        for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
            if (!first) {
                put((byte) ',');
            }
            first = false;
            string(e.getKey()).put((byte) ':').put((byte) '[');
            List<FacetValue> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                ascii("{\"value\":").string(values.get(i).value());
                ascii(",\"count\":").number(values.get(i).count()).put((byte) '}');
            }
            put((byte) ']');
        }
        ascii("},\"suggestion\":").optional(r.suggestion());
        ascii(",\"totalExact\":").ascii(r.totalExact() ? "true" : "false").put((byte) '}');
    }

    private void hit(SearchHit h) {
        ascii("{\"id\":").number(h.id());
        ascii(",\"number\":").optional(h.number());
        ascii(",\"type\":").optional(h.type());
        ascii(",\"title\":").nullable(h.title());
        ascii(",\"issuer\":").optional(h.issuer());
        ascii(",\"issued\":").optional(h.issued());
        ascii(",\"session\":").optional(h.session());
        ascii(",\"score\":").number(h.score());
        ascii(",\"snippets\":");
        List<String> snippets = h.snippets();
        if (snippets == null) {
            ascii("null");
        } else {
            put((byte) '[');
            for (int i = 0; i < snippets.size(); i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                nullable(snippets.get(i));
            }
            put((byte) ']');
        }
        put((byte) '}');
    }

    private SearchResultsJson optional(Optional<String> s) {
        return s == null ? ascii("null") : nullable(s.orElse(null));
    }

    private SearchResultsJson nullable(String s) {
        return s == null ? ascii("null") : string(s);
    }

    private SearchResultsJson number(long n) {
        return ascii(Long.toString(n));
    }

    /** As Jackson: Float.toString, and the non-finite values quoted. */
    private SearchResultsJson number(float f) {
        String s = Float.toString(f);
        return Float.isFinite(f) ? ascii(s) : put((byte) '"').ascii(s).put((byte) '"');
    }

    private SearchResultsJson ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** A JSON string in UTF-8, escaped as Jackson's UTF-8 generator escapes it. */
    private SearchResultsJson string(String s) {
        ensure(s.length() * 6 + 2);
        byte[] b = buf;
        int p = len;
        b[p++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                    continue;
                }
                b[p++] = '\\';
                switch (c) {
                    case '"', '\\' -> b[p++] = (byte) c;
                    case '\b' -> b[p++] = 'b';
                    case '\t' -> b[p++] = 't';
                    case '\n' -> b[p++] = 'n';
                    case '\f' -> b[p++] = 'f';
                    case '\r' -> b[p++] = 'r';
                    default -> p = unicodeEscape(b, p, c);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // Jackson's UTF-8 generator escapes each half of a pair (and a lone one) rather than
                // writing the 4-byte form: kept, so the bytes stay the same.
                b[p++] = '\\';
                p = unicodeEscape(b, p, c);
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[p++] = '"';
        len = p;
        return this;
    }

    /** {@code uXXXX} after a backslash already written. */
    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    private SearchResultsJson put(byte b) {
        ensure(1);
        buf[len++] = b;
        return this;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
