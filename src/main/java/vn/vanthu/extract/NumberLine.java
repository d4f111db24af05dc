package vn.vanthu.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.DocumentNumber;

/**
 * The document's own number: on its "Số:" line (a draft's blank sequence number with the year stated
 * included) or, in an older heading without one, in the title ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ
 * 37/2007/NĐ-CP NGÀY …"). The first read is kept, with its offsets in the text (the citation reader
 * leaves it out of the citations).
 */
final class NumberLine {
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^(?:\\p{L}+\\s+){0,2}?số\\s*:\\s*(\\d*[a-z]?)[ \\t]*(/[ \\t]*[^\\s]+(?:[ \\t]*[-/][ \\t]*[^\\s]+)*)?");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern NUMBER_IN_TITLE = Pattern.compile("(?iu)(?<!\\p{L})số\\s+(\\d+[a-z]?(?:/(?:19|20)\\d{2})?/[\\p{L}\\d&]+(?:[-/.][\\p{L}\\d&]+)*)");
    private static final Pattern DRAFT_WITH_YEAR = Pattern.compile("^/((?:19|20)\\d{2})(/.+)$");

    private final String text;
    private Optional<DocumentNumber> number = Optional.empty();
    private int start = -1;
    private int end = -1;

    NumberLine(String text) {
        this.text = text;
    }

    /**
     * Reads a "Số: …" piece while no number is read: the rest of the piece after the number (another
     * column's text), or empty when the piece is no number line. A "Số:" whose ký hiệu does not
     * parse still ends there, its number unread.
     */
    Optional<String> read(HeaderPieces.Piece p, String t) {
        if (number.isPresent() || start >= 0) {
            return Optional.empty();
        }
        Matcher nm = NUMBER_LINE.matcher(t);
        if (!nm.find() || nm.group(2) == null) {
            return Optional.empty();
        }
        String spelling = nm.group(1) + BLANKS.matcher(nm.group(2)).replaceAll("");
        Optional<DocumentNumber> n = DocumentNumber.parse(spelling).or(() -> draftWithYear(spelling));
        if (n.isPresent()) {
            int lead = p.text().indexOf(t);
            int s = p.start() + lead + (nm.group(1).isEmpty() ? nm.start(2) : nm.start(1));
            number = Optional.of(new DocumentNumber(text.substring(s, p.start() + lead + nm.end()),
                    n.get().number(), n.get().year(), n.get().typeCode(), n.get().issuerCode()));
            start = s;
            end = p.start() + lead + nm.end();
        }
        return Optional.of(t.substring(nm.end()).strip());
    }

    /**
     * An older heading's number in its title ("… SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007"), read
     * when none is read yet: the piece's text after the number (where its date is), or empty.
     */
    Optional<String> readInTitle(HeaderPieces.Piece p) {
        if (number.isPresent()) {
            return Optional.empty();
        }
        Matcher sm = NUMBER_IN_TITLE.matcher(p.text());
        if (!sm.find()) {
            return Optional.empty();
        }
        Optional<DocumentNumber> n = DocumentNumber.parse(sm.group(1));
        if (n.isEmpty()) {
            return Optional.empty();
        }
        number = n;
        start = p.start() + sm.start(1);
        end = p.start() + sm.end(1);
        return Optional.of(p.text().substring(sm.end(1)));
    }

    Optional<DocumentNumber> number() {
        return number;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /**
     * A draft's "Số:      /2016/NQ-HĐND": blank sequence number, year stated. Only after "Số:" is
     * this a number (in running text "…/2016/…" is not one), so it is read here, not by the finder.
     */
    private static Optional<DocumentNumber> draftWithYear(String spelling) {
        Matcher m = DRAFT_WITH_YEAR.matcher(spelling);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return DocumentNumber.parse(m.group(2))
                .map(n -> new DocumentNumber(spelling, "", Optional.of(year), n.typeCode(), n.issuerCode()));
    }
}
