package vn.vanthu.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * The cores one search may spread over. A search runs on its caller's thread; its slices of the
 * index (see {@link #slices}) are handed to a helper thread only while fewer than {@link #threads()}
 * threads are searching (callers and helpers together), and otherwise run on the caller one after
 * the other. An idle core then shortens a lone search, and a busy server does not pay for
 * fanning out (more threads than cores, and slices that skip less because they run side by side).
 *
 * <p>Configured by {@code -Dvanthu.search.threads=N} or {@code VANTHU_SEARCH_THREADS}; the default, 1,
 * searches every slice on the caller, as one slice. On this project's 2-core machine fanning out bought
 * nothing at 1M documents even with one client (topics p50 73.0 against 72.3 ms) and cost 8 % more CPU
 * a query at 8 clients: the JVM's collector and compiler already keep the second core busy
 * (docs/BENCHMARKS-peers.md, "Topic queries at one million, eighth session"). A machine with cores to
 * spare may set it to their number.
 */
final class SearchThreads implements Executor {
    static final String PROPERTY = "vanthu.search.threads";
    static final String ENV = "VANTHU_SEARCH_THREADS";

    private static volatile SearchThreads shared;

    private final int threads;
    /** Threads now searching: callers ({@link #enter()}) and helpers running a slice. */
    private final AtomicInteger busy = new AtomicInteger();
    private final ThreadPoolExecutor helpers;
    /** Tasks run on a helper so far (how often a search did fan out). */
    private final java.util.concurrent.atomic.AtomicLong helped = new java.util.concurrent.atomic.AtomicLong();

    SearchThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("search threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        if (threads == 1) {
            this.helpers = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            // At most threads - 1 helpers run at once (the budget counts the caller); the queue only
            // absorbs a helper that has released its place but not yet returned to the pool.
            this.helpers = new ThreadPoolExecutor(threads - 1, threads - 1, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "vanthu-search-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            helpers.allowCoreThreadTimeOut(true);
        }
    }

    /** The process's search threads, as configured (one budget for every index of the process). */
    static SearchThreads shared() {
        SearchThreads s = shared;
        if (s == null) {
            synchronized (SearchThreads.class) {
                s = shared;
                if (s == null) {
                    s = new SearchThreads(configured(System.getProperty(PROPERTY), System.getenv(ENV)));
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The configured count: the property, else the environment, else 1. */
    static int configured(String property, String env) {
        String v = property != null && !property.isBlank() ? property : env;
        if (v == null || v.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PROPERTY + " / " + ENV + " must be a whole number of threads, at least 1, not \"" + v + "\"");
    }

    int threads() {
        return threads;
    }

    /** Whether searches may fan out at all (more than one thread configured). */
    boolean parallel() {
        return helpers != null;
    }

    /** A caller starts searching: it takes a place in the budget whether or not one is free. */
    void enter() {
        busy.incrementAndGet();
    }

    void leave() {
        busy.decrementAndGet();
    }

    /** Threads searching now (callers and helpers). */
    int busy() {
        return busy.get();
    }

    /** Tasks handed to a helper thread so far. */
    long helped() {
        return helped.get();
    }

    /**
     * Runs {@code task} on a helper if a place is free, otherwise at once on the calling thread
     * (Lucene's task executor then finds no slice left for a helper that starts late).
     */
    @Override
    public void execute(Runnable task) {
        if (helpers == null || !tryTake()) {
            task.run();
            return;
        }
        helped.incrementAndGet();
        try {
            helpers.execute(() -> {
                try {
                    task.run();
                } finally {
                    busy.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            busy.decrementAndGet();
            task.run();
        }
    }

    private boolean tryTake() {
        while (true) {
            int b = busy.get();
            if (b >= threads) {
                return false;
            }
            if (busy.compareAndSet(b, b + 1)) {
                return true;
            }
        }
    }

    /**
     * A searcher whose slices split the documents evenly over the threads: segments are dealt,
     * largest first, to the slice with the fewest documents so far, and each slice keeps its
     * segments in index order. Lucene's default gives each segment over 250,000 documents a slice of
     * its own, so three large segments make three slices (and on two cores one thread does two of
     * them); this makes one slice per thread, each as close to an equal share as whole segments
     * allow. Without parallelism the searcher has no executor (one slice, as before).
     */
    IndexSearcher searcher(org.apache.lucene.index.IndexReader reader) {
        if (!parallel()) {
            return new IndexSearcher(reader);
        }
        int n = threads;
        return new IndexSearcher(reader, this) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, n);
            }
        };
    }

    /** {@code leaves} dealt into at most {@code n} slices of about equal document counts. */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int n) {
        int count = Math.min(n, leaves.size());
        if (count == 0) {
            return new IndexSearcher.LeafSlice[0];
        }
        List<List<LeafReaderContext>> groups = new ArrayList<>(count);
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed()
                .thenComparingInt(l -> l.ord));
        for (LeafReaderContext leaf : bySize) {
            int least = 0;
            for (int i = 1; i < count; i++) {
                if (docs[i] < docs[least]) {
                    least = i;
                }
            }
            groups.get(least).add(leaf);
            docs[least] += leaf.reader().maxDoc();
        }
        IndexSearcher.LeafSlice[] out = new IndexSearcher.LeafSlice[count];
        for (int i = 0; i < count; i++) {
            List<LeafReaderContext> g = groups.get(i);
            g.sort(Comparator.comparingInt(l -> l.ord));
            out[i] = new IndexSearcher.LeafSlice(g);
        }
        return out;
    }
}
