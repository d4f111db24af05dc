package vn.vanthu.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Formats evaluation rows as a plain-text table or as JSON. */
public final class EvalReport {
    private EvalReport() {
    }

    public static String table(List<EvalRunner.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-11s %8s %8s %8s %8s %7s%n",
                "variant", "queries", "nDCG@10", "MRR@10", "R@10", "R@100", "n"));
        for (EvalRunner.Row r : rows) {
            Scores s = r.scores();
            sb.append(String.format(Locale.ROOT, "%-24s %-11s %8.4f %8.4f %8.4f %8.4f %7d%n",
                    r.variant(), r.querySet().name().toLowerCase(Locale.ROOT),
                    s.ndcg10(), s.mrr10(), s.recall10(), s.recall100(), s.queries()));
        }
        return sb.toString();
    }

    public static String json(List<EvalRunner.Row> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode arr = mapper.createArrayNode();
        for (EvalRunner.Row r : rows) {
            ObjectNode o = arr.addObject();
            o.put("variant", r.variant());
            o.put("queries", r.querySet().name().toLowerCase(Locale.ROOT));
            o.put("ndcg@10", r.scores().ndcg10());
            o.put("mrr@10", r.scores().mrr10());
            o.put("recall@10", r.scores().recall10());
            o.put("recall@100", r.scores().recall100());
            o.put("n", r.scores().queries());
        }
        ObjectNode root = mapper.createObjectNode();
        root.set("results", arr);
        return root.toPrettyString();
    }
}
