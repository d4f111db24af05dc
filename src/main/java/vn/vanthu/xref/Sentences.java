package vn.vanthu.xref;

/**
 * The sentence around a position, for quoting a date mention: it ends at a line break, or at
 * '.', ';', '!', '?' followed by white space (so "24/10/2016" and "NQ.HĐTP" do not end one);
 * bounded either side, since extracted text can run for pages without a full stop.
 */
final class Sentences {
    private static final int MAX_REACH = 300;

    private Sentences() {
    }

    static String around(String text, int pos) {
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
            end++;
            if (isStop(c) && (end >= text.length() || Character.isWhitespace(text.charAt(end)))) {
                break;
            }
        }
        return text.substring(start, end).strip().replaceAll("\\s+", " ");
    }

    private static boolean isStop(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?';
    }
}
