package vn.vanthu.index;

/** Escapes text for HTML element content and attribute values. */
final class HtmlEscaper {
    private HtmlEscaper() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        append(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Appends {@code s[from, to)} escaped to {@code sb} (no substring copied). */
    static void append(StringBuilder sb, String s, int from, int to) {
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
    static String entity(char c) {
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
