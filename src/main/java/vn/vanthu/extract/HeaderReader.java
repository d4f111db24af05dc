package vn.vanthu.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.FirstCharScan;

/**
 * Reads the header of an administrative document (Nghị định 30/2020, Phụ lục I) from text as Tika
 * gives it. The two columns of the header come out in different orders from .docx, .doc and PDF
 * (issuer and motto lines interleaved, or on one line separated by a tab or spaces), so the lines
 * are not read by position: each piece is recognised by what it is (motto, "Số:", place and date,
 * type word in capitals, "V/v", issuer lines in capitals) within the header zone.
 */
final class HeaderReader {
    // Compiled once (these ran as String.replaceAll/matches, compiling a pattern per header).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]$");
    private static final Pattern ENDS_WITH_AND = Pattern.compile("(?s).*(?:\\svà|-)$");

    // Each vowel of the motto in any of its marks: OCR reads "CÓNG HÒA", "XÃ HỌI" (46/QĐ-BCĐCCHC, a scan).
    private static final String O = "[OÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ]";
    private static final String A = "[AÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬ]";
    private static final String U = "[UÚÙỦŨỤƯỨỪỬỮỰ]";
    private static final String I = "[IÍÌỈĨỊ]";
    private static final String E = "[EÉÈẺẼẸÊẾỀỂỄỆ]";
    private static final Pattern MOTTO = Pattern.compile(
            ("(?iu)C" + O + "NG\\s*H" + O + A + "\\s*X" + A + "\\s*H" + O + I + "\\s*CH" + U + "\\s*NGH" + I + A + "\\s*VI" + E + "T\\s*NAM"
                    + "|Đ" + O + "c\\s*l" + A + "p\\s*[-–—]?\\s*T" + U + "\\s*do\\s*[-–—]?\\s*H" + A + "nh\\s*ph" + U + "c"));
    // MOTTO's two phrases open with "C" and "Đ", then an O: a line is scanned for it only there (FirstCharScan).
    private static final FirstCharScan.Start MOTTO_START = FirstCharScan.Start.anyOfIgnoringCase("CĐ")
            .thenAnyOfIgnoringCase("OÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢoóòỏõọôốồổỗộơớờởỡợ");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s_\\-–—=*.o0O]+$");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^(?:\\p{L}+\\s+){0,2}?số\\s*:\\s*(\\d*[a-z]?)[ \\t]*(/[ \\t]*[^\\s]+(?:[ \\t]*[-/][ \\t]*[^\\s]+)*)?");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?u)(\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,4})[ \\t]*,[ \\t]*(?i:ngày)[\\s.…]*(\\d{0,2})[\\s.…]*(?i:tháng)[\\s.…]*(\\d{0,2})[\\s.…]*(?i:năm)[\\s.…]*((?:19|20)\\d{2})?");
    private static final Pattern LETTER_SUBJECT = Pattern.compile("(?iu)^(?:V/v|Về việc)\\b\\s*:?\\s*");
    // Words that name a body, matched on the lower-cased line with its diacritics ("bản" in "văn bản" is no "ban").
    private static final Pattern BODY_WORDS = Pattern.compile(
            "(?<!\\p{L})(?:[uủ][yỷ] ban|ubnd|hđnd|hội đồng|sở|bộ|chính phủ|thủ tướng|quốc hội|văn phòng|phòng|ban|cục|trung tâm"
                    + "|thanh tra|t[oò][aà] án|viện|tổ đại biểu|trường|đoàn|thường trực|mặt trận|tỉnh [uủ][yỷ]|huyện [uủ][yỷ]|đảng [uủ][yỷ]"
                    + "|công ty|bệnh viện|chi cục|tổng cục|ngân hàng|kiểm toán|chủ tịch|ubmttq|hđtp|ubtvqh)(?!\\p{L})");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:tỉnh|huyện|quận|xã|phường|thành phố|thị xã|thị trấn|và|tp\\.?)(?!\\p{L})");
    private static final Pattern BODY_START = Pattern.compile(
            "(?iu)^(?:căn cứ|kính gửi|thực hiện|theo|nhằm|điều\\s+\\d|chương|phần|trong|xét|để|hôm nay|thời gian|tại|ngày|"
                    + "[ivx]+\\.|\\d+\\.|[a-z]\\)|-\\s|\\+|nơi nhận)");

    // An annex on its own ("Phụ lục I", "PHỤ LỤC 2"): its heading is the subject in capitals below.
    private static final Pattern ANNEX = Pattern.compile("(?iu)^phụ\\s*lục(?:\\s+(?:[IVXLC]+|\\d{1,2}))?\\.?$");
    // What Word and PDF leave before the first line of a page: a page number, a "PAGE" field.
    private static final Pattern PAGE_ARTEFACT = Pattern.compile("^(?:PAGE|\\d{1,3})$");
    // "Phú Thọ, 2012" under a cover page's heading, "Hà Nội, ngày …": the place and date, no more heading.
    private static final Pattern PLACE_AND_YEAR = Pattern.compile("(?u)^\\p{Lu}[\\p{L}. ]{0,40},\\s*(?:\\S.*)?(?:19|20)\\d{2}\\.?$");
    // An older heading's second line names the issuer, number and date: "CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007".
    private static final Pattern IDENTIFYING_LINE = Pattern.compile(
            "(?iu)^(?:của\\s+\\S.*?\\s+)?số\\s+\\d+[^\\s]*/[^\\s]+(?:\\s+ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})?\\s*$");
    private static final Pattern NUMBER_IN_TITLE = Pattern.compile("(?iu)(?<!\\p{L})số\\s+(\\d+[a-z]?(?:/(?:19|20)\\d{2})?/[\\p{L}\\d&]+(?:[-/.][\\p{L}\\d&]+)*)");
    private static final int ZONE_LINES = 45;
    private static final int TITLE_LINES = 8;

    private final List<String> typeNames;
    private final List<String> foldedTypeNames;
    private final DocumentTypes types;

    HeaderReader(DocumentTypes types) {
        this.types = types;
        // Folded once here: typeWord compares every capitals line of the header with every name.
        this.typeNames = types.names();
        this.foldedTypeNames = typeNames.stream().map(Fold::fold).toList();
    }

    /** A piece of a line: between tabs, or beside a motto on the same line. */
    private record Piece(String text, int start, int line) {
        boolean blank() {
            return text.isBlank();
        }
    }

    Header read(String text) {
        Pieces pieces = new Pieces(text);
        Optional<DocumentNumber> number = Optional.empty();
        int numberStart = -1;
        int numberEnd = -1;
        Optional<LocalDate> issued = Optional.empty();
        Optional<String> place = Optional.empty();
        Optional<String> typeWord = Optional.empty();
        List<String> issuerLines = new ArrayList<>();
        List<String> subject = new ArrayList<>();
        boolean inSubject = false;
        boolean letter = false;
        boolean dateSeen = false;
        int typeIndex = -1;
        String afterType = "";
        // A heading that names no type (a cover page, a table, an annex): read as the title when no type word comes.
        int headingIndex = -1;
        boolean annex = false;
        int issuersBeforeHeading = 0;
        // The last line that closes the header's columns (the "Độc lập…" motto, a rule) and the last issuer line.
        int columnsClosedAt = -1;
        int lastIssuerLine = -2;
        // Whether the pieces since the last issuer line were only mottos (the other column) and blank lines.
        boolean onlyMottoSinceIssuer = false;
        boolean onlyPageArtefacts = true;
        List<Boolean> adjacent = new ArrayList<>();
        int zoneEnd = 0;
        int lastLine = pieces.has(0) ? pieces.get(0).line() + ZONE_LINES : 0;
        Marks marks = new Marks();
        int i = 0;
        for (; pieces.has(i); i++) {
            Piece p = pieces.get(i);
            if (p.line() > lastLine) {
                break;
            }
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean separator = SEPARATOR.matcher(t).matches();
            boolean underIssuer = onlyMottoSinceIssuer && p.line() <= lastIssuerLine + 2;
            onlyMottoSinceIssuer &= !separator;
            if (separator || MOTTO.matcher(t).matches()) {
                if (separator || Fold.fold(t).startsWith("doc")) {
                    columnsClosedAt = p.line();
                }
                inSubject = false;
                zoneEnd = p.start() + p.text().length();
                continue;
            }
            if (onlyPageArtefacts && ANNEX.matcher(t).matches()) {
                headingIndex = i;
                annex = true;
                break;
            }
            boolean firstText = onlyPageArtefacts;
            onlyMottoSinceIssuer = false;
            onlyPageArtefacts &= PAGE_ARTEFACT.matcher(t).matches();
            Matcher nm = NUMBER_LINE.matcher(t);
            if (number.isEmpty() && numberStart < 0 && nm.find() && nm.group(2) != null) {
                String spelling = nm.group(1) + BLANKS.matcher(nm.group(2)).replaceAll("");
                Optional<DocumentNumber> n = DocumentNumber.parse(spelling).or(() -> draftWithYear(spelling));
                if (n.isPresent()) {
                    int lead = p.text().indexOf(t);
                    int s = p.start() + lead + (nm.group(1).isEmpty() ? nm.start(2) : nm.start(1));
                    number = Optional.of(new DocumentNumber(text.substring(s, p.start() + lead + nm.end()),
                            n.get().number(), n.get().year(), n.get().typeCode(), n.get().issuerCode()));
                    numberStart = s;
                    numberEnd = p.start() + lead + nm.end();
                }
                inSubject = false;
                zoneEnd = p.start() + p.text().length();
                t = t.substring(nm.end()).strip();
                if (t.isEmpty()) {
                    continue;
                }
            }
            // A stamp ("MẬT", "KHẨN") stands in the header on its own or beside another column's text.
            t = marks.take(t);
            if (t.isEmpty()) {
                continue;
            }
            Matcher dm = DATE_LINE.matcher(t);
            if (!dateSeen && t.length() <= 160 && dm.find() && (dm.group(4) != null || !dm.group(2).isEmpty() || !dm.group(3).isEmpty())) {
                dateSeen = true;
                place = Optional.of(dm.group(1).strip()).filter(s -> !s.isEmpty());
                issued = date(dm.group(4), dm.group(3), dm.group(2));
                inSubject = false;
                zoneEnd = p.start() + p.text().length();
                continue;
            }
            Matcher lm = LETTER_SUBJECT.matcher(t);
            if (lm.find() && typeIndex < 0) {
                letter = true;
                inSubject = true;
                subject.add(t);
                zoneEnd = p.start() + p.text().length();
                continue;
            }
            boolean namesABody = Fold.isUpperLine(t) && BODY_WORDS.matcher(Fold.lower(t)).find();
            if (inSubject && !namesABody && !BODY_START.matcher(t).find()) {
                subject.add(t);
                zoneEnd = p.start() + p.text().length();
                continue;
            }
            inSubject = false;
            Optional<String> type = typeWord(t);
            if (type.isEmpty()) {
                type = typeWithLostGlyphs(t, number);
            }
            if (type.isPresent()) {
                typeWord = type;
                typeIndex = i;
                afterType = t.length() > type.get().length() && Fold.fold(t).startsWith(Fold.fold(type.get()))
                        ? t.substring(type.get().length()) : "";
                zoneEnd = p.start() + p.text().length();
                break;
            }
            if (Fold.isUpperLine(t) && t.length() <= 90 && !t.endsWith(":")) {
                String lower = Fold.lower(t);
                if (headingIndex < 0 && !namesABody && !CONTINUATION.matcher(lower).lookingAt()
                        && (firstText || (columnsClosedAt >= 0 && p.line() > columnsClosedAt))) {
                    headingIndex = i;
                    issuersBeforeHeading = issuerLines.size();
                }
                // A line right under an issuer line, before the number and date, may carry on its name.
                adjacent.add(underIssuer && number.isEmpty() && !dateSeen);
                lastIssuerLine = p.line();
                onlyMottoSinceIssuer = true;
                issuerLines.add(t);
                zoneEnd = p.start() + p.text().length();
                continue;
            }
            if (BODY_START.matcher(t).find() || t.length() > 120 || (dateSeen && !Fold.isUpperLine(t))) {
                break;
            }
        }
        List<String> title = new ArrayList<>();
        // "KẾ HOẠCH, NHIỆM VỤ": the words after the type word start the summary.
        String typeRest = afterType.replaceFirst("^[\\s,;:]+", "").strip();
        if (!typeRest.isEmpty() && !Fold.fold(typeRest).startsWith("so ")) {
            title.add(typeRest);
        }
        if (typeIndex >= 0) {
            zoneEnd = readTitle(pieces, typeIndex + 1, marks, title, zoneEnd);
            // "CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY …" under the type word identifies the document; the summary follows it.
            if (title.size() > 1 && IDENTIFYING_LINE.matcher(title.get(0)).matches()) {
                title.remove(0);
            }
            // Older headings state number and date in the title: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007".
            for (int k = typeIndex; number.isEmpty() && k < typeIndex + 3 && pieces.has(k); k++) {
                Piece p = pieces.get(k);
                Matcher sm = NUMBER_IN_TITLE.matcher(p.text());
                if (sm.find()) {
                    Optional<DocumentNumber> n = DocumentNumber.parse(sm.group(1));
                    if (n.isPresent()) {
                        number = n;
                        numberStart = p.start() + sm.start(1);
                        numberEnd = p.start() + sm.end(1);
                        if (issued.isEmpty()) {
                            issued = vn.vanthu.document.DateMentions.first(p.text().substring(sm.end(1)))
                                    .map(vn.vanthu.document.DateMention::date);
                        }
                    }
                }
            }
        }
        if (typeIndex < 0 && subject.isEmpty() && headingIndex >= 0) {
            zoneEnd = readHeading(pieces, headingIndex, annex, title, zoneEnd);
            issuerLines = new ArrayList<>(issuerLines.subList(0, issuersBeforeHeading));
        }
        List<String> summary = !title.isEmpty() ? title : subject;
        Optional<String> titleText = Optional.of(TRAILING_PUNCTUATION.matcher(
                        WHITESPACE.matcher(String.join(" ", summary)).replaceAll(" ").strip()).replaceAll(""))
                .filter(s -> !s.isEmpty());
        List<String> bodies = bodies(issuerLines, adjacent);
        Optional<String> parent = bodies.size() < 2 ? Optional.empty()
                : Optional.of(IssuerNames.normalise(bodies.get(bodies.size() - 2)));
        // The summary often names the issuer again ("… của Ban Chỉ đạo cải cách hành chính của Chính phủ"):
        // where the header's capitals differ from it only in marks (OCR, a typo), the summary's are taken.
        Optional<String> issuer = bodies.isEmpty() ? Optional.empty()
                : Optional.of(IssuerNames.underParent(IssuerNames.normalise(
                        IssuerNames.respelled(bodies.get(bodies.size() - 1), titleText.orElse(""))), parent));
        return new Header(number, numberStart, numberEnd, issued, place, issuer, parent, typeWord, titleText,
                letter && title.isEmpty(), zoneEnd, marks.security, marks.urgency);
    }

    /** The type word a capitals line states: the whole line, or followed by "," or "SỐ" ("KẾ HOẠCH, NHIỆM VỤ"). */
    private Optional<String> typeWord(String t) {
        if (!Fold.isUpperLine(t) || t.endsWith(":")) {
            return Optional.empty();
        }
        String line = WHITESPACE.matcher(t).replaceAll(" ").strip();
        String folded = Fold.fold(line);
        for (int k = 0; k < typeNames.size(); k++) {
            String name = typeNames.get(k);
            String f = foldedTypeNames.get(k);
            if (folded.equals(f) || folded.startsWith(f + ",") || folded.startsWith(f + " so ")) {
                return Optional.of(line.substring(0, name.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * A type word whose PDF font lost glyphs ("NG Ị ĐỊN " for NGHỊ ĐỊNH, Nghị định 47/2020): a short
     * capitals line whose letters are, in order, most of those of the type the number's ký hiệu
     * names. Only that one type is tried, so a heading of other words never becomes a type.
     */
    private Optional<String> typeWithLostGlyphs(String t, Optional<DocumentNumber> number) {
        if (number.isEmpty() || number.get().typeCode().isEmpty() || t.length() > 30 || !Fold.isUpperLine(t)) {
            return Optional.empty();
        }
        Optional<vn.vanthu.document.DocumentType> type = types.byCode(number.get().typeCode());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String name = type.get().name();
        String seen = letters(t);
        String full = letters(name);
        return seen.length() * 10 >= full.length() * 6 && seen.length() < full.length() && inOrderWithin(seen, full)
                ? Optional.of(name) : Optional.empty();
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        String f = Fold.fold(s);
        for (int i = 0; i < f.length(); i++) {
            if (Character.isLetter(f.charAt(i))) {
                sb.append(f.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean inOrderWithin(String part, String whole) {
        int j = 0;
        for (int i = 0; i < part.length(); i++) {
            j = whole.indexOf(part.charAt(i), j);
            if (j < 0) {
                return false;
            }
            j++;
        }
        return true;
    }

    /**
     * The title under a heading that names no type: the heading's capitals lines ("ĐỀ CƯƠNG VÀ DỰ
     * TOÁN CHI TIẾT" / "“XÂY DỰNG PHẦN MỀM …”"), then one line in sentence case under them
     * ("Phân loại cán bộ công chức năm 2011"). An annex ("Phụ lục I") takes only its capitals subject,
     * written after "Phụ lục I:". The place and date, a bracket ("(Kèm theo …)"), a rule, a body
     * opening or a second line in capitals end it.
     */
    private int readHeading(Pieces pieces, int from, boolean annex, List<String> title, int zoneEnd) {
        boolean sentenceSeen = false;
        for (int i = from; title.size() < TITLE_LINES && pieces.has(i); i++) {
            Piece p = pieces.get(i);
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (i > from) {
                if (SEPARATOR.matcher(t).matches() || t.startsWith("(") || t.endsWith(":") || t.length() > 200
                        || BODY_START.matcher(t).find() || PLACE_AND_YEAR.matcher(t).matches() || MOTTO.matcher(t).find()) {
                    break;
                }
                if (Fold.isUpperLine(t)) {
                    if (sentenceSeen || BODY_WORDS.matcher(Fold.lower(t)).lookingAt()) {
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
            zoneEnd = p.start() + p.text().length();
        }
        if (annex && title.size() > 1) {
            title.set(0, title.get(0) + ":");
        }
        return zoneEnd;
    }

    private int readTitle(Pieces pieces, int from, Marks marks, List<String> title, int zoneEnd) {
        boolean blankSeen = false;
        for (int i = from; title.size() < TITLE_LINES && pieces.has(i); i++) {
            Piece p = pieces.get(i);
            String t = p.text().strip();
            if (t.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (SEPARATOR.matcher(t).matches() || t.startsWith("(") || t.length() > 300 || t.endsWith(":")) {
                break;
            }
            t = marks.take(t);
            if (t.isEmpty()) {
                continue;
            }
            boolean startsLower = Character.isLowerCase(t.codePointAt(0));
            boolean bodyStart = BODY_START.matcher(t).find() && !startsLower;
            if (!title.isEmpty()) {
                String previous = title.get(title.size() - 1);
                // The authority line under the summary ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "CHÍNH PHỦ").
                boolean authority = Fold.isUpperLine(t) && BODY_WORDS.matcher(Fold.lower(t)).lookingAt()
                        && !Fold.lower(t).startsWith("ban hành");
                boolean newParagraph = blankSeen && !startsLower && !(Fold.isUpperLine(t) && Fold.isUpperLine(previous));
                if (authority || newParagraph || bodyStart) {
                    break;
                }
            } else if (bodyStart) {
                break;
            }
            title.add(t);
            zoneEnd = p.start() + p.text().length();
            blankSeen = false;
        }
        return zoneEnd;
    }

    /**
     * Groups the issuer lines into bodies: a line starting with a place word or "VÀ" continues
     * the body above ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH DƯƠNG"); a line naming a body starts a new one
     * (the parent body comes first, as in "UBND TỈNH PHÚ THỌ" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").
     */
    private static List<String> bodies(List<String> lines, List<Boolean> adjacent) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = WHITESPACE.matcher(lines.get(i)).replaceAll(" ").strip();
            String lower = Fold.lower(line);
            // Right under the line above, a line that names no body of its own carries on its name:
            // "BAN CHỈ ĐẠO CẢI CÁCH" / "HÀNH CHÍNH CỦA CHÍNH PHỦ" (the body is the Ban, "của" says whose).
            Matcher body = BODY_WORDS.matcher(lower);
            boolean ownBody = body.find() && !lower.substring(0, body.start()).endsWith("của ");
            boolean continues = !bodies.isEmpty() && (CONTINUATION.matcher(lower).lookingAt()
                    || ENDS_WITH_AND.matcher(Fold.lower(bodies.get(bodies.size() - 1))).matches()
                    || (!ownBody && i < adjacent.size() && adjacent.get(i)));
            if (continues) {
                bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " " + line);
            } else if (BODY_WORDS.matcher(lower).find()) {
                bodies.add(line);
            }
        }
        return bodies;
    }

    /**
     * The pieces of the lines that start in the first 6,000 characters, cut as they are asked for:
     * the header is read in its first few dozen lines, so the rest is never split.
     */
    private static final class Pieces {
        private static final int LIMIT = 6000;
        private final String text;
        private final int limit;
        private final List<Piece> out = new ArrayList<>();
        private int lineNo;
        private int pos;

        Pieces(String text) {
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
    }

    /** "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI…" on one line (PDF): the issuer and the motto become two pieces. */
    private static void splitAtMotto(String seg, int start, int line, List<Piece> out) {
        Matcher m = MOTTO.matcher(seg);
        int from = 0;
        while (FirstCharScan.find(m, seg, from, MOTTO_START)) {
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

    /** The security and urgency stamps met in the header, the first of each kind kept. */
    private static final class Marks {
        private static final Pattern COLUMN_GAP = Pattern.compile("[ \\t]{3,}");
        Optional<String> security = Optional.empty();
        Optional<String> urgency = Optional.empty();

        /** The piece without its stamps: empty when it was a stamp, else the columns that are not. */
        String take(String t) {
            List<String> kept = new ArrayList<>();
            String[] columns = COLUMN_GAP.split(t);
            for (String column : columns) {
                Optional<Stamps.Stamp> stamp = Stamps.of(column);
                if (stamp.isPresent()) {
                    security = security.or(stamp.get()::security);
                    urgency = urgency.or(stamp.get()::urgency);
                } else {
                    kept.add(column);
                }
            }
            return kept.size() == columns.length ? t : String.join("   ", kept).strip();
        }
    }

    private static final Pattern DRAFT_WITH_YEAR = Pattern.compile("^/((?:19|20)\\d{2})(/.+)$");

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

    private static Optional<LocalDate> date(String y, String m, String d) {
        if (y == null || m == null || d == null || m.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
