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
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }
}
