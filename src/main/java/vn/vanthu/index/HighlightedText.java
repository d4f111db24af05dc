package vn.vanthu.index;

/**
 * A document's text as HTML: escaped, with the query's hits in {@code <mark id="hit-N">}.
 *
 * @param html the escaped text with marks, safe to place in a page as is
 * @param hits how many marks it holds
 */
public record HighlightedText(String html, int hits) {
}
