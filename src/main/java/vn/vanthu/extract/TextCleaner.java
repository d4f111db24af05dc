package vn.vanthu.extract;

/**
 * Repairs what text extraction does to a document and that hurts search, in order: page
 * headers and footers ({@link RepeatedLineRemover}), document numbers cut at a line end
 * ({@link BrokenNumberJoiner}), words cut at a line-end hyphen ({@link HyphenationJoiner}),
 * syllables glued together ({@link GluedSyllableSplitter}). Pure: text in, text out. Pages are
 * separated by form feeds; the result keeps them.
 */
public final class TextCleaner {

    /** What one step made of the text, and how many changes it made. */
    record Step(String text, int changes) {
    }

    /**
     * The cleaned text with the number of changes of each step.
     *
     * @param text               the cleaned text
     * @param headerFooterLines  lines dropped as page headers, footers or page numbers
     * @param joinedNumbers      document numbers and dates joined across a line end
     * @param joinedHyphenations words joined at a line-end hyphen
     * @param splitSyllables     spaces put between glued syllables or a syllable and a number
     */
    public record Cleaned(String text, int headerFooterLines, int joinedNumbers, int joinedHyphenations,
                          int splitSyllables) {

        public int changes() {
            return headerFooterLines + joinedNumbers + joinedHyphenations + splitSyllables;
        }
    }

    private TextCleaner() {
    }

    public static String clean(String text) {
        return cleanWithCounts(text).text();
    }

    public static Cleaned cleanWithCounts(String text) {
        Step pages = RepeatedLineRemover.apply(text);
        Step numbers = BrokenNumberJoiner.apply(pages.text());
        Step hyphens = HyphenationJoiner.apply(numbers.text());
        Step glued = GluedSyllableSplitter.apply(hyphens.text());
        return new Cleaned(glued.text(), pages.changes(), numbers.changes(), hyphens.changes(), glued.changes());
    }
}
