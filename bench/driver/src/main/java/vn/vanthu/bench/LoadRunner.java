package vn.vanthu.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A bounded closed-loop load generator: N clients, each issuing its next query when the last one returns. */
final class LoadRunner {
    record Stats(int clients, long count, long errors, double seconds, double qps, double p50, double p95, double p99,
                 Map<String, double[]> byKind) {
    }

    private LoadRunner() {
    }

    /**
     * Runs until {@code maxQueries} have been issued or {@code maxSeconds} have passed. Clients start
     * at different places in the query list so they do not all ask the same thing at once.
     */
    static Stats run(Engine engine, List<Corpus.Query> queries, int clients, long maxQueries, double maxSeconds)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger firstError = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        List<List<long[]>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<long[]> lat = new ArrayList<>();
            perThread.add(lat);
            int start = c * queries.size() / clients;
            Thread t = new Thread(() -> {
                int i = start;
                while (issued.incrementAndGet() <= maxQueries && System.nanoTime() < deadline) {
                    int qi = i++ % queries.size();
                    long s = System.nanoTime();
                    try {
                        engine.search(queries.get(qi), 10);
                        lat.add(new long[] {qi, System.nanoTime() - s});
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (firstError.getAndIncrement() == 0) {
                            System.err.println(engine.name() + ": query '" + queries.get(qi).q() + "' failed: " + e);
                        }
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> kinds = new LinkedHashMap<>();
        for (List<long[]> lat : perThread) {
            for (long[] l : lat) {
                all.add(l[1]);
                String kind = queries.get((int) l[0]).kind();
                kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(l[1]);
                if (queries.get((int) l[0]).isTopic()) {
                    kinds.computeIfAbsent("topics", k -> new ArrayList<>()).add(l[1]);
                }
            }
        }
        Map<String, double[]> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, percentiles(v)));
        double[] p = percentiles(all);
        return new Stats(clients, all.size(), errors.get(), seconds, all.size() / seconds, p[0], p[1], p[2], byKind);
    }

    /** p50, p95, p99 in milliseconds (nearest rank). */
    static double[] percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return new double[] {rank(a, 0.50), rank(a, 0.95), rank(a, 0.99)};
    }

    private static double rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
