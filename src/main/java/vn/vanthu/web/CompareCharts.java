package vn.vanthu.web;

import java.util.List;
import java.util.Locale;

import vn.vanthu.compare.Comparison;
import vn.vanthu.text.HtmlEscaper;

/**
 * The comparison's charts as inline SVG drawn on the server (no script, so the page's strict
 * Content-Security-Policy holds): documents per type as paired bars, and the preparation timeline
 * as each document's date against the opening day, late ones in red. Every text is escaped.
 */
final class CompareCharts {
    static final String COLOR_A = "#3b6ea8";
    static final String COLOR_B = "#c77c1e";
    private static final String LATE = "#c0392b";
    private static final int LEGEND_FIRST_BASELINE = 14;
    private static final int LEGEND_ROW = 18;
    /**
     * A character's width in the 12 px labels, taken generously (capitals, "ư", "ộ"), so a label
     * cut to {@code px / CHAR_WIDTH} characters fits without a browser to measure it.
     */
    private static final double CHAR_WIDTH = 7.5;

    private CompareCharts() {
    }

    static String documentsPerType(Comparison c) {
        List<Comparison.CountRow> rows = c.byType();
        int labelW = 150;
        int barW = 380;
        int rowH = 34;
        int width = labelW + barW + 60;
        int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.a(), r.b())).max().orElse(1));
        StringBuilder s = new StringBuilder();
        int y = legend(s, labelW, width, c);
        for (Comparison.CountRow r : rows) {
            s.append(text(labelW - 8, y + 18, fit(r.value(), labelW - 12), "end"));
            bar(s, labelW, y + 4, r.a() * barW / max, 12, COLOR_A, r.a());
            bar(s, labelW, y + 17, r.b() * barW / max, 12, COLOR_B, r.b());
            y += rowH;
        }
        return svg(width, y, "Số văn bản theo loại").append(s).append("</svg>").toString();
    }

    /** Days before the opening on the x axis (earliest left, opening day at 0); one lane per side. */
    static String timeline(Comparison c) {
        long earliest = Math.max(10, Math.max(maxDays(c.a()), maxDays(c.b())));
        long latest = Math.max(5, Math.max(minDays(c.a()), minDays(c.b())));
        int left = 40;
        int width = 620;
        StringBuilder s = new StringBuilder();
        // The plot's parts are placed from its top, which is below the legend.
        int top = legend(s, left, left + width + 40, c) + 10;
        double scale = width / (double) (earliest + latest);
        int zero = (int) (left + earliest * scale);
        for (long d = -latest; d <= earliest; d++) {
            if (d % 10 == 0) {
                int x = (int) (zero - d * scale);
                s.append("<line x1=\"").append(x).append("\" y1=\"").append(top + 6).append("\" x2=\"").append(x)
                        .append("\" y2=\"").append(top + 116).append("\" stroke=\"#eee\"/>");
                s.append(text(x, top + 132, d == 0 ? "khai mạc" : d > 0 ? "−" + d : "+" + (-d), "middle"));
            }
        }
        s.append("<line x1=\"").append(zero).append("\" y1=\"").append(top).append("\" x2=\"").append(zero)
                .append("\" y2=\"").append(top + 118).append("\" stroke=\"#333\" stroke-width=\"2\"/>");
        int deadline = (int) (zero - 5 * scale);
        s.append("<line x1=\"").append(deadline).append("\" y1=\"").append(top + 6).append("\" x2=\"").append(deadline)
                .append("\" y2=\"").append(top + 116).append("\" stroke=\"").append(LATE).append("\" stroke-dasharray=\"4 3\"/>");
        s.append(text(deadline, top + 148, "hạn 5 ngày", "middle"));
        lane(s, c.a(), zero, scale, top + 36, COLOR_A, "A");
        lane(s, c.b(), zero, scale, top + 86, COLOR_B, "B");
        return svg(left + width + 40, top + 156, "Tiến độ chuẩn bị: ngày của văn bản so với ngày khai mạc")
                .append(s).append("</svg>").toString();
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
                    .append(HtmlEscaper.escape(t.number() + " · " + t.type() + " · " + t.issued().map(Dates::day).orElse("")
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
                .append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\"><title>").append(HtmlEscaper.escape(title)).append("</title>");
    }

    /**
     * The key, one row per side above the plot: side by side, a long label (a session with its
     * days, a search) ran into the other side's key and past the chart's edge. A label too long
     * for the chart's width is cut, whole in the tooltip. Returns the y where the plot may start.
     */
    private static int legend(StringBuilder s, int x, int chartWidth, Comparison c) {
        int y = LEGEND_FIRST_BASELINE;
        String[][] sides = {{COLOR_A, "A: " + ComparePage.label(c.a())}, {COLOR_B, "B: " + ComparePage.label(c.b())}};
        for (String[] side : sides) {
            s.append("<g class=\"legend\"><title>").append(HtmlEscaper.escape(side[1])).append("</title><rect x=\"").append(x)
                    .append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"").append(side[0]).append("\"/>")
                    .append(text(x + 14, y, fit(side[1], chartWidth - x - 18), "start")).append("</g>");
            y += LEGEND_ROW;
        }
        return y - LEGEND_ROW + 10;
    }

    /** The text, cut with "…" to what surely fits in {@code px} at the charts' font size. */
    static String fit(String t, int px) {
        int chars = (int) (px / CHAR_WIDTH);
        return t.length() <= chars ? t : t.substring(0, Math.max(0, chars - 1)).strip() + "…";
    }

    private static void bar(StringBuilder s, int x, int y, int w, int h, String color, int value) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, w))
                .append("\" height=\"").append(h).append("\" fill=\"").append(color).append("\"/>");
        s.append(text(x + Math.max(1, w) + 4, y + h - 2, Integer.toString(value), "start"));
    }

    private static String text(int x, int y, String t, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor, HtmlEscaper.escape(t));
    }
}
