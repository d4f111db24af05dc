package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.vanthu.document.FirstCharScan;

/**
 * The pieces of the lines of a text's head: a line is cut at its tabs (Word's columns, a table's
 * cells) and beside the motto, which PDF puts on one line with the issuer. Only the lines that start
 * in the first 6,000 characters, cut as they are asked for: the header is read in its first few
 * dozen lines, so the rest is never split.
 */
final class HeaderPieces {
    private static final int LIMIT = 6000;

    /** A piece of a line: its text, its offset in the whole text, the number of its line. */
    record Piece(String text, int start, int line) {
        int end() {
            return start + text.length();
        }
    }

    private final String text;
    private final int limit;
    private final List<Piece> out = new ArrayList<>();
    private int lineNo;
    private int pos;

    HeaderPieces(String text) {
        this.text = text;
        this.limit = Math.min(text.length(), LIMIT);
    }

    /** Whether there is an {@code i}-th piece, cutting lines until there is or the text's head is done. */
    boolean has(int i) {
        while (out.size() <= i && pos < limit) {
            nextLine();
        }
        return i < out.size();
    }

    Piece get(int i) {
        return out.get(i);
    }

    private void nextLine() {
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        String line = text.substring(pos, end).replace('\r', ' ');
        int segStart = 0;
        for (String seg : line.split("\t", -1)) {
            splitAtMotto(seg, pos + segStart, lineNo, out);
            segStart += seg.length() + 1;
        }
        lineNo++;
        pos = end + 1;
    }

    /** "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI…" on one line (PDF): the issuer and the motto become two pieces. */
    private static void splitAtMotto(String seg, int start, int line, List<Piece> out) {
        Matcher m = HeaderLines.MOTTO.matcher(seg);
        int from = 0;
        while (FirstCharScan.find(m, seg, from, HeaderLines.MOTTO_START)) {
            if (m.start() > from) {
                out.add(new Piece(seg.substring(from, m.start()), start + from, line));
            }
            out.add(new Piece(seg.substring(m.start(), m.end()), start + m.start(), line));
            from = m.end();
        }
        if (from < seg.length() || seg.isEmpty()) {
            out.add(new Piece(seg.substring(from), start + from, line));
        }
    }
}
