package vn.vanthu.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.config.RankingParameters.Bm25;
import vn.vanthu.text.VietnameseFolding;

/**
 * Finds per-field BM25 parameters for {@code index-config/ranking.properties} on an eval split (the
 * ALQAC one): vanthu's text field is indexed once (k1 and b act at search time only), then a
 * coordinate search over each field's (k1, b) keeps what raises the mean nDCG@10 of the queries as
 * written and unaccented. It tunes on the even-numbered queries and reports the odd ones as held out,
 * so the figure it prints is not only the one it was fitted to.
 *
 * <p>Usage: {@code Bm25Tuning CORPUS.jsonl QUERIES.jsonl QRELS.tsv}
 */
public final class Bm25Tuning {
    private static final float[] K1 = {0.1f, 0.2f, 0.3f, 0.45f, 0.6f, 0.9f, 1.2f, 1.6f};
    private static final float[] B = {0.4f, 0.55f, 0.65f, 0.75f, 0.85f, 0.95f, 1.0f};

    public static void main(String[] args) throws Exception {
        EvalSet set = EvalSet.load(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        List<EvalSet.Query> tune = new ArrayList<>();
        List<EvalSet.Query> heldOut = new ArrayList<>();
        for (int i = 0; i < set.queries().size(); i++) {
            (i % 2 == 0 ? tune : heldOut).add(set.queries().get(i));
        }
        LuceneVariant variant = Variants.vanthu("tuning", RankingParameters.LUCENE_DEFAULTS,
                VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(variant.indexAnalyzer()))) {
            for (EvalSet.Doc d : set.docs()) {
                w.addDocument(variant.document(d.id(), d.text()));
            }
            w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            Tuner t = new Tuner(variant, new IndexSearcher(reader), set);
            RankingParameters best = new RankingParameters(new Bm25(0.3f, 0.85f), Map.of());
            double bestScore = t.score(best, tune);
            report("start (k1 0.3, b 0.85 everywhere)", t, best, tune, heldOut);
            report("Lucene defaults", t, RankingParameters.LUCENE_DEFAULTS, tune, heldOut);
            for (int round = 1; round <= 2; round++) {
                for (String field : List.of(Variants.TEXT)) {
                    for (float k1 : K1) {
                        for (float b : B) {
                            Map<String, Bm25> fields = new LinkedHashMap<>(best.fields());
                            fields.put(field, new Bm25(k1, b));
                            RankingParameters candidate = new RankingParameters(best.defaults(), fields);
                            double s = t.score(candidate, tune);
                            if (s > bestScore + 1e-4) {
                                bestScore = s;
                                best = candidate;
                            }
                        }
                    }
                    report("round " + round + ", " + field, t, best, tune, heldOut);
                }
            }
            System.out.println();
            System.out.println("k1 = " + best.defaults().k1());
            System.out.println("b = " + best.defaults().b());
            best.fields().forEach((f, p) -> System.out.println(f + ".k1 = " + p.k1() + "\n" + f + ".b = " + p.b()));
        }
    }

    private static void report(String step, Tuner t, RankingParameters p, List<EvalSet.Query> tune, List<EvalSet.Query> heldOut) throws Exception {
        System.out.printf(Locale.ROOT, "%-40s tune %.4f  held-out %.4f  all: accented %.4f unaccented %.4f  %s%n", step,
                t.score(p, tune), t.score(p, heldOut), t.ndcg(p, t.set.queries(), false), t.ndcg(p, t.set.queries(), true), p.fields());
    }

    private record Tuner(LuceneVariant variant, IndexSearcher searcher, EvalSet set) {
        /** Mean of accented and unaccented nDCG@10. */
        double score(RankingParameters p, List<EvalSet.Query> queries) throws Exception {
            return (ndcg(p, queries, false) + ndcg(p, queries, true)) / 2;
        }

        double ndcg(RankingParameters p, List<EvalSet.Query> queries, boolean strip) throws Exception {
            searcher.setSimilarity(new EvalSimilarity(p));
            double sum = 0;
            for (EvalSet.Query q : queries) {
                String text = strip ? VietnameseFolding.stripDiacritics(q.text()) : q.text();
                Query query = variant.query(text);
                List<String> ranked = new ArrayList<>();
                if (query != null) {
                    for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
                        ranked.add(searcher.storedFields().document(sd.doc).get("id"));
                    }
                }
                sum += RetrievalMetrics.ndcg(ranked, set.judged(q.id()), 10);
            }
            return sum / Math.max(1, queries.size());
        }
    }
}
