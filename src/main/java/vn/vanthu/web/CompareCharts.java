package vn.vanthu.web;

import java.util.List;
import java.util.Locale;

import vn.vanthu.compare.Comparison;

/**
 * The comparison's charts as inline SVG drawn on the server (no script, so the page's strict
 * Content-Security-Policy holds): documents per type as paired bars, and the preparation timeline
 * as each document's date against the opening day, late ones in red. Every text is escaped.
 */
final class CompareCharts {
    static final String COLOR_A = "#3b6ea8";
    static final String COLOR_B = "#c77c1e";
    private static final String LATE = "#c0392b";

    private CompareCharts() {
    }

    static String documentsPerType(Comparison c) {
        List<Comparison.CountRow> rows = c.byType();
        int labelW = 150;
        int barW = 380;
        int rowH = 34;
        int h = 30 + rows.size() * rowH;
        int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.a(), r.b())).max().orElse(1));
        StringBuilder s = svg(labelW + barW + 60, h, "Số văn bản theo loại");
        legend(s, labelW, 14, c);
        int y = 30;
        for (Comparison.CountRow r : rows) {
            s.append(text(labelW - 8, y + 18, r.value(), "end"));
            bar(s, labelW, y + 4, r.a() * barW / max, 12, COLOR_A, r.a());
            bar(s, labelW, y + 17, r.b() * barW / max, 12, COLOR_B, r.b());
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    /** Days before the opening on the x axis (earliest left, opening day at 0); one lane per side. */
    static String timeline(Comparison c) {
        long earliest = Math.max(10, Math.max(maxDays(c.a()), maxDays(c.b())));
        long latest = Math.max(5, Math.max(minDays(c.a()), minDays(c.b())));
        int left = 40;
        int width = 620;
        int h = 190;
        StringBuilder s = svg(left + width + 40, h, "Tiến độ chuẩn bị: ngày của văn bản so với ngày khai mạc");
        legend(s, left, 14, c);
        double scale = width / (double) (earliest + latest);
        int zero = (int) (left + earliest * scale);
        for (long d = -latest; d <= earliest; d++) {
            if (d % 10 == 0) {
                int x = (int) (zero - d * scale);
                s.append("<line x1=\"").append(x).append("\" y1=\"40\" x2=\"").append(x).append("\" y2=\"150\" stroke=\"#eee\"/>");
                s.append(text(x, 166, d == 0 ? "khai mạc" : d > 0 ? "−" + d : "+" + (-d), "middle"));
            }
        }
        s.append("<line x1=\"").append(zero).append("\" y1=\"34\" x2=\"").append(zero)
                .append("\" y2=\"152\" stroke=\"#333\" stroke-width=\"2\"/>");
        int deadline = (int) (zero - 5 * scale);
        s.append("<line x1=\"").append(deadline).append("\" y1=\"40\" x2=\"").append(deadline)
                .append("\" y2=\"150\" stroke=\"").append(LATE).append("\" stroke-dasharray=\"4 3\"/>");
        s.append(text(deadline, 182, "hạn 5 ngày", "middle"));
        lane(s, c.a(), zero, scale, 70, COLOR_A, "A");
        lane(s, c.b(), zero, scale, 120, COLOR_B, "B");
        return s.append("</svg>").toString();
    }

    private static void lane(StringBuilder s, Comparison.Side side, int zero, double scale, int y, String color, String name) {
        s.append(text(14, y + 4, name, "start"));
        for (Comparison.TimelineEntry t : side.timeline()) {
            if (t.daysBeforeOpening().isEmpty()) {
                continue;
            }
            int x = (int) (zero - t.daysBeforeOpening().get() * scale);
            s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"").append(t.late() ? 7 : 5)
                    .append("\" fill=\"").append(t.late() ? LATE : color).append("\" fill-opacity=\"0.8\"><title>")
                    .append(escape(t.number() + " · " + t.type() + " · " + t.issued().map(Object::toString).orElse("")
                            + " · " + days(t.daysBeforeOpening().get()) + (t.late() ? " · CHẬM" : "")))
                    .append("</title></circle>");
        }
    }

    private static String days(long d) {
        return d >= 0 ? d + " ngày trước khai mạc" : -d + " ngày sau khai mạc";
    }

    private static long maxDays(Comparison.Side s) {
        return s.timeline().stream().flatMap(t -> t.daysBeforeOpening().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    private static long minDays(Comparison.Side s) {
        return -s.timeline().stream().flatMap(t -> t.daysBeforeOpening().stream()).mapToLong(Long::longValue).min().orElse(0);
    }

    private static StringBuilder svg(int w, int h, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\"><title>").append(escape(title)).append("</title>");
    }

    private static void legend(StringBuilder s, int x, int y, Comparison c) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(COLOR_A).append("\"/>").append(text(x + 14, y, "A: " + c.a().label(), "start"));
        s.append("<rect x=\"").append(x + 300).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(COLOR_B).append("\"/>").append(text(x + 314, y, "B: " + c.b().label(), "start"));
    }

    private static void bar(StringBuilder s, int x, int y, int w, int h, String color, int value) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, w))
                .append("\" height=\"").append(h).append("\" fill=\"").append(color).append("\"/>");
        s.append(text(x + Math.max(1, w) + 4, y + h - 2, Integer.toString(value), "start"));
    }

    private static String text(int x, int y, String t, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(t));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
