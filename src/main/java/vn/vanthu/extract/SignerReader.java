package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.FirstCharScan;
import vn.vanthu.document.SignatureBlock;

/**
 * Reads the signature block: after "Nơi nhận:" (or in the last lines when there is none), the
 * authority lines (TM., KT., Q., TL., TUQ. with the body or office they act for), the position in
 * capitals, "(đã ký)", and the first line that reads as a person's name ("Lê Minh Nhựt").
 */
final class SignerReader {
    // Compiled once (these ran as String.replaceAll/split, compiling a pattern per call).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static final Pattern RECIPIENTS = Pattern.compile("(?iu)(?:^|\\n)[ \\t]*Nơi[ \\t]+nhận[ \\t]*:?");
    // Two to five words, each capitalised and otherwise lower case, nothing else on the line.
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)^(?:như|lưu|các|nơi|kính|trân|thường|ủy|uỷ|ban|văn|phòng|sở|bộ|chủ|phó|hội|đại|tm|kt|tl|tuq|q|"
                    + "thủ|giám|chánh|trưởng|đã|ký|người|xác|nguyễn văn a)\\b");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.[ \\t]*(\\S.*)$");
    private static final Pattern REMARK = Pattern.compile("^\\(.*\\)$");
    // The words a position starts with; a capitals line that does not is the authority's body wrapped.
    private static final Pattern POSITION = Pattern.compile(
            "^(?:PHÓ |Q\\. )?(?:CHỦ TỊCH|TRƯỞNG|GIÁM ĐỐC|CHÁNH|[UỦ][YỶ] VIÊN|THƯ KÝ|BÍ THƯ|THỦ TƯỚNG|TỔNG|\\p{Lu}+ TRƯỞNG|KIỂM TOÁN)");
    private static final int MAX_LINES = 60;

    /**
     * The foot of a document, read once for the signer, the signature block and the "Nơi nhận"
     * list: where that list starts, and the foot's pieces.
     */
    record Foot(Optional<Integer> recipientsEnd, List<String> pieces) {
    }

    /** The foot of this text: after the first "Nơi nhận", or its last 1,500 characters when there is none. */
    static Foot foot(String text) {
        Optional<Integer> recipients = recipientsEnd(text);
        return new Foot(recipients, pieces(text, recipients.orElse(Math.max(0, text.length() - 1500))));
    }

    /** Where the list after the first "Nơi nhận" starts; the first closes the document itself, later ones belong to annexes. */
    static Optional<Integer> recipientsEnd(String text) {
        // Tried at line starts only, where the pattern's (?:^|\n) lets a match start.
        Matcher r = RECIPIENTS.matcher(text);
        return FirstCharScan.findAtLineStart(r, text, text.length()) ? Optional.of(r.end()) : Optional.empty();
    }

    Optional<String> read(Foot foot) {
        for (String piece : foot.pieces()) {
            if (isName(piece)) {
                return Optional.of(WHITESPACE.matcher(piece).replaceAll(" "));
            }
        }
        return Optional.empty();
    }

    /**
     * The signature block, when it has an authority or position line; its name is {@link #read}'s.
     * Lines are read up to the name (or, in a draft, to where the block's capitals end).
     */
    Optional<SignatureBlock> block(Foot foot) {
        List<String[]> authorities = new ArrayList<>();
        StringBuilder position = new StringBuilder();
        String last = "";
        for (String piece : foot.pieces()) {
            if (isName(piece)) {
                break;
            }
            if (ListItems.isBullet(piece) || REMARK.matcher(piece).matches()) {
                continue;
            }
            Matcher a = AUTHORITY.matcher(piece);
            if (a.matches() && Fold.isUpperLine(a.group(2)) && position.isEmpty()) {
                authorities.add(new String[] {a.group(1) + ".", WHITESPACE.matcher(a.group(2)).replaceAll(" ")});
                last = "authority";
            } else if (Fold.isUpperLine(piece) && piece.length() <= 80) {
                String line = WHITESPACE.matcher(piece).replaceAll(" ");
                if (last.equals("authority") && !POSITION.matcher(line).lookingAt()) {
                    String[] top = authorities.get(authorities.size() - 1);
                    top[1] = top[1] + " " + line;
                } else if (position.isEmpty() || last.equals("position")) {
                    position.append(position.isEmpty() ? "" : " ").append(line);
                    last = "position";
                }
            } else if (piece.length() > 40) {
                // Running text: after a block (a draft has no name) it is over; capitals before it were a heading, not a block.
                if (!authorities.isEmpty() || POSITION.matcher(position).lookingAt()) {
                    break;
                }
                authorities.clear();
                position.setLength(0);
                last = "";
            }
        }
        if (authorities.isEmpty() && position.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignatureBlock(
                authorities.stream().map(x -> new SignatureBlock.Authority(x[0], x[1])).toList(),
                Optional.of(position.toString()).filter(p -> !p.isEmpty()), read(foot)));
    }

    private static boolean isName(String piece) {
        return NAME.matcher(piece).matches() && !NOT_A_NAME.matcher(piece).find();
    }

    /** The pieces of the foot, in order: each line's columns, a PDF line's item cut from the column beside it. */
    private static List<String> pieces(String text, int from) {
        String[] lines = LINE_BREAK.split(text.substring(from));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length && i <= MAX_LINES; i++) {
            // Columns are split by tabs, or in plain text by a run of spaces.
            for (String column : ListItems.columns(lines[i])) {
                out.addAll(ListItems.splitItem(column));
            }
        }
        return out;
    }
}
