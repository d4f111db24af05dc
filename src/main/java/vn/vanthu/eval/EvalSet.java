package vn.vanthu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval test set in the shapes of {@code corpus/eval/alqac/}: {@code corpus.jsonl} lines with
 * {@code doc_id} and {@code text}, {@code queries.jsonl} lines with {@code query_id} and {@code text},
 * and {@code qrels.tsv} with a header and {@code query_id, doc_id, relevance} columns.
 * Queries without any judgement are left out.
 */
public record EvalSet(List<Doc> docs, List<Query> queries, Map<String, Map<String, Integer>> qrels) {

    public record Doc(String id, String text) {
    }

    public record Query(String id, String text) {
        public Query withText(String newText) {
            return new Query(id, newText);
        }
    }

    public EvalSet {
        docs = List.copyOf(docs);
        queries = List.copyOf(queries);
        qrels = Map.copyOf(qrels);
    }

    /** The graded judgements of one query (doc id → relevance above 0). */
    public Map<String, Integer> judged(String queryId) {
        return qrels.getOrDefault(queryId, Map.of());
    }

    public static EvalSet load(Path corpus, Path queries, Path qrels) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (JsonNode n : readJsonLines(json, corpus)) {
            docs.add(new Doc(n.get("doc_id").asText(), n.get("text").asText()));
        }
        Map<String, Map<String, Integer>> judged = readQrels(qrels);
        List<Query> qs = new ArrayList<>();
        for (JsonNode n : readJsonLines(json, queries)) {
            String id = n.get("query_id").asText();
            if (judged.containsKey(id)) {
                qs.add(new Query(id, n.get("text").asText()));
            }
        }
        return new EvalSet(docs, qs, judged);
    }

    private static List<JsonNode> readJsonLines(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("query_id")) {
                continue;
            }
            int rel = Integer.parseInt(cols[2].strip());
            if (rel > 0) {
                out.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], rel);
            }
        }
        return out;
    }
}
