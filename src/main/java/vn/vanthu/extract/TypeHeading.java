package vn.vanthu.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;

/**
 * The type word in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH, NHIỆM VỤ", a PDF's "NG Ị ĐỊN ") and the summary
 * (trích yếu) under it, up to the authority line, a bracket, a rule, a new paragraph or the body.
 */
final class TypeHeading {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:]+");
    // An older heading's second line names the issuer, number and date: "CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007".
    private static final Pattern IDENTIFYING_LINE = Pattern.compile(
            "(?iu)^(?:của\\s+\\S.*?\\s+)?số\\s+\\d+[^\\s]*/[^\\s]+(?:\\s+ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})?\\s*$");
    // A document that names itself on its first line, in sentence case: "Án lệ số 26/2018/AL về xác định …".
    private static final Pattern NAMING_LINE = Pattern.compile("(?u)^(\\p{Lu}[\\p{Ll} ]{1,30}?)\\s+số\\s+\\d+[^\\s/]*/\\S+\\s+(về\\s+\\S.*)$");
    private static final int TITLE_LINES = 8;

    private final DocumentTypes types;
    private final List<String> typeNames;
    private final List<String> foldedTypeNames;

    TypeHeading(DocumentTypes types) {
        this.types = types;
        // Folded once here: typeWord compares every capitals line of the header with every name.
        this.typeNames = types.names();
        this.foldedTypeNames = typeNames.stream().map(Fold::fold).toList();
    }

    /** The type a piece states as the header's type word, or whose glyphs the PDF font lost. */
    Optional<String> typeOf(String t, Optional<DocumentNumber> number) {
        Optional<String> type = typeWord(t);
        return type.isPresent() ? type : typeWithLostGlyphs(t, number);
    }

    /**
     * The type and summary of a document's first line that names it in sentence case, "Án lệ số
     * 26/2018/AL về xác định …" (the Án lệ published as .docx): a type of the table, "số" and a
     * number, then "về …", which is the summary. The heading is that one line.
     */
    Optional<Named> namingLine(String t) {
        Matcher m = NAMING_LINE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = WHITESPACE.matcher(m.group(1)).replaceAll(" ").strip();
        return types.byName(type).isPresent() ? Optional.of(new Named(type, m.group(2).strip())) : Optional.empty();
    }

    /** A type word and summary read from one line. */
    record Named(String type, String summary) {
    }

    /**
     * The summary under the type word on piece {@code typeIndex} into {@code title}: first the words
     * after the type on its line ("KẾ HOẠCH, NHIỆM VỤ"), then the lines below. Returns where it ends.
     */
    int readSummary(HeaderPieces pieces, int typeIndex, String typeLine, String type, HeaderStamps stamps,
                    List<String> title, int zoneEnd) {
        String afterType = typeLine.length() > type.length() && Fold.fold(typeLine).startsWith(Fold.fold(type))
                ? typeLine.substring(type.length()) : "";
        String typeRest = LEADING_PUNCTUATION.matcher(afterType).replaceFirst("").strip();
        if (!typeRest.isEmpty() && !Fold.fold(typeRest).startsWith("so ")) {
            title.add(typeRest);
        }
        int end = readLines(pieces, typeIndex + 1, stamps, title, zoneEnd);
        // "CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY …" under the type word identifies the document; the summary follows it.
        if (title.size() > 1 && IDENTIFYING_LINE.matcher(title.get(0)).matches()) {
            title.remove(0);
        }
        return end;
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
        Optional<DocumentType> type = types.byCode(number.get().typeCode());
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
     * The summary's lines under the type word: they end at a rule, a bracket ("(Kèm theo …)"), a
     * colon, the authority line ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), a new paragraph after a blank
     * line or the body's opening.
     */
    private static int readLines(HeaderPieces pieces, int from, HeaderStamps stamps, List<String> title, int zoneEnd) {
        boolean blankSeen = false;
        for (int i = from; title.size() < TITLE_LINES && pieces.has(i); i++) {
            HeaderPieces.Piece p = pieces.get(i);
            String t = p.text().strip();
            if (t.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (HeaderLines.isRule(t) || t.startsWith("(") || t.length() > 300 || t.endsWith(":")) {
                break;
            }
            t = stamps.take(t);
            if (t.isEmpty()) {
                continue;
            }
            boolean startsLower = Character.isLowerCase(t.codePointAt(0));
            boolean bodyStart = HeaderLines.opensBody(t) && !startsLower;
            if (!title.isEmpty()) {
                String previous = title.get(title.size() - 1);
                // The authority line under the summary ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "CHÍNH PHỦ").
                boolean authority = Fold.isUpperLine(t) && IssuerBlock.startsWithABody(Fold.lower(t))
                        && !Fold.lower(t).startsWith("ban hành");
                boolean newParagraph = blankSeen && !startsLower && !(Fold.isUpperLine(t) && Fold.isUpperLine(previous));
                if (authority || newParagraph || bodyStart) {
                    break;
                }
            } else if (bodyStart) {
                break;
            }
            title.add(t);
            zoneEnd = p.end();
            blankSeen = false;
        }
        return zoneEnd;
    }
}
