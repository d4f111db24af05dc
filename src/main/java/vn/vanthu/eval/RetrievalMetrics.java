package vn.vanthu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Standard ranking metrics over one ranked list and its graded judgements. */
public final class RetrievalMetrics {
    private RetrievalMetrics() {
    }

    /** nDCG@k with gain {@code 2^rel - 1} and log2 discount; 0 when nothing is judged relevant. */
    public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judged.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first relevant result within the top k, else 0. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (judged.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the relevant documents found in the top k. */
    public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
        long relevant = judged.values().stream().filter(r -> r > 0).count();
        if (relevant == 0) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (judged.getOrDefault(ranked.get(i), 0) > 0) {
                found++;
            }
        }
        return (double) found / relevant;
    }

    private static double gain(int rel) {
        return Math.pow(2, rel) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
