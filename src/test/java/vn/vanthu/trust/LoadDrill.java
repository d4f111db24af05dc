package vn.vanthu.trust;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.web.WebServer;

/**
 * Load on loopback: CLIENTS threads search through HTTP for SECONDS while the same archive ingests
 * new documents (one `ingest` of a folder at a time, as `vanthu ingest` would). Reports errors,
 * latency percentiles, and freshness: the seconds from a document's "added" line until a search
 * for its unique token finds it. {@code main WORKDIR [SECONDS] [CLIENTS] [BASE_DOCS]} (scripts/load-test).
 */
public final class LoadDrill {
    private static final String[] QUERIES = {"kỳ họp", "ky hop", "tiếp xúc cử tri", "tiep xuc cu tri", "ngân sách",
            "Hội đồng nhân dân", "HĐND", "UBND tỉnh", "\"kế hoạch tổ chức\"", "giám sát kiến nghị", "phiếu tín nhiệm",
            "báo cáo", "nghị quyết dự toán"};

    private LoadDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int base = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int batch = 500;
        System.out.println("load: " + clients + " clients, " + seconds + " s, archive of " + base
                + " documents, ingesting folders of " + batch + " meanwhile");
        SmallDocuments.write(work.resolve("base"), 0, base, 1);
        try (Archive archive = Archive.open(work.resolve("data"), IndexConfig.bundled())) {
            archive.ingest(List.of(work.resolve("base")), line -> { });
            WebServer server = WebServer.start(archive, "127.0.0.1", 0);
            try {
                run(archive, server.port(), work, seconds, clients, base, batch);
            } finally {
                server.close();
            }
        }
    }

    private static void run(Archive archive, int port, Path work, int seconds, int clients, int base, int batch)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String root = "http://127.0.0.1:" + port;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger errors = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();

        ExecutorService searchers = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            searchers.execute(() -> {
                int i = client;
                while (running.get()) {
                    String q = QUERIES[i++ % QUERIES.length];
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/api/search?q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        errorKinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        return;
                    }
                    requests.incrementAndGet();
                }
            });
        }

        // Freshness: for every 5th added document, poll its token until a search finds it.
        ExecutorService probes = Executors.newFixedThreadPool(4);
        List<Double> freshness = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ingested = new AtomicInteger();
        AtomicInteger notFound = new AtomicInteger();
        Thread ingester = new Thread(() -> {
            int first = base;
            while (running.get()) {
                Path folder = work.resolve("batch-" + first);
                try {
                    SmallDocuments.write(folder, first, batch, first);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                archive.ingest(List.of(folder), line -> {
                    if (!line.startsWith("added ")) {
                        return;
                    }
                    int n = ingested.incrementAndGet();
                    if (n % 5 == 0) {
                        long added = System.nanoTime();
                        String token = token(line);
                        probes.execute(() -> probe(http, root, token, added, freshness, notFound));
                    }
                });
                first += batch;
            }
        });
        ingester.start();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        searchers.shutdown();
        searchers.awaitTermination(1, TimeUnit.MINUTES);
        ingester.join();
        probes.shutdown();
        probes.awaitTermination(5, TimeUnit.MINUTES);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Double> fresh = new ArrayList<>(freshness);
        Collections.sort(fresh);
        System.out.printf("searches                 %,d in %.1f s (%.0f/s)%n", requests.get(), elapsed, requests.get() / elapsed);
        System.out.printf("errors                   %d %s%n", errors.get(), errorKinds);
        System.out.printf("latency ms               p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), ms(sorted, 1.0));
        System.out.printf("ingested during load     %d documents%n", ingested.get());
        System.out.printf("freshness s (%d probed)  median %.2f  p95 %.2f  max %.2f  never found %d%n", fresh.size(),
                pct(fresh, 0.5), pct(fresh, 0.95), pct(fresh, 1.0), notFound.get());
    }

    private static void probe(HttpClient http, String root, String token, long added, List<Double> freshness, AtomicInteger notFound) {
        long deadline = added + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/api/search?q=" + token)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && !r.body().contains("\"total\":0")) {
                    freshness.add((System.nanoTime() - added) / 1e9);
                    return;
                }
                Thread.sleep(50);
            } catch (IOException e) {
                // Counted as not found if it never answers.
            } catch (InterruptedException e) {
                return;
            }
        }
        notFound.incrementAndGet();
    }

    /** "added …/van-ban-0512.docx" → the token of document 512. */
    private static String token(String line) {
        String name = Path.of(line.substring("added ".length())).getFileName().toString();
        return SmallDocuments.token(Integer.parseInt(name.substring("van-ban-".length(), name.indexOf('.'))));
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
