package vn.vanthu.extract;

/**
 * Sentence bounds for quoting a citation: a sentence ends at a line break, or at '.', '!', '?'
 * followed by white space and a word not in lower case (so "NQ.HĐTP", "24/10/2016" and
 * "… cảng biển. ngày …" do not end one). Bounded to a few
 * hundred characters either side, since extracted text can run for pages without a full stop.
 */
final class Sentences {
    private static final int MAX_REACH = 400;

    private Sentences() {
    }

    /** {start, end} of the sentence holding {@code pos}. */
    static int[] around(String text, int pos) {
        return around(text, pos, MAX_REACH);
    }

    /** {start, end} of the sentence holding {@code pos}, looking at most {@code reach} characters either way. */
    static int[] around(String text, int pos, int reach) {
        int start = pos;
        int limit = Math.max(0, pos - reach);
        while (start > limit) {
            char c = text.charAt(start - 1);
            if (c == '\n' || (isStop(c) && endsSentence(text, start - 1))) {
                break;
            }
            start--;
        }
        int end = pos;
        int max = Math.min(text.length(), pos + reach);
        while (end < max) {
            char c = text.charAt(end);
            if (c == '\n') {
                break;
            }
            if (isStop(c) && endsSentence(text, end)) {
                end++;
                break;
            }
            end++;
        }
        return new int[] {start, end};
    }

    /**
     * A stop at {@code i} ends a sentence when white space follows and the next word does not start
     * in lower case ("… cảng biển. ngày 08/03/2017 của …" runs on). A ';' ends no sentence: titles list
     * their items with it ("… tàu bay; Thủ tục xử lý tàu bay …"), and "Căn cứ …;" lines end at the line break.
     */
    private static boolean endsSentence(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        return j >= text.length() || !Character.isLowerCase(text.charAt(j));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
