package vn.vanthu.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.Markings;

/**
 * Recognises a security or urgency stamp: a header piece that holds the mark and nothing else
 * ("MẬT", "TỐI MẬT", "THƯỢNG KHẨN", "HỎA TỐC HẸN GIỜ 14 giờ 00", "Độ mật: Mật"). Only a piece of
 * its own counts, so a sentence that says "bí mật" or "khẩn trương" never marks a document.
 */
final class Stamps {
    private Stamps() {
    }

    /** What one stamp piece marks; either part may be absent, never both. */
    record Stamp(Optional<String> security, Optional<String> urgency) {
    }

    // On the lower-cased piece; "hỏa"/"hoả" are both written. A timed stamp may carry its time after "hẹn giờ".
    private static final Pattern STAMP = Pattern.compile(
            "^(?:(?:độ mật\\s*:\\s*)?(tuyệt mật|tối mật|mật))?\\s*[,;/–—-]?\\s*"
                    + "(?:(?:độ khẩn\\s*:\\s*)?(thượng khẩn|h(?:ỏa|oả) tốc(?:\\s+hẹn giờ(?:\\s*:?\\s*[\\d\\p{L}\\s:/.,h-]*)?)?|khẩn))?$");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}\\d]+$");

    /** The stamp this piece is, if it is one; the piece starts with a capital (a stamp is never lower case). */
    static Optional<Stamp> of(String piece) {
        // Every stamp holds one of these words (STAMP's groups); most header pieces hold none and stop here.
        String lowerPiece = Fold.lower(piece);
        if (!lowerPiece.contains("mật") && !lowerPiece.contains("khẩn") && !lowerPiece.contains("tốc")) {
            return Optional.empty();
        }
        String t = EDGES.matcher(piece.strip()).replaceAll("").replaceAll("\\s+", " ");
        if (t.isEmpty() || t.length() > 60 || !Character.isUpperCase(t.codePointAt(0))) {
            return Optional.empty();
        }
        Matcher m = STAMP.matcher(Fold.lower(t));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        // The mark itself is in capitals on a stamp, or written as the canonical word after a label.
        String mark = t.replaceFirst("(?iu)^độ (?:mật|khẩn)\\s*:\\s*", "");
        String markWords = mark.replaceFirst("(?iu)(hẹn giờ).*$", "$1");
        if (!Fold.isUpperLine(markWords) && mark.equals(t) && !canonical(markWords)) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(Optional.ofNullable(m.group(1)).map(Stamps::security),
                Optional.ofNullable(m.group(2)).map(Stamps::urgency)));
    }

    private static boolean canonical(String words) {
        return Markings.SECURITY_LEVELS.contains(words) || Markings.URGENCY_LEVELS.contains(words);
    }

    private static String security(String lower) {
        return switch (lower) {
            case "tuyệt mật" -> Markings.ABSOLUTE_SECRET;
            case "tối mật" -> Markings.TOP_SECRET;
            default -> Markings.SECRET;
        };
    }

    private static String urgency(String lower) {
        if (lower.startsWith("thượng")) {
            return Markings.VERY_URGENT;
        }
        if (lower.startsWith("khẩn")) {
            return Markings.URGENT;
        }
        return lower.contains("hẹn giờ") ? Markings.FLASH_TIMED : Markings.FLASH;
    }
}
