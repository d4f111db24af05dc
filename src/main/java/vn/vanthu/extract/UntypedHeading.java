package vn.vanthu.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading that names no type, read as the title when no type word comes: an annex ("Phụ lục I"
 * before anything but page numbers), a cover page or a table under the motto or a rule ("ĐỀ CƯƠNG
 * VÀ DỰ TOÁN CHI TIẾT", "BẢNG TỔNG HỢP KẾT QUẢ"), a heading on the first line ("LỊCH LÀM VIỆC").
 * Watches the header's pieces as they are read for where such a heading starts.
 */
final class UntypedHeading {
    // An annex on its own ("Phụ lục I", "PHỤ LỤC 2"): its heading is the subject in capitals below.
    private static final Pattern ANNEX = Pattern.compile("(?iu)^phụ\\s*lục(?:\\s+(?:[IVXLC]+|\\d{1,2}))?\\.?$");
    // What Word and PDF leave before the first line of a page: a page number, a "PAGE" field.
    private static final Pattern PAGE_ARTEFACT = Pattern.compile("^(?:PAGE|\\d{1,3})$");
    // "Phú Thọ, 2012" under a cover page's heading, "Hà Nội, ngày …": the place and date, no more heading.
    private static final Pattern PLACE_AND_YEAR = Pattern.compile("(?u)^\\p{Lu}[\\p{L}. ]{0,40},\\s*(?:\\S.*)?(?:19|20)\\d{2}\\.?$");
    private static final int TITLE_LINES = 8;

    private int index = -1;
    private boolean annex;
    private int issuersBefore;
    private boolean onlyPageArtefacts = true;
    // The last line that closes the header's columns (the "Độc lập…" motto, a rule).
    private int columnsClosedAt = -1;

    /** The header's columns end on this line (under the motto's second line, at a rule). */
    void columnsClosed(int line) {
        columnsClosedAt = line;
    }

    /** Whether piece {@code i} is an annex line before any text but page artefacts: the heading starts there. */
    boolean annexAt(int i, String t) {
        if (!onlyPageArtefacts || !ANNEX.matcher(t).matches()) {
            return false;
        }
        index = i;
        annex = true;
        return true;
    }

    /** Notes a piece of text (not the motto, not a rule); whether it is the first text but page artefacts. */
    boolean firstText(String t) {
        boolean first = onlyPageArtefacts;
        onlyPageArtefacts &= PAGE_ARTEFACT.matcher(t).matches();
        return first;
    }

    /**
     * A capitals line that names no body and carries on no issuer's name starts the heading when it
     * is the first text, or is below the line that closed the columns; {@code issuers}: the issuer
     * lines read before it (those after it are the heading's).
     */
    void capitalsLine(int i, int line, String t, boolean first, boolean namesABody, int issuers) {
        if (index < 0 && !namesABody && !IssuerBlock.carriesOnAName(Fold.lower(t))
                && (first || (columnsClosedAt >= 0 && line > columnsClosedAt))) {
            index = i;
            issuersBefore = issuers;
        }
    }

    boolean found() {
        return index >= 0;
    }

    /** The issuer lines read before the heading started. */
    int issuersBefore() {
        return issuersBefore;
    }

    /**
     * The title under the heading: its capitals lines ("ĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT" / "“XÂY DỰNG
     * PHẦN MỀM …”"), then one line in sentence case under them ("Phân loại cán bộ công chức năm
     * 2011"). An annex ("Phụ lục I") takes only its capitals subject, written after "Phụ lục I:". The
     * place and date, a bracket ("(Kèm theo …)"), a rule, a body opening or a second line in
     * capitals end it. Returns where it ends.
     */
    int read(HeaderPieces pieces, List<String> title, int zoneEnd) {
        boolean sentenceSeen = false;
        for (int i = index; title.size() < TITLE_LINES && pieces.has(i); i++) {
            HeaderPieces.Piece p = pieces.get(i);
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (i > index) {
                if (HeaderLines.isRule(t) || t.startsWith("(") || t.endsWith(":") || t.length() > 200
                        || HeaderLines.opensBody(t) || PLACE_AND_YEAR.matcher(t).matches() || HeaderLines.holdsMotto(t)) {
                    break;
                }
                if (Fold.isUpperLine(t)) {
                    if (sentenceSeen || IssuerBlock.startsWithABody(Fold.lower(t))) {
                        break;
                    }
                } else {
                    boolean continues = sentenceSeen && Character.isLowerCase(t.codePointAt(0));
                    if (annex || (sentenceSeen && !continues)) {
                        break;
                    }
                    sentenceSeen = true;
                }
            }
            title.add(t);
            zoneEnd = p.end();
        }
        if (annex && title.size() > 1) {
            title.set(0, title.get(0) + ":");
        }
        return zoneEnd;
    }
}
