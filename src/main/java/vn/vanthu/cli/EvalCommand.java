package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;
import vn.vanthu.eval.EvalReport;
import vn.vanthu.eval.EvalRunner;
import vn.vanthu.eval.EvalSet;
import vn.vanthu.eval.JudgedQueries;
import vn.vanthu.eval.RankingVariant;
import vn.vanthu.eval.Variants;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;

/** {@code vanthu eval}: retrieval quality of the analysis variants side by side, or of an archive's own search. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure nDCG@10, MRR@10, Recall@10 and Recall@100 of the analysis variants "
                + "(StandardAnalyzer, ICU folding, vanthu) on a judged query set, with the queries as "
                + "written and stripped of diacritics (--corpus, --queries, --qrels).",
                "With --judged FILE: nDCG@10 and Recall@10 of the archive's own search (--data) on queries judged by "
                + "file name, with Lucene's default BM25 and with ranking.properties, and the queries that miss."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--corpus", description = "JSONL with doc_id and text")
    Path corpus;

    @Option(names = "--queries", description = "JSONL with query_id and text")
    Path queries;

    @Option(names = "--qrels", description = "TSV: query_id, doc_id, relevance (with header)")
    Path qrels;

    @Option(names = "--ranking", description = "also vanthu's chain with Lucene's default BM25 and with ranking.properties (before/after tuning)")
    boolean ranking;

    @Option(names = "--judged", paramLabel = "FILE", description = "TSV of queries judged by file name (src/test/resources/judged/sample-queries.tsv)")
    Path judged;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (judged != null) {
            return judged();
        }
        if (corpus == null || queries == null || qrels == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give --corpus, --queries and --qrels, or --judged FILE");
        }
        EvalSet set = EvalSet.load(corpus, queries, qrels);
        List<RankingVariant> variants = new ArrayList<>(Variants.all());
        if (ranking) {
            variants.addAll(Variants.rankingBeforeAfter(data.config()));
        }
        List<EvalRunner.Row> rows = EvalRunner.run(set, variants);
        System.out.print(json ? EvalReport.json(rows) + System.lineSeparator() : EvalReport.table(rows));
        return 0;
    }

    /** The archive's search, reopened with each ranking (BM25 acts at search time: no reindex between them). */
    private int judged() throws Exception {
        JudgedQueries set = JudgedQueries.load(judged);
        IndexConfig config = data.config();
        System.out.println("| ranking | queries | nDCG@10 | Recall@10 |");
        System.out.println("|---|---:|---:|---:|");
        JudgedQueries.Result last = null;
        for (RankingParameters r : List.of(RankingParameters.LUCENE_DEFAULTS, config.ranking())) {
            try (Archive archive = Archive.open(data.dataDir(), config.withRanking(r))) {
                last = set.run(q -> top10(archive, q));
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f |%n", r == RankingParameters.LUCENE_DEFAULTS
                    ? "Lucene BM25 defaults (k1 1.2, b 0.75)" : RankingParameters.TABLE, last.outcomes().size(), last.ndcg10(), last.recall10());
        }
        System.out.println();
        System.out.println("Below nDCG@10 0.9 with " + RankingParameters.TABLE + ":");
        for (JudgedQueries.Outcome o : last.outcomes()) {
            if (o.ndcg10() < 0.9) {
                System.out.printf(Locale.ROOT, "  %s %.3f  %s  missing %s; got %s%n", o.query().id(), o.ndcg10(), o.query().query(), o.missing(), o.top10());
            }
        }
        return 0;
    }

    static List<String> top10(Archive archive, String query) {
        List<String> files = new ArrayList<>();
        for (SearchHit h : archive.search(SearchRequest.of(query)).hits()) {
            archive.document(h.id()).ifPresent(d -> files.add(d.filename()));
        }
        return files;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
