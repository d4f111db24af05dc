package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the header of an administrative document (Nghị định 30/2020, Phụ lục I) from text as Tika
 * gives it. The two columns of the header come out in different orders from .docx, .doc and PDF
 * (issuer and motto lines interleaved, or on one line separated by a tab or spaces), so the lines
 * are not read by position: each piece is recognised by what it is within the header zone, and
 * handed to the reader of that part:
 * <ul>
 *   <li>{@link HeaderLines}: the national motto, the rules under the columns, the body's opening;</li>
 *   <li>{@link IssuerBlock}: the issuer lines in capitals, grouped into the issuer and its parent;</li>
 *   <li>{@link NumberLine}, {@link DateLine}: "Số: …", the place and date;</li>
 *   <li>{@link HeaderStamps}: "MẬT", "KHẨN";</li>
 *   <li>{@link LetterSubject}: a letter's "V/v …";</li>
 *   <li>{@link TypeHeading}: the type word in capitals and the summary under it;</li>
 *   <li>{@link UntypedHeading}: an annex's, a cover page's or a table's heading when no type word comes.</li>
 * </ul>
 */
final class HeaderReader {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]$");
    private static final int ZONE_LINES = 45;

    private final TypeHeading typeHeading;

    HeaderReader(DocumentTypes types) {
        this.typeHeading = new TypeHeading(types);
    }

    Header read(String text) {
        HeaderPieces pieces = new HeaderPieces(text);
        NumberLine number = new NumberLine(text);
        DateLine date = new DateLine();
        HeaderStamps stamps = new HeaderStamps();
        LetterSubject subject = new LetterSubject();
        IssuerBlock issuers = new IssuerBlock();
        UntypedHeading heading = new UntypedHeading();
        Optional<String> typeWord = Optional.empty();
        int typeIndex = -1;
        String typeLine = "";
        // The summary of a heading that is one sentence-case line ("Án lệ số … về …"), else null.
        String oneLineSummary = null;
        int zoneEnd = 0;
        int lastLine = pieces.has(0) ? pieces.get(0).line() + ZONE_LINES : 0;
        for (int i = 0; pieces.has(i); i++) {
            HeaderPieces.Piece p = pieces.get(i);
            if (p.line() > lastLine) {
                break;
            }
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean rule = HeaderLines.isRule(t);
            boolean underIssuer = issuers.under(p.line());
            if (rule || HeaderLines.isMotto(t)) {
                if (rule) {
                    issuers.interrupted();
                }
                if (rule || HeaderLines.isMottosSecondLine(t)) {
                    heading.columnsClosed(p.line());
                }
                subject.close();
                zoneEnd = p.end();
                continue;
            }
            if (heading.annexAt(i, t)) {
                break;
            }
            boolean firstText = heading.firstText(t);
            issuers.interrupted();
            Optional<String> afterNumber = number.read(p, t);
            if (afterNumber.isPresent()) {
                subject.close();
                zoneEnd = p.end();
                t = afterNumber.get();
                if (t.isEmpty()) {
                    continue;
                }
            }
            // A stamp ("MẬT", "KHẨN") stands in the header on its own or beside another column's text.
            t = stamps.take(t);
            if (t.isEmpty()) {
                continue;
            }
            if (date.read(t)) {
                subject.close();
                zoneEnd = p.end();
                continue;
            }
            if (subject.opens(t)) {
                zoneEnd = p.end();
                continue;
            }
            boolean namesABody = IssuerBlock.namesABody(t);
            if (subject.continuedBy(t, namesABody)) {
                zoneEnd = p.end();
                continue;
            }
            subject.close();
            Optional<String> type = typeHeading.typeOf(t, number.number());
            if (type.isPresent()) {
                typeWord = type;
                typeIndex = i;
                typeLine = t;
                zoneEnd = p.end();
                break;
            }
            Optional<TypeHeading.Named> naming = firstText ? typeHeading.namingLine(t) : Optional.empty();
            if (naming.isPresent()) {
                typeWord = Optional.of(naming.get().type());
                typeIndex = i;
                oneLineSummary = naming.get().summary();
                zoneEnd = p.end();
                break;
            }
            if (Fold.isUpperLine(t) && t.length() <= 90 && !t.endsWith(":")) {
                heading.capitalsLine(i, p.line(), t, firstText, namesABody, issuers.size());
                // A line right under an issuer line, before the number and date, may carry on its name.
                issuers.add(t, p.line(), underIssuer && number.number().isEmpty() && !date.seen());
                zoneEnd = p.end();
                continue;
            }
            if (HeaderLines.opensBody(t) || t.length() > 120 || (date.seen() && !Fold.isUpperLine(t))) {
                break;
            }
        }
        List<String> title = new ArrayList<>();
        if (typeIndex >= 0) {
            if (oneLineSummary != null) {
                title.add(oneLineSummary);
            } else {
                zoneEnd = typeHeading.readSummary(pieces, typeIndex, typeLine, typeWord.get(), stamps, title, zoneEnd);
            }
            // Older headings state number and date in the title: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007".
            for (int k = typeIndex; number.number().isEmpty() && k < typeIndex + 3 && pieces.has(k); k++) {
                number.readInTitle(pieces.get(k)).ifPresent(date::orFirstIn);
            }
        } else if (subject.lines().isEmpty() && heading.found()) {
            zoneEnd = heading.read(pieces, title, zoneEnd);
            issuers.keepFirst(heading.issuersBefore());
        }
        List<String> summary = !title.isEmpty() ? title : subject.lines();
        Optional<String> titleText = Optional.of(TRAILING_PUNCTUATION.matcher(
                        WHITESPACE.matcher(String.join(" ", summary)).replaceAll(" ").strip()).replaceAll(""))
                .filter(s -> !s.isEmpty());
        IssuerBlock.Named named = issuers.named(titleText.orElse(""));
        boolean letter = !subject.lines().isEmpty();
        return new Header(number.number(), number.start(), number.end(), date.issued(), date.place(), named.issuer(),
                named.parent(), typeWord, titleText, letter && title.isEmpty(), zoneEnd, stamps.security(), stamps.urgency());
    }
}
