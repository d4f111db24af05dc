package vn.vanthu.document;

/**
 * The years of a council's term a document names: "nhiệm kỳ 2016 – 2021" is 2016 to 2021.
 *
 * @param from the first year
 * @param to   the last year, after {@code from}
 */
public record TermYears(int from, int to) {

    public TermYears {
        if (to <= from) {
            throw new IllegalArgumentException("a term ends after it starts: " + from + "-" + to);
        }
    }

    /** "2016 - 2021", as the documents write it. */
    public String label() {
        return from + " - " + to;
    }
}
