package vn.vanthu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Solr 9.10.1 over HTTP (its own JVM, see bench/solr-server): ICU-folding schema, edismax over
 * title^2 and body; every word must match (q.op=AND); filters as fq. Loaded by JSON batches from
 * {@link #LOADERS} client threads, then one hard commit; the ALQAC articles from one (see {@link #loaders}).
 */
final class SolrEngine implements Engine {
    static final int LOADERS = 2;
    private final Path dir;
    private final List<String> classpath;
    private final boolean resultCaches;
    private final HttpJson http = new HttpJson();
    private ServerProcess server;
    private String base;

    /**
     * {@code resultCaches}: Solr's queryResultCache and documentCache on (its shipped defaults). Off in
     * the "solr" row: the load cycles through the same few hundred queries, so with them on every query
     * after the first round is answered from the cache, and the row would measure the cache, not a search.
     * The filter cache stays on in both (filters repeat in a real office too, and vanthu's Lucene caches them).
     */
    SolrEngine(Path dir, List<String> classpath, boolean resultCaches) {
        this.dir = dir;
        this.classpath = classpath;
        this.resultCaches = resultCaches;
    }

    @Override
    public String name() {
        return resultCaches ? "Solr 9.10.1 (ICU folding, result caches)" : "Solr 9.10.1 (ICU folding)";
    }

    @Override
    public void start() throws Exception {
        Files2.delete(dir.resolve("solr"));
        launch();
    }

    private void launch() throws Exception {
        server = ServerProcess.start(List.of(Files2.javaBin(), "-Xms1g", "-Xmx1g",
                        "-Dbench.result.caches=" + resultCaches, "-cp", String.join(":", classpath),
                        "vn.vanthu.bench.SolrServer", dir.resolve("solr").toString()),
                dir.resolve("solr-server.log"), l -> l.startsWith("READY "), 600);
        base = server.readyLine.substring("READY ".length()).strip();
    }

    /**
     * Client threads that load a collection: {@link #LOADERS} for the corpus (the timed build), one for
     * the ALQAC articles. ALQAC holds identical copies of judged articles whose scores tie; ties fall to
     * Lucene's document order, which batches sent in parallel make different in every run. Batches sent
     * one after another fill one segment (far below the RAM buffer) in file order.
     */
    static int loaders(String collection) {
        return collection.equals(EVAL) ? 1 : LOADERS;
    }

    @Override
    public void load(String collection, Iterable<Corpus.Doc> docs) throws Exception {
        String url = base + "/" + collection + "/update";
        int loaders = loaders(collection);
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        List<Future<?>> pending = new ArrayList<>();
        Engine.batches(docs, 500, batch -> {
            List<Map<String, Object>> json = new ArrayList<>();
            for (Corpus.Doc d : batch) {
                json.add(Map.of("id", d.id(), "type", d.type(), "year", d.year(), "title", d.title(), "body", d.text()));
            }
            pending.add(pool.submit(() -> http.send("POST", url, "application/json", Corpus.JSON.writeValueAsString(json))));
            drain(pending, loaders * 2);
        });
        drain(pending, 0);
        pool.shutdown();
        http.send("POST", url + "?commit=true", "application/json", "[]");
    }

    static void drain(List<Future<?>> pending, int keep) {
        while (pending.size() > keep) {
            try {
                pending.remove(0).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lucene syntax escaped, except quotes; a number or a date becomes a phrase. */
    static String escape(String q) {
        String s = q.contains("/") && !q.startsWith("\"") ? "\"" + q + "\"" : q;
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\+-!():^[]{}~*?|&/".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public List<String> search(Corpus.Query q, int k) throws Exception {
        StringBuilder url = new StringBuilder(base).append("/docs/select?defType=edismax&qf=title%5E2+body&q.op=AND&fl=id,title&rows=")
                .append(k)
                // A results page, as vanthu's API answers it: the title and two passages of the body with the words marked.
                .append("&hl=true&hl.fl=body&hl.snippets=").append(Engine.PASSAGES).append("&hl.fragsize=").append(Engine.PASSAGE_CHARS).append("&q=").append(HttpJson.enc(escape(q.q())));
        q.type().ifPresent(t -> url.append("&fq=").append(HttpJson.enc("type:\"" + t + "\"")));
        q.year().ifPresent(y -> url.append("&fq=").append(HttpJson.enc("year:" + y)));
        return ids(http.get(url.toString()));
    }

    private static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.path("response").path("docs").forEach(d -> out.add(d.get("id").asText()));
        return out;
    }

    @Override
    public List<String> searchEval(String question, int k) throws Exception {
        String q = question.replace("\"", " ");
        return ids(http.get(base + "/eval/select?defType=edismax&qf=title%5E2+body&q.op=OR&fl=id&rows=" + k
                + "&q=" + HttpJson.enc(escape(q.replace("/", " ")))));
    }

    @Override
    public long indexBytes() throws Exception {
        JsonNode status = http.get(base + "/admin/cores?action=STATUS&wt=json").path("status");
        long[] total = {0};
        status.fieldNames().forEachRemaining(core -> {
            if (core.startsWith("docs_")) {
                total[0] += status.path(core).path("index").path("sizeInBytes").asLong();
            }
        });
        return total[0];
    }

    @Override
    public List<Long> pids() {
        return server == null ? List.of() : List.of(server.pid());
    }

    @Override
    public long coldStart(Corpus.Query first) throws Exception {
        server.close();
        long t0 = System.nanoTime();
        launch();
        search(first, 10);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
