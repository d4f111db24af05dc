package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases that set two sets of texts apart: syllable bigrams ("tiếp xúc", "dự toán") scored
 * with Dunning's log-likelihood ratio G² (Dunning 1993), which stays sound for the small counts of
 * a few dozen documents where chi-squared does not. A bigram is distinctive to a side when it is
 * relatively more frequent there and G² ≥ {@value #SIGNIFICANT} (p &lt; 0.001, one degree of
 * freedom); shared when frequent on both sides and G² &lt; {@value #SIMILAR} (p &gt; 0.05).
 */
final class DistinctiveTerms {
    static final double SIGNIFICANT = 10.83;
    static final double SIMILAR = 3.84;
    private static final int MIN_COUNT = 3;
    // "thứ hai" against "thứ ba" says only which session it is: leave out the words that name one.
    private static final Set<String> SESSION_NAMING = Set.of("thứ", "nhất", "hai", "ba", "tư", "bốn", "năm", "sáu",
            "bảy", "tám", "chín", "mười", "khóa", "khoá");

    /** Bigram counts over a side's texts, each given as its sentences. */
    static Map<String, Integer> count(List<List<String>> texts) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> text : texts) {
            for (String sentence : text) {
                // Words of one sentence only: a bigram across a full stop is no phrase.
                List<String> s = PlainText.syllables(sentence);
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (SESSION_NAMING.contains(s.get(i)) || SESSION_NAMING.contains(s.get(i + 1))) {
                        continue;
                    }
                    out.merge(s.get(i) + " " + s.get(i + 1), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** G² for a bigram seen a times in A (of totalA bigrams) and b times in B (of totalB). */
    static double logLikelihood(long a, long b, long totalA, long totalB) {
        double e1 = totalA * (double) (a + b) / (totalA + totalB);
        double e2 = totalB * (double) (a + b) / (totalA + totalB);
        return 2 * (term(a, e1) + term(b, e2));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    /** The result: distinctive to A, distinctive to B, shared; each best first, at most {@code limit}. */
    record Result(List<Term> onlyA, List<Term> onlyB, List<Term> shared) {
    }

    static Result compare(Map<String, Integer> a, Map<String, Integer> b, int limit) {
        long totalA = Math.max(1, a.values().stream().mapToLong(Integer::longValue).sum());
        long totalB = Math.max(1, b.values().stream().mapToLong(Integer::longValue).sum());
        Set<String> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        List<Term> onlyA = new ArrayList<>();
        List<Term> onlyB = new ArrayList<>();
        List<Term> shared = new ArrayList<>();
        for (String bigram : all) {
            int ca = a.getOrDefault(bigram, 0);
            int cb = b.getOrDefault(bigram, 0);
            if (ca + cb < MIN_COUNT) {
                continue;
            }
            double g2 = logLikelihood(ca, cb, totalA, totalB);
            Term t = new Term(bigram, ca, cb, Math.round(g2 * 100) / 100.0);
            boolean moreInA = ca / (double) totalA > cb / (double) totalB;
            if (g2 >= SIGNIFICANT) {
                (moreInA ? onlyA : onlyB).add(t);
            } else if (g2 < SIMILAR && ca >= MIN_COUNT && cb >= MIN_COUNT) {
                shared.add(t);
            }
        }
        Comparator<Term> byScore = Comparator.comparingDouble(Term::logLikelihood).reversed().thenComparing(Term::phrase);
        onlyA.sort(byScore);
        onlyB.sort(byScore);
        shared.sort(Comparator.comparingInt((Term t) -> Math.min(t.countA(), t.countB())).reversed().thenComparing(Term::phrase));
        return new Result(head(onlyA, limit), head(onlyB, limit), head(shared, limit));
    }

    private static List<Term> head(List<Term> l, int n) {
        return List.copyOf(l.subList(0, Math.min(n, l.size())));
    }
}
