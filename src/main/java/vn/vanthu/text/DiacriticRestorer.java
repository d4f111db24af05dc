package vn.vanthu.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongBiFunction;

/**
 * "Did you mean": restores the diacritics of a query typed without them from an index's own
 * vocabulary ("hoi dong nhan dan" → "hội đồng nhân dân"). Each word may become any syllable of the
 * vocabulary that folds to it; the chosen sequence is the one with the best syllable-pair counts
 * (Viterbi over the bigram counts, falling back on single-syllable counts).
 */
public final class DiacriticRestorer {
    private final Map<String, List<String>> byFolded = new HashMap<>();
    private final Map<String, Long> unigrams;
    private final ToLongBiFunction<String, String> pairCount;

    /**
     * @param unigrams syllable → frequency (for example the terms of the exact field)
     * @param bigrams  "syllable syllable" → frequency (for example the exact bigram field); may be empty
     */
    public DiacriticRestorer(Map<String, Long> unigrams, Map<String, Long> bigrams) {
        this(unigrams, pairsOf(Map.copyOf(bigrams)));
    }

    /**
     * @param unigrams  syllable → frequency (for example the terms of the exact field)
     * @param pairCount how often one syllable follows another (for example a phrase count in the index)
     */
    public DiacriticRestorer(Map<String, Long> unigrams, ToLongBiFunction<String, String> pairCount) {
        this.unigrams = Map.copyOf(unigrams);
        this.pairCount = pairCount;
        for (String s : unigrams.keySet()) {
            byFolded.computeIfAbsent(VietnameseFolding.fold(s), k -> new ArrayList<>()).add(s);
        }
    }

    private static ToLongBiFunction<String, String> pairsOf(Map<String, Long> bigrams) {
        return (a, b) -> bigrams.getOrDefault(a + " " + b, 0L);
    }

    /** The restored query, if it differs from the folded query (else there is nothing to suggest). */
    public Optional<String> suggest(String query) {
        String[] words = VietnameseFolding.fold(query).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        int n = words.length;
        List<List<String>> cands = new ArrayList<>();
        for (String w : words) {
            List<String> c = byFolded.getOrDefault(w, List.of());
            cands.add(c.isEmpty() ? List.of(w) : c);
        }
        // Viterbi: best[i][j] = best log score of words[0..i] ending with candidate j.
        double[][] best = new double[n][];
        int[][] back = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> ci = cands.get(i);
            best[i] = new double[ci.size()];
            back[i] = new int[ci.size()];
            for (int j = 0; j < ci.size(); j++) {
                double uni = Math.log(1 + unigrams.getOrDefault(ci.get(j), 0L));
                if (i == 0) {
                    best[i][j] = uni;
                    continue;
                }
                best[i][j] = Double.NEGATIVE_INFINITY;
                List<String> prev = cands.get(i - 1);
                for (int k = 0; k < prev.size(); k++) {
                    long pair = pairCount.applyAsLong(prev.get(k), ci.get(j));
                    double s = best[i - 1][k] + uni + 3 * Math.log(1 + pair);
                    if (s > best[i][j]) {
                        best[i][j] = s;
                        back[i][j] = k;
                    }
                }
            }
        }
        int j = 0;
        for (int k = 1; k < best[n - 1].length; k++) {
            if (best[n - 1][k] > best[n - 1][j]) {
                j = k;
            }
        }
        String[] out = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = cands.get(i).get(j);
            j = back[i][j];
        }
        String restored = String.join(" ", out);
        return restored.equals(String.join(" ", words).toLowerCase(Locale.ROOT))
                ? Optional.empty() : Optional.of(restored);
    }
}
