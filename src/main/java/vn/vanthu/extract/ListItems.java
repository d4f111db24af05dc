package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pieces of the dash lists at the head and foot of a document ("Kính gửi:", "Nơi nhận:"): a
 * line's columns (split by tabs, or in plain text and PDF by a run of spaces) and an item's
 * wording without its dash and closing punctuation ("- TT HĐND tỉnh (b/c);" → "TT HĐND tỉnh (b/c)").
 */
final class ListItems {
    private static final Pattern CLOSING_MARK = Pattern.compile("\\./\\.$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private ListItems() {
    }

    private static final Pattern COLUMNS = Pattern.compile("\t| {3,}");
    private static final Pattern BULLET = Pattern.compile("^[-–—+•*][ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("[\\s;,.]+$");

    /** The non-blank columns of a line, stripped. */
    static List<String> columns(String line) {
        List<String> out = new ArrayList<>();
        for (String c : COLUMNS.split(line.replace('\r', ' '))) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    static boolean isBullet(String piece) {
        return BULLET.matcher(piece).find();
    }

    /** An item as written, without its bullet and the ";" or "." that closes it; spaces collapsed. */
    static String clean(String item) {
        String t = BULLET.matcher(item.strip()).replaceFirst("");
        // "./." closes a document's last line; an item's own "(b/c)" stays.
        t = CLOSING_MARK.matcher(t).replaceAll("");
        t = WHITESPACE.matcher(CLOSING.matcher(t).replaceAll("")).replaceAll(" ").strip();
        // A form's blank to fill in ("Kính gửi: …………………") names no one.
        return t.codePoints().anyMatch(Character::isLetter) ? t : "";
    }

    // PDF text runs the two columns together with one space: "- Như trên; CHỦ TỊCH", "- Lưu: VT. Lê Minh Nhựt".
    // An item ends at ";", or at the "." of the closing "Lưu: …" (a "." elsewhere may be an abbreviation: "TT. HĐND").
    private static final Pattern ITEM_THEN_OTHER_COLUMN = Pattern.compile(
            "^([-–—+•*][ \t]*(?:.*?;|Lưu[: ].*?\\.))[ \t]+((?:TM|KT|Q|TL|TUQ)\\..*|\\p{Lu}[\\p{Lu}\\s.\\-–]*|\\(.*\\)|\\p{Lu}\\p{Ll}*(?:[ \t]+\\p{Lu}\\p{Ll}*){1,4})$");

    /**
     * A column split in two where a list item ends and the signature column's text follows on the
     * same line; a column that is one thing comes back alone.
     */
    static List<String> splitItem(String column) {
        java.util.regex.Matcher m = ITEM_THEN_OTHER_COLUMN.matcher(column);
        return m.matches() ? List.of(m.group(1), m.group(2)) : List.of(column);
    }

    /** True when an item's wording ends it (";" or "."), so a next line is a new item, not its continuation. */
    static boolean closed(String piece) {
        String t = piece.strip();
        return t.endsWith(";") || t.endsWith(".") || t.endsWith(",");
    }
}
