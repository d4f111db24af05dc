package vn.vanthu.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.index.FacetValue;

/**
 * The search page's chart of matching documents per issue month, drawn on the server as SVG. The
 * counts are the index's month facet, so the chart follows every filter; each bar links to the
 * same search narrowed to its month. Months without documents between the first and the last
 * are drawn empty so gaps show.
 */
final class Timeline {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 160;
    private static final int LEFT = 34;
    private static final int BOTTOM = 34;
    private static final int TOP = 12;

    private Timeline() {
    }

    /** Counts per month from the month facet ("2016-11" → 5), every month from the first to the last. */
    static Map<YearMonth, Integer> months(List<FacetValue> monthFacet) {
        Map<YearMonth, Integer> counts = new LinkedHashMap<>();
        if (monthFacet.isEmpty()) {
            return counts;
        }
        Map<YearMonth, Integer> given = new LinkedHashMap<>();
        monthFacet.forEach(f -> given.put(YearMonth.parse(f.value()), f.count()));
        YearMonth first = given.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = given.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, given.getOrDefault(m, 0));
        }
        return counts;
    }

    /** The chart, or empty when no matching document has a date. */
    static Optional<String> svg(List<FacetValue> monthFacet, SearchLink link) {
        Map<YearMonth, Integer> counts = months(monthFacet);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double slot = (double) (WIDTH - LEFT - 4) / counts.size();
        double bar = Math.max(1, slot * 0.8);
        int plot = HEIGHT - TOP - BOTTOM;
        YearMonth first = counts.keySet().iterator().next();
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"timeline-title\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"13\">")
                .append("<title id=\"timeline-title\">").append(RelationDiagram.escape("Số văn bản theo tháng, từ "
                        + Dates.month(first) + " đến " + Dates.month(first.plusMonths(counts.size() - 1L)) + ": " + total + " văn bản"))
                .append("</title>");
        int axis = HEIGHT - BOTTOM;
        s.append(line(LEFT, TOP, LEFT, axis)).append(line(LEFT, axis, WIDTH - 2, axis));
        s.append(text(LEFT - 4, TOP + 8, Integer.toString(max), "end")).append(text(LEFT - 4, axis, "0", "end"));
        int i = 0;
        for (Map.Entry<YearMonth, Integer> e : counts.entrySet()) {
            YearMonth m = e.getKey();
            int n = e.getValue();
            double x = LEFT + 2 + i * slot;
            // Month numbers when bars are wide enough to hold them; the year under each January
            // and under the first month, unless the next January's label would run into it.
            if (slot >= 22) {
                s.append(text((int) Math.round(x + bar / 2), axis + 14, "T" + m.getMonthValue(), "middle"));
            }
            boolean firstRoomy = i == 0 && (counts.size() <= 13 - m.getMonthValue() || (13 - m.getMonthValue()) * slot >= 40);
            if (m.getMonthValue() == 1 || firstRoomy) {
                s.append(text((int) Math.round(x), HEIGHT - 3, Integer.toString(m.getYear()), "start"));
            }
            if (n > 0) {
                double h = Math.max(1, (double) n * plot / max);
                String href = link.with("from", m.atDay(1).toString()).with("to", m.atEndOfMonth().toString()).href();
                s.append("<a href=\"").append(RelationDiagram.escape(href)).append("\"><rect class=\"bar\" x=\"")
                        .append(fmt(x)).append("\" y=\"").append(fmt(axis - h)).append("\" width=\"").append(fmt(bar))
                        .append("\" height=\"").append(fmt(h)).append("\" fill=\"#8b1a1a\"><title>")
                        .append(RelationDiagram.escape(Dates.month(m) + ": " + n + " văn bản")).append("</title></rect></a>");
            }
            i++;
        }
        return Optional.of(s.append("</svg>").toString());
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#888\"/>";
    }

    private static String text(int x, int y, String t, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"#444\">"
                + RelationDiagram.escape(t) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
