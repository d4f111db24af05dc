package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentType;

/**
 * Finds the documents that play the same role in each set: the two plans preparing the session,
 * the two lessons-learned reports, the two budget review reports. Two documents of the same type
 * pair when their titles, without what names the session (ordinals, "kỳ họp", "khóa", years),
 * share most words (Dice ≥ {@value #SIMILAR}); best matches first. Of what is left, two documents
 * pair when each is the only one of its type and issuer on its side (the one Tờ trình of UBND).
 */
final class DocumentPairing {
    static final double SIMILAR = 0.6;
    private static final Set<String> SESSION_WORDS = Set.of("kỳ", "họp", "thứ", "lần", "khóa", "khoá", "nhiệm",
            "nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "một", "i", "v", "x", "xi", "vi",
            "ii", "iii", "iv", "vii", "viii", "ix", "xii", "xiii");

    /** A pair with how it was found. */
    record Match(ArchivedDocument a, ArchivedDocument b, double similarity, String basis) {
    }

    private DocumentPairing() {
    }

    static List<Match> pair(List<ArchivedDocument> sideA, List<ArchivedDocument> sideB) {
        List<Match> candidates = new ArrayList<>();
        java.util.Map<Long, Set<String>> words = new java.util.HashMap<>();
        sideA.forEach(d -> words.computeIfAbsent(d.id(), k -> roleWords(d.displayTitle())));
        sideB.forEach(d -> words.computeIfAbsent(d.id(), k -> roleWords(d.displayTitle())));
        for (ArchivedDocument a : sideA) {
            for (ArchivedDocument b : sideB) {
                if (a.id() != b.id() && sameType(a, b)) {
                    double s = dice(words.get(a.id()), words.get(b.id()));
                    if (s >= SIMILAR) {
                        candidates.add(new Match(a, b, s, "trích yếu tương tự"));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparingLong(m -> m.a().id()).thenComparingLong(m -> m.b().id()));
        Set<Long> used = new HashSet<>();
        List<Match> out = new ArrayList<>();
        for (Match m : candidates) {
            if (!used.contains(m.a().id()) && !used.contains(m.b().id())) {
                out.add(m);
                used.add(m.a().id());
                used.add(m.b().id());
            }
        }
        List<ArchivedDocument> leftA = sideA.stream().filter(d -> !used.contains(d.id())).toList();
        List<ArchivedDocument> leftB = sideB.stream().filter(d -> !used.contains(d.id())).toList();
        for (ArchivedDocument a : leftA) {
            List<ArchivedDocument> sameA = leftA.stream().filter(o -> sameRole(o, a)).toList();
            List<ArchivedDocument> sameB = leftB.stream().filter(o -> sameRole(o, a)).toList();
            if (sameA.size() == 1 && sameB.size() == 1 && a.metadata().type().isPresent() && a.metadata().issuer().isPresent()) {
                ArchivedDocument b = sameB.get(0);
                out.add(new Match(a, b, Math.round(titleSimilarity(a.displayTitle(), b.displayTitle()) * 100) / 100.0,
                        "văn bản duy nhất cùng loại, cùng cơ quan ban hành"));
            }
        }
        out.sort(Comparator.comparing((Match m) -> m.a().metadata().issued().map(Object::toString).orElse("9999"))
                .thenComparingLong(m -> m.a().id()));
        return out;
    }

    private static boolean sameType(ArchivedDocument a, ArchivedDocument b) {
        return a.metadata().type().map(DocumentType::code).equals(b.metadata().type().map(DocumentType::code));
    }

    private static boolean sameRole(ArchivedDocument x, ArchivedDocument y) {
        return sameType(x, y) && Objects.equals(x.metadata().issuer().orElse(null), y.metadata().issuer().orElse(null));
    }

    /** Dice on title syllables, leaving out the words that name a session and numbers. */
    static double titleSimilarity(String x, String y) {
        return dice(roleWords(x), roleWords(y));
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> roleWords(String title) {
        Set<String> out = new HashSet<>();
        // The seed writes "Hội đồng nhân dân" where others write "HĐND": compare the words, not the spelling.
        String spelled = title.replaceAll("(?iu)(?<!\\p{L})HĐND(?!\\p{L})", "hội đồng nhân dân")
                .replaceAll("(?iu)(?<!\\p{L})UBND(?!\\p{L})", "ủy ban nhân dân");
        for (String s : PlainText.syllables(spelled)) {
            if (!SESSION_WORDS.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
