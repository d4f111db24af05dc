package vn.vanthu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Merges the per-engine JSON files into one Markdown table (and one JSON beside it). Every cell
 * holds the value and its ratio to vanthu: in-process engines against vanthu embedded, servers
 * against vanthu over HTTP (like against like).
 *
 * <pre>java -cp ... vn.vanthu.bench.Report OUT.md OUT.json RESULT.json...</pre>
 */
public final class Report {
    private record Column(String title, Function<JsonNode, Double> value, String format) {
    }

    private static final List<String> ORDER = List.of("vanthu", "vanthu-given", "vanthu-http", "vanthu-http-baseline", "fts5", "postgres", "solr", "solr-cached", "opensearch");

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        Path md = Path.of(args[0]);
        Path json = Path.of(args[1]);
        Map<String, JsonNode> results = new LinkedHashMap<>();
        List<JsonNode> read = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (Files.isRegularFile(Path.of(args[i]))) {
                read.add(Corpus.JSON.readTree(Path.of(args[i]).toFile()));
            }
        }
        for (String key : ORDER) {
            read.stream().filter(n -> n.path("key").asText().equals(key)).findFirst().ifPresent(n -> results.put(key, n));
        }
        // A row ORDER does not name still gets its column, after the others.
        read.forEach(n -> results.putIfAbsent(n.path("key").asText(), n));
        List<Column> cols = List.of(
                new Column("build s", n -> d(n, "build_s"), "%.1f"),
                new Column("build MB/s", n -> d(n, "build_mb_s"), "%.2f"),
                new Column("build CPU s (engine + client)", n -> d(n, "build_cpu_s"), "%.1f"),
                new Column("index MB", n -> d(n, "index_mb"), "%.0f"),
                new Column("1 client p50 ms", n -> d(n.path("load").path("1"), "p50"), "%.2f"),
                new Column("p95 ms", n -> d(n.path("load").path("1"), "p95"), "%.2f"),
                new Column("p99 ms", n -> d(n.path("load").path("1"), "p99"), "%.2f"),
                new Column("topics p50/p99 ms", n -> kind(n, "topics", 0), "%.2f"),
                new Column("numbers p50 ms", n -> kind(n, "number", 0), "%.2f"),
                new Column("numbers p99 ms", n -> kind(n, "number", 2), "%.2f"),
                new Column("2 clients q/s", n -> d(n.path("load").path("2"), "qps"), "%.0f"),
                new Column("8 clients q/s", n -> d(n.path("load").path("8"), "qps"), "%.0f"),
                new Column("8 clients p99 ms", n -> d(n.path("load").path("8"), "p99"), "%.1f"),
                new Column("8 clients CPU ms/query (engine + client)", n -> d(n, "cpu_ms_per_query_8"), "%.2f"),
                new Column("8 clients server CPU ms/query", n -> d(n, "server_cpu_ms_per_query_8"), "%.2f"),
                new Column("32 clients q/s", n -> d(n.path("load").path("32"), "qps"), "%.0f"),
                new Column("32 clients p99 ms", n -> d(n.path("load").path("32"), "p99"), "%.1f"),
                new Column("cold start ms", n -> d(n, "cold_start_ms"), "%.0f"),
                new Column("peak memory MB", n -> d(n, "peak_rss_mb"), "%.0f"),
                new Column("numbers: 1st hit bears it", n -> d(n.path("quality"), "number_first_hit_bears_it"), "%.2f"),
                new Column("abbrev. answered", n -> d(n.path("quality"), "answered_abbreviation"), "%.2f"),
                new Column("ALQAC nDCG@10", n -> d(n, "ndcg10"), "%.3f"));

        StringBuilder out = new StringBuilder();
        JsonNode any = results.values().stream().findFirst().orElseThrow();
        out.append(String.format("%d documents, %.1f MB of text.%n%n", any.path("docs").asLong(), any.path("text_mb").asDouble()));
        // Transposed: one row per figure, one column per engine, so ratios read along a row.
        out.append("| figure |");
        results.values().forEach(n -> out.append(' ').append(n.path("engine").asText()).append(" |"));
        out.append("\n|---|");
        results.values().forEach(n -> out.append("---|"));
        out.append('\n');
        for (Column c : cols) {
            String title = c.title().equals("topics p50/p99 ms") ? "topics p50 ms" : c.title();
            out.append("| ").append(title).append(" |");
            for (Map.Entry<String, JsonNode> e : results.entrySet()) {
                out.append(' ').append(cell(c, e.getKey(), e.getValue(), results)).append(" |");
            }
            out.append('\n');
            if (c.title().equals("topics p50/p99 ms")) {
                Column p99 = new Column("topics p99 ms", n -> kind(n, "topics", 2), "%.2f");
                out.append("| topics p99 ms |");
                for (Map.Entry<String, JsonNode> e : results.entrySet()) {
                    out.append(' ').append(cell(p99, e.getKey(), e.getValue(), results)).append(" |");
                }
                out.append('\n');
            }
        }
        out.append('\n').append("load average during each run: ");
        List<String> loads = new ArrayList<>();
        results.values().forEach(n -> loads.add(n.path("engine").asText() + " " + n.path("loadavg").asText()));
        out.append(String.join("; ", loads)).append('\n');
        Files.writeString(md, out.toString(), StandardCharsets.UTF_8);
        Files.writeString(json, Corpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results), StandardCharsets.UTF_8);
        System.out.print(out);
    }

    private static String cell(Column c, String key, JsonNode n, Map<String, JsonNode> all) {
        Double v = c.value().apply(n);
        if (v == null || v.isNaN()) {
            return "–";
        }
        String text = String.format(c.format(), v);
        // In-process engines (FTS5, vanthu with given metadata) against vanthu embedded; servers against vanthu over HTTP.
        String refKey = key.equals("fts5") || key.equals("vanthu") || key.equals("vanthu-given") ? "vanthu" : "vanthu-http";
        JsonNode ref = all.get(refKey);
        if (ref == null || key.equals(refKey)) {
            return text;
        }
        Double rv = c.value().apply(ref);
        if ((rv == null || rv.isNaN()) && all.containsKey("vanthu")) {
            // The HTTP row served the embedded row's index: builds compare with that row's build.
            rv = c.value().apply(all.get("vanthu"));
        }
        if (rv == null || rv.isNaN() || rv == 0) {
            return text;
        }
        return text + String.format(" (%.2f×)", v / rv);
    }

    private static Double d(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }

    private static Double kind(JsonNode n, String kind, int i) {
        JsonNode v = n.path("load").path("1").path("byKind").path(kind);
        return v.isArray() && v.size() > i ? v.get(i).asDouble() : null;
    }
}
