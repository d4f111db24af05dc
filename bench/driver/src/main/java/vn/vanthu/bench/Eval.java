package vn.vanthu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The ALQAC retrieval set (../shared/corpus/eval/alqac): articles, questions, judgements; nDCG@10. */
final class Eval {
    record Question(String id, String text) {
    }

    final List<Corpus.Doc> articles = new ArrayList<>();
    final List<Question> questions = new ArrayList<>();
    final Map<String, Set<String>> relevant = new HashMap<>();

    static Eval load(Path dir) throws IOException {
        Eval e = new Eval();
        for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Corpus.JSON.readTree(line);
            String text = n.get("text").asText();
            String title = text.lines().findFirst().orElse("");
            e.articles.add(new Corpus.Doc(n.get("doc_id").asText(), "", "", "", "", "", 0, "", title, text));
        }
        for (String line : Files.readAllLines(dir.resolve("qrels.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3 && !f[0].equals("query_id") && Integer.parseInt(f[2].trim()) > 0) {
                e.relevant.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
            }
        }
        for (String line : Files.readAllLines(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Corpus.JSON.readTree(line);
            String id = n.get("query_id").asText();
            if (e.relevant.containsKey(id)) {
                e.questions.add(new Question(id, n.get("text").asText()));
            }
        }
        return e;
    }

    /** Binary-relevance nDCG@10 of one ranking. */
    double ndcg10(String questionId, List<String> ranking) {
        Set<String> rel = relevant.getOrDefault(questionId, Set.of());
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            if (rel.contains(ranking.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, rel.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
