package vn.vanthu.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries staff type over an archive, each with the files they want (judged by file name, so it
 * holds for any archive of the same files whatever its ids). A TSV: {@code query_id, query,
 * relevant}, relevant being {@code FILE=GRADE} items separated by spaces; {@code #} lines are comments.
 */
public record JudgedQueries(List<Judged> queries) {

    /** One query and its graded judgements (file name → grade above 0). */
    public record Judged(String id, String query, Map<String, Integer> relevant) {
        public Judged {
            relevant = Map.copyOf(relevant);
        }
    }

    /** How the archive answered one query. */
    public record Outcome(Judged query, List<String> top10, double ndcg10, double recall10) {
        /** The judged files the top 10 misses. */
        public List<String> missing() {
            return query.relevant().keySet().stream().filter(f -> !top10.contains(f)).sorted().toList();
        }
    }

    /** Every query's outcome and their means. */
    public record Result(List<Outcome> outcomes) {
        public double ndcg10() {
            return outcomes.stream().mapToDouble(Outcome::ndcg10).average().orElse(0);
        }

        public double recall10() {
            return outcomes.stream().mapToDouble(Outcome::recall10).average().orElse(0);
        }
    }

    /** Ranked file names for a query (the archive's own search, for instance). */
    @FunctionalInterface
    public interface Search {
        List<String> top10(String query);
    }

    public JudgedQueries {
        queries = List.copyOf(queries);
    }

    public static JudgedQueries load(Path tsv) throws IOException {
        return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException naming the line that is malformed */
    public static JudgedQueries parse(List<String> lines) {
        List<Judged> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("query_id\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("expected query_id, query and relevant separated by tabs: " + line);
            }
            Map<String, Integer> relevant = new LinkedHashMap<>();
            for (String item : cols[2].strip().split(" +")) {
                int eq = item.lastIndexOf('=');
                try {
                    int grade = eq < 0 ? 1 : Integer.parseInt(item.substring(eq + 1));
                    if (grade < 1) {
                        throw new NumberFormatException();
                    }
                    relevant.put(eq < 0 ? item : item.substring(0, eq), grade);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the grade must be a whole number of 1 or more: " + item, e);
                }
            }
            out.add(new Judged(cols[0].strip(), cols[1].strip(), relevant));
        }
        return new JudgedQueries(out);
    }

    /** Runs every query through {@code search} and scores its top 10. */
    public Result run(Search search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Judged q : queries) {
            List<String> top = search.top10(q.query());
            top = top.size() > 10 ? List.copyOf(top.subList(0, 10)) : List.copyOf(top);
            outcomes.add(new Outcome(q, top, RetrievalMetrics.ndcg(top, q.relevant(), 10), RetrievalMetrics.recall(top, q.relevant(), 10)));
        }
        return new Result(outcomes);
    }
}
