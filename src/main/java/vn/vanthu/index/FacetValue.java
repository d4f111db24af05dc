package vn.vanthu.index;

/** One value of a facet and how many matching documents have it. */
public record FacetValue(String value, int count) {
}
