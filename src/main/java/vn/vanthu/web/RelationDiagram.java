package vn.vanthu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.xref.CitationGraph;

/**
 * Draws a citation graph as an inline SVG "lược đồ": one column per layer (what the document
 * cites on the left, the document in the middle, what cites it on the right), arrows from the
 * citing document to the cited one, labelled with the relation. Every label is XML-escaped here;
 * the page includes the result unescaped.
 */
final class RelationDiagram {
    private static final int BOX_W = 200;
    private static final int BOX_H = 48;
    private static final int COL_GAP = 110;
    private static final int ROW_GAP = 16;
    private static final int MARGIN = 16;
    private static final int TITLE_CHARS = 32;
    private static final Set<String> CHANGING = Set.of("thay thế", "bãi bỏ", "sửa đổi", "bổ sung");

    private RelationDiagram() {
    }

    static String svg(CitationGraph g) {
        TreeMap<Integer, List<CitationGraph.Node>> columns = new TreeMap<>();
        for (CitationGraph.Node n : g.nodes()) {
            columns.computeIfAbsent(n.layer(), k -> new ArrayList<>()).add(n);
        }
        Map<String, int[]> at = new HashMap<>();
        int col = 0;
        int rows = 1;
        for (List<CitationGraph.Node> column : columns.values()) {
            column.sort(Comparator.comparing((CitationGraph.Node n) -> n.document().flatMap(DocumentRef::issued)
                    .map(Object::toString).orElse("9999")).thenComparing(CitationGraph.Node::label));
            for (int r = 0; r < column.size(); r++) {
                at.put(column.get(r).id(), new int[] {MARGIN + col * (BOX_W + COL_GAP), MARGIN + r * (BOX_H + ROW_GAP)});
            }
            rows = Math.max(rows, column.size());
            col++;
        }
        int width = MARGIN * 2 + col * BOX_W + Math.max(0, col - 1) * COL_GAP;
        int height = MARGIN * 2 + rows * BOX_H + (rows - 1) * ROW_GAP;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, Arial, sans-serif\" font-size=\"12\">")
                .append("<title>Lược đồ quan hệ văn bản</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#555\"/></marker>")
                .append("<marker id=\"arrow-change\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#b3261e\"/></marker></defs>");
        for (CitationGraph.Edge e : g.edges()) {
            int[] from = at.get(e.from());
            int[] to = at.get(e.to());
            if (from != null && to != null) {
                edge(s, e, from, to);
            }
        }
        for (CitationGraph.Node n : g.nodes()) {
            node(s, n, at.get(n.id()), n.layer() == 0 && n.distance() == 0);
        }
        return s.append("</svg>").toString();
    }

    private static void edge(StringBuilder s, CitationGraph.Edge e, int[] from, int[] to) {
        // The citer usually stands right of what it cites: leave from its left side into the cited one's right side.
        boolean leftward = from[0] > to[0];
        boolean sameColumn = from[0] == to[0];
        double x1 = leftward || sameColumn ? from[0] : from[0] + BOX_W;
        double x2 = leftward ? to[0] + BOX_W : sameColumn ? to[0] : to[0];
        double y1 = from[1] + BOX_H / 2.0;
        double y2 = to[1] + BOX_H / 2.0;
        double bend = sameColumn ? -60 : (x2 - x1) / 2;
        String path = String.format(java.util.Locale.ROOT, "M%.0f,%.0f C%.0f,%.0f %.0f,%.0f %.0f,%.0f",
                x1, y1, x1 + bend, y1, x2 - (sameColumn ? 60 : bend), y2, x2, y2);
        boolean changing = CHANGING.contains(e.relation());
        String colour = changing ? "#b3261e" : "#555";
        s.append("<g class=\"edge\"><path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(changing ? "2" : "1.2").append('"');
        if (!"resolved".equals(e.status())) {
            s.append(" stroke-dasharray=\"5 4\"");
        }
        s.append(" marker-end=\"url(#").append(changing ? "arrow-change" : "arrow").append(")\"><title>")
                .append(escape(e.relation() + (e.count() > 1 ? " (" + e.count() + " lần)" : "")
                        + ("ambiguous".equals(e.status()) ? " — chưa xác định được văn bản nào" : "")))
                .append("</title></path>");
        double mx = (x1 + x2) / 2 + (sameColumn ? -45 : 0);
        double my = (y1 + y2) / 2 - 3;
        s.append(String.format(java.util.Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" fill=\"%s\" "
                        + "stroke=\"#fafafa\" stroke-width=\"3\" paint-order=\"stroke\" font-size=\"11\">", mx, my, colour))
                .append(escape(e.relation())).append("</text></g>");
    }

    private static void node(StringBuilder s, CitationGraph.Node n, int[] at, boolean root) {
        String href = n.document().map(d -> "/documents/" + d.id()).orElseGet(() -> Urls.numberPage(n.label()));
        boolean missing = n.document().isEmpty();
        s.append("<a href=\"").append(escape(href)).append("\"><g class=\"node\"><title>")
                .append(escape(tooltip(n))).append("</title>")
                .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"5\" fill=\"")
                .append(root ? "#fbeaea" : missing ? "#fff" : "#f4f7fb").append("\" stroke=\"")
                .append(root ? "#8b1a1a" : missing ? "#999" : "#6b8cb8").append("\" stroke-width=\"")
                .append(root ? "2" : "1").append('"').append(missing ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        String line1 = n.label() + n.document().flatMap(DocumentRef::issued).map(d -> " · " + Dates.day(d)).orElse("");
        String line2 = n.document().map(d -> shorten(d.displayTitle())).orElse("chưa có trong kho");
        s.append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 19).append("\" font-weight=\"bold\">")
                .append(escape(shorten(line1))).append("</text>")
                .append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 37).append("\" fill=\"#444\">")
                .append(escape(line2)).append("</text></g></a>");
    }

    private static String tooltip(CitationGraph.Node n) {
        return n.document().map(d -> d.label() + " — " + d.displayTitle() + d.issuer().map(i -> " (" + i + ")").orElse(""))
                .orElseGet(() -> n.label() + ": được dẫn chiếu nhưng chưa có trong kho");
    }

    private static String shorten(String s) {
        return s.length() <= TITLE_CHARS ? s : s.substring(0, TITLE_CHARS - 1) + "…";
    }

    /** XML escaping for text and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
