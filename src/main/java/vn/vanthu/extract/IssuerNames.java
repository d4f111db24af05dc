package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an issuing body's name from the capitals of a header the way it is written in running
 * text: "HĐND HUYỆN KHOA" → "HĐND huyện Khoa", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" → "Ủy ban nhân
 * dân tỉnh Bình Dương", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông".
 * Abbreviations stay in capitals; place names after a place word and the first word of a
 * specialised body's name are capitalised; the rest is lower case.
 */
final class IssuerNames {

    // Words after which a place name follows ("tỉnh Bình Dương").
    private static final Set<String> PLACE_WORDS = Set.of("tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "trấn", "phố");
    // Bodies whose own name follows, capitalised on its first word ("Sở Thông tin…", "Bộ Nội vụ").
    private static final Set<String> NAMED_BODIES = Set.of("sở", "bộ", "ban", "phòng", "cục", "tâm", "đoàn", "viện", "trường", "chi");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "HĐND", "UBND", "ĐBQH", "MTTQ", "UBMTTQ", "UBMTTQVN", "VN", "TTTT", "CNTT", "VKSND", "TAND", "THADS", "TP", "TP.",
            "KT-XH", "QP-AN", "HĐTP", "TW", "TƯ", "BCH", "UB", "BCĐ", "LĐLĐ", "CTHĐND", "VP", "II", "III", "IV");

    private IssuerNames() {
    }

    static String normalise(String capitals) {
        String[] words = capitals.strip().replaceAll("\\s+", " ").split(" ");
        List<String> out = new ArrayList<>();
        boolean inPlaceName = false;
        boolean capitaliseNext = false;
        boolean inNamedBody = false;
        String previous = "";
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            String pair = previous + " " + lower;
            String written;
            if (isAbbreviation(w)) {
                written = w;
            } else if (lower.equals("và")) {
                written = lower;
            } else if (i == 0 || inPlaceName || capitaliseNext) {
                written = capitalise(lower);
            } else {
                written = lower;
            }
            if (PROPER_PAIRS.contains(pair) && !out.isEmpty()) {
                // "Chính phủ", "Quốc hội", "Việt Nam": proper names wherever they stand.
                out.set(out.size() - 1, capitalise(previous));
                written = lower.equals("nam") ? "Nam" : lower;
            }
            boolean bodyWord = NAMED_BODIES.contains(lower)
                    && !(lower.equals("ban") && (previous.equals("ủy") || previous.equals("uỷ")))
                    && !(lower.equals("tâm") && !previous.equals("trung"));
            capitaliseNext = bodyWord || (lower.equals("và") && inNamedBody && !inPlaceName);
            inNamedBody |= bodyWord;
            if (PLACE_WORDS.contains(lower) && !(lower.equals("thị") || lower.equals("thành"))) {
                inPlaceName = !(lower.equals("xã") && previous.equals("xã"));
            }
            out.add(written);
            previous = lower;
        }
        return String.join(" ", out);
    }

    private static final Set<String> PROPER_PAIRS = Set.of("chính phủ", "quốc hội", "việt nam", "nhà nước");

    private static boolean isAbbreviation(String w) {
        String bare = w.replaceAll("[,.;:]$", "");
        if (ABBREVIATIONS.contains(bare)) {
            return true;
        }
        // A word of capitals without a vowel cannot be a Vietnamese syllable: an abbreviation (HĐND, CTTĐ).
        String folded = Fold.fold(bare);
        return bare.length() >= 2 && folded.chars().allMatch(Character::isLetter)
                && folded.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static String capitalise(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
