package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter's subject under its number: "V/v …" (về việc) and the lines that carry it on, up to a
 * line that names a body, opens the body or is another kind of header line.
 */
final class LetterSubject {
    private static final Pattern LETTER_SUBJECT = Pattern.compile("(?iu)^(?:V/v|Về việc)\\b\\s*:?\\s*");
    private final List<String> lines = new ArrayList<>();
    private boolean open;

    /** Starts (or adds to) the subject if the piece is a "V/v …" line; whether it was. */
    boolean opens(String t) {
        if (!LETTER_SUBJECT.matcher(t).find()) {
            return false;
        }
        open = true;
        lines.add(t);
        return true;
    }

    /** Adds the piece if it carries on an open subject: it names no body and opens no body text. */
    boolean continuedBy(String t, boolean namesABody) {
        if (!open || namesABody || HeaderLines.opensBody(t)) {
            return false;
        }
        lines.add(t);
        return true;
    }

    /** Another kind of header line came: the subject is over. */
    void close() {
        open = false;
    }

    /** The subject's lines; empty when the header has no "V/v". */
    List<String> lines() {
        return lines;
    }
}
