package vn.vanthu.text;

/**
 * Escapes text for HTML (and inline SVG) element content and attribute values, quoted either way:
 * the one escaper of the search snippets, the comparison charts and the plain error page.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        append(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Appends {@code s[from, to)} escaped to {@code sb} (no substring copied). */
    public static void append(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            String entity = entity(c);
            if (entity == null) {
                sb.append(c);
            } else {
                sb.append(entity);
            }
        }
    }

    /** The entity that stands for {@code c}, or null when {@code c} is written as it is. */
    public static String entity(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
