package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer column of a header: its lines in capitals ("UBND TỈNH PHÚ THỌ" / "SỞ THÔNG TIN VÀ
 * TRUYỀN THÔNG"), grouped into bodies, the last the issuer and the one before it its parent.
 */
final class IssuerBlock {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ENDS_WITH_AND = Pattern.compile("(?s).*(?:\\svà|-)$");
    // Words that name a body, matched on the lower-cased line with its diacritics ("bản" in "văn bản" is no "ban").
    private static final Pattern BODY_WORDS = Pattern.compile(
            "(?<!\\p{L})(?:[uủ][yỷ] ban|ubnd|hđnd|hội đồng|sở|bộ|chính phủ|thủ tướng|quốc hội|văn phòng|phòng|ban|cục|trung tâm"
                    + "|thanh tra|t[oò][aà] án|viện|tổ đại biểu|trường|đoàn|thường trực|mặt trận|tỉnh [uủ][yỷ]|huyện [uủ][yỷ]|đảng [uủ][yỷ]"
                    + "|công ty|bệnh viện|chi cục|tổng cục|ngân hàng|kiểm toán|chủ tịch|ubmttq|hđtp|ubtvqh)(?!\\p{L})");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:tỉnh|huyện|quận|xã|phường|thành phố|thị xã|thị trấn|và|tp\\.?)(?!\\p{L})");

    /** The issuer and the body above it, as the running text writes them. */
    record Named(Optional<String> issuer, Optional<String> parent) {
    }

    private List<String> lines = new ArrayList<>();
    private final List<Boolean> adjacent = new ArrayList<>();
    private int lastLine = -2;
    // Whether the pieces since the last issuer line were only mottos (the other column) and blank lines.
    private boolean onlyMottoSince;

    /** A capitals line that names a body ("SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN"). */
    static boolean namesABody(String t) {
        return Fold.isUpperLine(t) && BODY_WORDS.matcher(Fold.lower(t)).find();
    }

    /** A lower-cased line that starts with a body's name: the authority line under a summary, an issuer. */
    static boolean startsWithABody(String lower) {
        return BODY_WORDS.matcher(lower).lookingAt();
    }

    /** A lower-cased line that carries on the name above it ("TỈNH BÌNH DƯƠNG", "VÀ TRUYỀN THÔNG"). */
    static boolean carriesOnAName(String lower) {
        return CONTINUATION.matcher(lower).lookingAt();
    }

    /** Whether a piece on this line is right under the last issuer line, only the motto column between. */
    boolean under(int line) {
        return onlyMottoSince && line <= lastLine + 2;
    }

    /** A piece that is neither the motto nor blank (a rule, a number, any text) came since the last issuer line. */
    void interrupted() {
        onlyMottoSince = false;
    }

    /**
     * Adds an issuer line; {@code mayCarryOn}: it is right under the one above, before the number and
     * date, so where it names no body of its own it carries on that one's name.
     */
    void add(String t, int line, boolean mayCarryOn) {
        adjacent.add(mayCarryOn);
        lastLine = line;
        onlyMottoSince = true;
        lines.add(t);
    }

    int size() {
        return lines.size();
    }

    /** Only the first {@code n} lines are the issuer's (those after were a heading's). */
    void keepFirst(int n) {
        lines = new ArrayList<>(lines.subList(0, n));
    }

    /**
     * The issuer and its parent. The summary often names the issuer again ("… của Ban Chỉ đạo cải
     * cách hành chính của Chính phủ"): where the header's capitals differ from it only in marks (OCR,
     * a typo), the summary's are taken.
     */
    Named named(String summary) {
        List<String> bodies = bodies(lines, adjacent);
        Optional<String> parent = bodies.size() < 2 ? Optional.empty()
                : Optional.of(IssuerNames.normalise(bodies.get(bodies.size() - 2)));
        Optional<String> issuer = bodies.isEmpty() ? Optional.empty()
                : Optional.of(IssuerNames.underParent(IssuerNames.normalise(
                        IssuerNames.respelled(bodies.get(bodies.size() - 1), summary)), parent));
        return new Named(issuer, parent);
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
}
