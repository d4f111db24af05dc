package vn.vanthu.cli;

/** Shows an HTML snippet on a terminal: marks become [brackets], entities plain characters. */
final class Snippets {
    private Snippets() {
    }

    static String toTerminal(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
