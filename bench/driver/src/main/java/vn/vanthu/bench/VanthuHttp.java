package vn.vanthu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * vanthu as people run it: `vanthu serve` in its own JVM, queried over loopback HTTP at
 * /api/search. It serves the index built through the index API (the embedded row's build). The
 * served build is {@code jar}: the baseline row runs another build (e.g. main's) beside this one.
 * Given {@code indexFrom}, the index the embedded row of the same run built from the same corpus
 * with the same build, it serves a copy of that instead of building it again (a 100k run would
 * otherwise spend minutes on a build this row does not report).
 */
final class VanthuHttp implements Engine {
    private final Path dir;
    private final Path jar;
    private final String name;
    private final Path indexFrom;
    private final HttpJson http = new HttpJson();
    private VanthuEmbedded builder;
    private VanthuEmbedded evalSide;
    private ServerProcess server;
    private int port;

    VanthuHttp(Path dir, Path jar, String name, Path indexFrom) {
        this.dir = dir;
        this.jar = jar;
        this.name = name;
        this.indexFrom = indexFrom;
    }

    /** Whether this row serves a copy of an index built earlier in the run rather than building its own. */
    boolean reusesIndex() {
        return indexFrom != null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() throws java.io.IOException {
        if (indexFrom != null) {
            Files2.copyTree(indexFrom, dir.resolve("data").resolve("index"));
        } else {
            builder = new VanthuEmbedded(dir.resolve("data"), false);
            builder.start();
        }
    }

    @Override
    public void load(String collection, Iterable<Corpus.Doc> docs) throws Exception {
        if (collection.equals(DOCS)) {
            if (builder != null) {
                builder.load(DOCS, docs);
                builder.close();
            }
            launch();
        } else {
            // Judged the same way as the embedded row: the same index and the same query.
            evalSide = new VanthuEmbedded(dir.resolve("eval-side"), false);
            evalSide.start();
            evalSide.load(EVAL, docs);
        }
    }

    private void launch() throws Exception {
        port = Files2.freePort();
        // The heap scripts/vanthu gives `serve` (and the OpenSearch and Solr rows get).
        List<String> cmd = new ArrayList<>(List.of(Files2.javaBin(), "-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8"));
        // e.g. -Dbench.serverOpts=-XX:StartFlightRecording=filename=serve.jfr,settings=profile to profile the server
        String extra = System.getProperty("bench.serverOpts", "").strip();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--data", dir.resolve("data").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port)));
        server = ServerProcess.start(cmd,
                dir.resolve("server.log"), l -> l.startsWith("vanthu: serving"), 180);
    }

    @Override
    public List<String> search(Corpus.Query q, int k) throws Exception {
        // The peers count no facets, and the benchmark shows none: it asks vanthu not to count them either.
        StringBuilder url = new StringBuilder("http://127.0.0.1:").append(port).append("/api/search?facets=false&size=").append(k)
                .append("&q=").append(HttpJson.enc(q.q()));
        q.type().ifPresent(t -> url.append("&type=").append(HttpJson.enc(t)));
        q.year().ifPresent(y -> url.append("&year=").append(y));
        JsonNode r = http.get(url.toString());
        List<String> out = new ArrayList<>();
        r.path("hits").forEach(h -> out.add(VanthuEmbedded.docId(h.get("id").asLong())));
        return out;
    }

    @Override
    public List<String> searchEval(String question, int k) {
        return evalSide.searchEval(question, k);
    }

    @Override
    public long indexBytes() {
        return Files2.size(dir.resolve("data").resolve("index"));
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
        if (evalSide != null) {
            evalSide.close();
        }
    }
}
