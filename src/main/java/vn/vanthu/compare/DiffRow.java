package vn.vanthu.compare;

/**
 * One row of a side-by-side diff.
 *
 * @param kind  {@link #SAME}, {@link #CHANGED}, {@link #REMOVED} (only on the left) or {@link #ADDED} (only on the right)
 * @param left  the left sentence, empty when added
 * @param right the right sentence, empty when removed
 */
public record DiffRow(String kind, String left, String right) {
    public static final String SAME = "same";
    public static final String CHANGED = "changed";
    public static final String REMOVED = "removed";
    public static final String ADDED = "added";
}
