package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the "Nơi nhận:" list at the foot of a document ("- Như trên;", "- TT HĐND tỉnh (b/c);",
 * "- Lưu: VT, HĐND."), one entry per item as written. The list is the left column beside the
 * signature block, so only a line's first column counts, and a PDF line that runs both columns
 * together is cut where the item ends.
 */
final class DistributionReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final int MAX_ITEMS = 60;

    /** The list in this text, whose "Nơi nhận" heading ends at {@code start} ({@link SignerReader#recipientsEnd}). */
    List<String> read(String text, Optional<Integer> start) {
        if (start.isEmpty()) {
            return List.of();
        }
        String[] lines = LINE_BREAK.split(text.substring(start.get()), -1);
        List<String> items = new ArrayList<>();
        boolean open = false;
        int blanks = 0;
        for (int i = 0; i < lines.length && items.size() < MAX_ITEMS; i++) {
            List<String> columns = ListItems.columns(lines[i]);
            if (columns.isEmpty()) {
                // Blank lines (and a page break) between the heading and the list, or inside it, are allowed; many end it.
                if (++blanks > (items.isEmpty() ? 5 : 2)) {
                    break;
                }
                continue;
            }
            blanks = 0;
            String piece = ListItems.splitItem(columns.get(0)).get(0);
            if (ListItems.isBullet(piece)) {
                items.add(ListItems.clean(piece));
                open = !ListItems.closed(piece);
            } else if (open && !items.isEmpty() && Character.isLowerCase(piece.codePointAt(0))) {
                // A long item wrapped onto the next line.
                items.set(items.size() - 1, ListItems.clean(items.get(items.size() - 1) + " " + piece));
                open = !ListItems.closed(piece);
            } else if (i > 0) {
                // The "Nơi nhận:" line's own rest may be the signature column ("Nơi nhận: TM. BAN …"); anything later ends the list.
                break;
            }
        }
        items.removeIf(String::isEmpty);
        return List.copyOf(items);
    }
}
