package vn.vanthu.web;

import java.util.List;
import java.util.Optional;

import vn.vanthu.compare.Comparison;

/**
 * The comparison page: the two sides as asked, the sessions to choose from, and the comparison
 * (with its charts as SVG markup built and escaped by {@link CompareCharts}) or why there is none.
 */
public record ComparePage(String a, String b, List<SessionViews.SessionView> sessions, Optional<Comparison> comparison,
                          Optional<String> error, String typeChart, String timelineChart, String exportQuery) {

    /**
     * A side as people read it: a session with its days written the Vietnamese way ("Kỳ họp thứ 3
     * (khóa XI) — 19/12/2016 … 20/12/2016"); a search as its label. The side's own label keeps ISO
     * days for the API and the exports.
     */
    public static String label(Comparison.Side side) {
        return side.session().map(s -> s.label() + s.opening().map(o -> " — " + Dates.day(o)
                        + s.closing().filter(c -> !c.equals(o)).map(c -> " … " + Dates.day(c)).orElse("")).orElse(""))
                .orElse(side.label());
    }
}
