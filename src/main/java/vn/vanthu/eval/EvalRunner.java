package vn.vanthu.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanthu.text.VietnameseFolding;

/**
 * Runs each variant over a test set, once with the queries as written and once with every query
 * stripped of its diacritics, and averages the metrics.
 */
public final class EvalRunner {
    /** The two query sets of every run. */
    public enum QuerySet {
        ACCENTED, UNACCENTED
    }

    /** The scores of one variant on one query set. */
    public record Row(String variant, QuerySet querySet, Scores scores) {
    }

    private EvalRunner() {
    }

    public static List<Row> run(EvalSet set, List<RankingVariant> variants) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (RankingVariant v : variants) {
            try (RankingVariant.Ranker ranker = v.index(set.docs())) {
                rows.add(new Row(v.name(), QuerySet.ACCENTED, score(set, ranker, false)));
                rows.add(new Row(v.name(), QuerySet.UNACCENTED, score(set, ranker, true)));
            }
        }
        return rows;
    }

    static Scores score(EvalSet set, RankingVariant.Ranker ranker, boolean stripDiacritics) throws IOException {
        double ndcg = 0;
        double mrr = 0;
        double r10 = 0;
        double r100 = 0;
        for (EvalSet.Query q : set.queries()) {
            String text = stripDiacritics ? VietnameseFolding.stripDiacritics(q.text()) : q.text();
            List<String> ranked = ranker.search(text, 100);
            Map<String, Integer> judged = set.judged(q.id());
            ndcg += RetrievalMetrics.ndcg(ranked, judged, 10);
            mrr += RetrievalMetrics.reciprocalRank(ranked, judged, 10);
            r10 += RetrievalMetrics.recall(ranked, judged, 10);
            r100 += RetrievalMetrics.recall(ranked, judged, 100);
        }
        int n = Math.max(1, set.queries().size());
        return new Scores(ndcg / n, mrr / n, r10 / n, r100 / n, set.queries().size());
    }
}
