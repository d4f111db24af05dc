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
}
