package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Snippets are exactly those of the previous implementation ({@link SnippetReference}), whatever the text and spans. */
class SnippetBuilderTest {
    /** Letters with and without diacritics, HTML's special characters, and every kind of whitespace. */
    private static final String[] PIECES = {"cử", "tri", "tiếp", "xúc", "hội", "đồng", "nhân", "dân", "a", "Ủy", "ban",
        "<", ">", "&", "\"", "'", "&lt;", "…", ".", ",", "2020", "05/KH-UBND",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u3000", "\u001C", "\u0085"};

    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static List<SnippetBuilder.Span> spans(Random r, String text, int n) {
        List<SnippetBuilder.Span> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = r.nextInt(text.length() + 4) - 2;
            // Mostly short words, some long or empty or reversed, some past the end: all as the postings could give.
            int end = start + (r.nextInt(10) == 0 ? r.nextInt(400) - 20 : r.nextInt(12));
            out.add(new SnippetBuilder.Span(start, end));
        }
        return out;
    }

    @Test
    void sameSnippetsAsBeforeOnRandomTextsAndSpans() {
        Random r = new Random(20261128);
        for (int round = 0; round < 20_000; round++) {
            String text = text(r, 1 + r.nextInt(r.nextInt(8) == 0 ? 2000 : 200));
            List<SnippetBuilder.Span> spans = spans(r, text, r.nextInt(r.nextInt(5) == 0 ? 80 : 6));
            List<SnippetReference.Span> same = spans.stream().map(s -> new SnippetReference.Span(s.start(), s.end())).toList();
            int max = 1 + r.nextInt(3);
            assertEquals(SnippetReference.snippets(text, same, max), SnippetBuilder.snippets(text, spans, max),
                    () -> "text " + text.length() + " chars, spans " + spans);
        }
    }

    @Test
    void marksEscapesAndCollapsesAcrossTheMarks() {
        String text = "Kế hoạch \t tiếp xúc  <cử tri>\n\n& \"đại biểu\" ";
        int cu = text.indexOf("cử");
        int tri = text.indexOf("tri");
        // "cử" and "tri" are one mark (only a space between them).
        List<SnippetBuilder.Span> hits = List.of(new SnippetBuilder.Span(tri, tri + 3), new SnippetBuilder.Span(cu, cu + 2));
        assertEquals(List.of("Kế hoạch tiếp xúc &lt;<mark>cử tri</mark>&gt; &amp; &quot;đại biểu&quot;"),
                SnippetBuilder.snippets(text, hits, 2));
    }
}
