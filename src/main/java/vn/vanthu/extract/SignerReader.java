package vn.vanthu.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signer's name from the signature block: after "Nơi nhận:" (or in the last lines when
 * there is none), past the authority lines (TM., KT., Q., TL., TUQ.) and positions in capitals
 * and "(đã ký)", the first line that reads as a person's name ("Lê Minh Nhựt").
 */
final class SignerReader {

    private static final Pattern RECIPIENTS = Pattern.compile("(?iu)(?:^|\\n)[ \\t]*Nơi[ \\t]+nhận[ \\t]*:?");
    // Two to five words, each capitalised and otherwise lower case, nothing else on the line.
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)^(?:như|lưu|các|nơi|kính|trân|thường|ủy|uỷ|ban|văn|phòng|sở|bộ|chủ|phó|hội|đại|tm|kt|tl|tuq|q|"
                    + "thủ|giám|chánh|trưởng|đã|ký|người|xác|nguyễn văn a)\\b");

    Optional<String> read(String text) {
        // The first "Nơi nhận" closes the document itself; later ones belong to annexes.
        int from = -1;
        Matcher r = RECIPIENTS.matcher(text);
        if (r.find()) {
            from = r.end();
        }
        if (from < 0) {
            from = Math.max(0, text.length() - 1500);
        }
        String tail = text.substring(from);
        String[] lines = tail.split("\\R");
        int checked = 0;
        for (String raw : lines) {
            // Columns are split by tabs, or in plain text by a run of spaces.
            for (String piece : raw.split("\t| {3,}")) {
                String l = piece.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (NAME.matcher(l).matches() && !NOT_A_NAME.matcher(l).find()) {
                    return Optional.of(l.replaceAll("\\s+", " "));
                }
            }
            if (++checked > 60) {
                break;
            }
        }
        return Optional.empty();
    }
}
