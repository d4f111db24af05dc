package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vanthu.eval.EvalReport;
import vn.vanthu.eval.EvalRunner;
import vn.vanthu.eval.EvalSet;
import vn.vanthu.eval.Variants;

/** {@code vanthu eval}: retrieval quality of the analysis variants side by side. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure nDCG@10, MRR@10, Recall@10 and Recall@100 of the analysis variants "
                + "(StandardAnalyzer, ICU folding, vanthu) on a judged query set, with the queries as "
                + "written and stripped of diacritics.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "JSONL with doc_id and text")
    Path corpus;

    @Option(names = "--queries", required = true, description = "JSONL with query_id and text")
    Path queries;

    @Option(names = "--qrels", required = true, description = "TSV: query_id, doc_id, relevance (with header)")
    Path qrels;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EvalSet set = EvalSet.load(corpus, queries, qrels);
        List<EvalRunner.Row> rows = EvalRunner.run(set, Variants.all());
        System.out.print(json ? EvalReport.json(rows) + System.lineSeparator() : EvalReport.table(rows));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
