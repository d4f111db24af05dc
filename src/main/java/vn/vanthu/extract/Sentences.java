package vn.vanthu.extract;

/**
 * Sentence bounds for quoting a citation: a sentence ends at a line break, or at '.', ';', '!',
 * '?' followed by white space (so "NQ.HĐTP" and "24/10/2016" do not end one). Bounded to a few
 * hundred characters either side, since extracted text can run for pages without a full stop.
 */
final class Sentences {
    private static final int MAX_REACH = 400;

    private Sentences() {
    }

    /** {start, end} of the sentence holding {@code pos}. */
    static int[] around(String text, int pos) {
        int start = pos;
        int limit = Math.max(0, pos - MAX_REACH);
        while (start > limit) {
            char c = text.charAt(start - 1);
            if (c == '\n' || (isStop(c) && start < text.length() && Character.isWhitespace(text.charAt(start)))) {
                break;
            }
            start--;
        }
        int end = pos;
        int max = Math.min(text.length(), pos + MAX_REACH);
        while (end < max) {
            char c = text.charAt(end);
            if (c == '\n') {
                break;
            }
            if (isStop(c) && (end + 1 >= text.length() || Character.isWhitespace(text.charAt(end + 1)))) {
                end++;
                break;
            }
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean isStop(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?';
    }
}
