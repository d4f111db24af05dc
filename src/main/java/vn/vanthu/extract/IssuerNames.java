package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an issuing body's name from the capitals of a header the way it is written in running
 * text: "HĐND HUYỆN KHOA" → "HĐND huyện Khoa", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" → "Ủy ban nhân
 * dân tỉnh Bình Dương", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông".
 * Abbreviations stay in capitals; place names after a place word and the first word of a
 * specialised body's name are capitalised; the rest is lower case.
 */
final class IssuerNames {
    // Compiled once (these ran as String.replaceAll, compiling a pattern per call).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]$");

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
        String[] words = WHITESPACE.matcher(capitals.strip()).replaceAll(" ").split(" ");
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
            // A dash inside a body's name starts another part of it ("Ban Kinh tế - Xã hội").
            capitaliseNext |= inNamedBody && (lower.equals("-") || lower.equals("–"));
            // "xã hội" (society) is no commune.
            boolean society = lower.equals("xã") && i + 1 < words.length && words[i + 1].toLowerCase(Locale.ROOT).equals("hội");
            if (PLACE_WORDS.contains(lower) && !(lower.equals("thị") || lower.equals("thành")) && !society) {
                inPlaceName = !(lower.equals("xã") && previous.equals("xã"));
            }
            out.add(written);
            previous = lower;
        }
        return abbreviated(String.join(" ", out));
    }

    private static final Pattern COUNCIL = Pattern.compile("(?iu)(?<!\\p{L})hội đồng nhân dân(?!\\p{L})");
    private static final Pattern COMMITTEE = Pattern.compile("(?iu)(?<!\\p{L})[uủ][yỷ] ban nhân dân(?!\\p{L})");

    /** Councils and people's committees are written HĐND and UBND, as the documents' own text names them. */
    private static String abbreviated(String name) {
        return COMMITTEE.matcher(COUNCIL.matcher(name).replaceAll("HĐND")).replaceAll("UBND");
    }

    /**
     * A council's own bodies are named with the council: "THƯỜNG TRỰC" under "HĐND HUYỆN KHOA" is
     * "Thường trực HĐND huyện Khoa", likewise its Ban and Tổ đại biểu. Other bodies keep their
     * own name ("Sở Thông tin và Truyền thông" under "UBND tỉnh Phú Thọ").
     */
    static String underParent(String issuer, Optional<String> parent) {
        if (parent.isPresent() && parent.get().startsWith("HĐND ") && !issuer.contains("HĐND")) {
            return issuer + " " + parent.get();
        }
        return issuer;
    }

    /**
     * The issuer's capitals with the marks of the same words where {@code reference} writes them:
     * "BAN CHÍ ĐẠO CAI CÁCH HÀNH CHÍNH CỦA CHÍNH PHÙ" (OCR) against a summary ending "… của Ban Chỉ đạo
     * cải cách hành chính của Chính phủ" gives "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ". The words
     * must be the same once marks and case are dropped, whole words in the reference, at least four
     * of them; the case stays the issuer's. A place name keeps the header's marks: "HĐND HUYỆN KHOA"
     * is not the "HĐND huyện khóa XI" of a summary. Otherwise the issuer is returned as it is.
     */
    static String respelled(String issuer, String reference) {
        String name = WHITESPACE.matcher(issuer.strip()).replaceAll(" ");
        if (reference.length() < name.length() || name.isEmpty() || name.split(" ").length < 4) {
            return issuer;
        }
        int place = placeNameStart(name);
        String foldedName = Fold.fold(name);
        String foldedRef = Fold.fold(reference);
        for (int at = foldedRef.indexOf(foldedName); at >= 0; at = foldedRef.indexOf(foldedName, at + 1)) {
            int end = at + name.length();
            boolean wholeWords = (at == 0 || !Character.isLetterOrDigit(reference.charAt(at - 1)))
                    && (end == reference.length() || !Character.isLetterOrDigit(reference.charAt(end)));
            if (!wholeWords) {
                continue;
            }
            StringBuilder sb = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char own = name.charAt(i);
                char ref = reference.charAt(at + i);
                if (i >= place && Character.toLowerCase(own) != Character.toLowerCase(ref)) {
                    return issuer;
                }
                sb.append(Character.isUpperCase(own) ? Character.toUpperCase(ref)
                        : Character.isLowerCase(own) ? Character.toLowerCase(ref) : own);
            }
            return sb.toString();
        }
        return issuer;
    }

    /** Where the first place word of a name starts ("HUYỆN" in "HĐND HUYỆN KHOA"), or its length. */
    private static int placeNameStart(String name) {
        int at = 0;
        for (String w : name.split(" ")) {
            if (PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return at;
            }
            at += w.length() + 1;
        }
        return name.length();
    }

    private static final Set<String> PROPER_PAIRS = Set.of("chính phủ", "quốc hội", "việt nam", "nhà nước");

    private static boolean isAbbreviation(String w) {
        String bare = TRAILING_PUNCTUATION.matcher(w).replaceAll("");
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
