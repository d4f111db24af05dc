package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.FirstCharScan;

/**
 * Reads the addressees after "Kính gửi:" (letters, submissions, invitations): on the same line
 * ("Kính gửi: Ủy ban nhân dân huyện Khoa.", several parted by ";"), or as a dash list starting
 * there or on the next lines. Only the first "Kính gửi" near the head counts; one quoted later in
 * the body is not the document's own.
 */
final class RecipientReader {

    private static final Pattern KINH_GUI = Pattern.compile("(?iu)(?:^|\\n)[ \\t]*k[íi]nh[ \\t]+g[ửu]i[ \\t]*:?[ \\t]*");
    private static final int HEAD = 6000;
    private static final int MAX_ITEMS = 30;

    List<String> read(String text) {
        // Tried at line starts only, where the pattern's (?:^|\n) lets a match start.
        Matcher m = KINH_GUI.matcher(text);
        if (!FirstCharScan.findAtLineStart(m, text, Math.min(text.length(), HEAD))) {
            return List.of();
        }
        String[] lines = text.substring(m.end()).split("\\R", -1);
        // The rest of the "Kính gửi" line: its first column (a second column belongs to the other half of the page).
        List<String> first = ListItems.columns(lines[0]);
        String rest = first.isEmpty() ? "" : first.get(0);
        List<String> items = new ArrayList<>();
        if (!rest.isEmpty() && !ListItems.isBullet(rest)) {
            String line = rest;
            // A long addressee wraps onto a next line that starts in lower case.
            if (!rest.endsWith(".") && !rest.endsWith(";") && lines.length > 1) {
                String next = lines[1].strip();
                if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
                    line = rest + " " + next;
                }
            }
            for (String part : line.split(";")) {
                String item = ListItems.clean(part);
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            return List.copyOf(items);
        }
        return dashList(lines, rest);
    }

    /** "Kính gửi: - A;" or "Kính gửi:" with "- A;", "- B." on the lines below. */
    private static List<String> dashList(String[] lines, String rest) {
        List<String> items = new ArrayList<>();
        boolean open = false;
        int blanks = 0;
        for (int i = 0; i < lines.length && items.size() < MAX_ITEMS; i++) {
            List<String> columns = ListItems.columns(lines[i]);
            String piece = i == 0 ? rest : columns.isEmpty() ? "" : columns.get(0);
            if (piece.isEmpty()) {
                // PDF text puts a blank line between paragraphs, so between items too; two in a row end the list.
                if (i > 0 && ++blanks > (items.isEmpty() ? 3 : 1)) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (ListItems.isBullet(piece)) {
                items.add(ListItems.clean(piece));
                open = !ListItems.closed(piece);
            } else if (open && Character.isLowerCase(piece.codePointAt(0))) {
                items.set(items.size() - 1, ListItems.clean(items.get(items.size() - 1) + " " + piece));
                open = !ListItems.closed(piece);
            } else {
                break;
            }
        }
        items.removeIf(String::isEmpty);
        return List.copyOf(items);
    }
}
