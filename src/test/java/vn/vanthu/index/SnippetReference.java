package vn.vanthu.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.vanthu.text.HtmlEscaper;

/**
 * The snippets as they were built before the one-pass rendering (serve4): kept verbatim as the
 * reference {@code SnippetBuilderTest} compares {@link SnippetBuilder} with.
 */
final class SnippetReference {
    private static final int WINDOW = 220;

    private SnippetReference() {
    }

    /** One span of the text to mark. */
    record Span(int start, int end) {
    }

    /**
     * Up to {@code max} snippets of the text around the hits, HTML-escaped with the hits in
     * {@code <mark>}. With no hit, the start of the text.
     */
    static List<String> snippets(String text, List<Span> hits, int max) {
        List<Span> spans = merge(text, hits);
        if (spans.isEmpty()) {
            return text.isBlank() ? List.of() : List.of(HtmlEscaper.escape(lead(text)));
        }
        List<String> out = new ArrayList<>();
        int covered = -1;
        for (Span s : bestWindows(spans, max)) {
            if (s.start() < covered) {
                continue;
            }
            int from = wordStart(text, Math.max(0, s.start() - WINDOW / 3));
            int to = wordEnd(text, Math.min(text.length(), from + WINDOW));
            out.add(render(text, from, to, spans));
            covered = to;
        }
        return out;
    }

    /** Sorts spans and merges those that touch or are separated only by spaces ("cử tri" is one mark). */
    static List<Span> merge(String text, List<Span> raw) {
        List<Span> spans = new ArrayList<>(raw);
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
                continue;
            }
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (s.start() <= last.end() || blank(text, last.end(), s.start()))) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** Whether {@code text[from, to)} is only whitespace, as {@code substring(from, to).isBlank()} (no copy). */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The spans that start the densest windows, best first, at most {@code max}, in text order. */
    private static List<Span> bestWindows(List<Span> spans, int max) {
        record Scored(Span first, int hits) {
        }
        List<Scored> scored = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (j < i) {
                j = i;
            }
            while (j + 1 < spans.size() && spans.get(j + 1).end() - spans.get(i).start() <= WINDOW) {
                j++;
            }
            scored.add(new Scored(spans.get(i), j - i + 1));
        }
        scored.sort(Comparator.comparingInt(Scored::hits).reversed().thenComparingInt(s -> s.first().start()));
        List<Span> best = new ArrayList<>();
        for (Scored s : scored) {
            boolean overlaps = best.stream().anyMatch(b -> Math.abs(b.start() - s.first().start()) < WINDOW);
            if (!overlaps) {
                best.add(s.first());
            }
            if (best.size() == max) {
                break;
            }
        }
        best.sort(Comparator.comparingInt(Span::start));
        return best;
    }

    private static String render(String text, int from, int to, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append("… ");
        }
        int at = from;
        for (Span s : spans) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            HtmlEscaper.append(sb, text, at, start);
            sb.append("<mark>");
            HtmlEscaper.append(sb, text, start, end);
            sb.append("</mark>");
            at = end;
        }
        HtmlEscaper.append(sb, text, at, to);
        if (to < text.length()) {
            sb.append(" …");
        }
        return collapseSpaces(sb).strip();
    }

    /**
     * Each run of ASCII whitespace as one space, as {@code replaceAll("\\s+", " ")} did (without a
     * regex per snippet: that was 4 % of a search).
     */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    /**
     * The whole text, HTML-escaped, every hit in a {@code <mark>} numbered {@code id="hit-1"},
     * {@code "hit-2"}… so a page can link to the first one. Whitespace is kept as written.
     */
    static HighlightedText unusedMarkAll(String text, List<Span> hits) {
        List<Span> spans = merge(text, hits);
        StringBuilder sb = new StringBuilder(text.length() + spans.size() * 32);
        int at = 0;
        int n = 0;
        for (Span s : spans) {
            HtmlEscaper.append(sb, text, at, s.start());
            sb.append("<mark id=\"hit-").append(++n).append("\">");
            HtmlEscaper.append(sb, text, s.start(), s.end());
            sb.append("</mark>");
            at = s.end();
        }
        HtmlEscaper.append(sb, text, at, text.length());
        return new HighlightedText(sb.toString(), n);
    }

    private static String lead(String text) {
        String t = text.strip();
        int end = wordEnd(t, Math.min(t.length(), WINDOW));
        return collapseSpaces(t.substring(0, end) + (end < t.length() ? " …" : ""));
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
