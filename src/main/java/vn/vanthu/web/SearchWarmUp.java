package vn.vanthu.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.Caller;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.text.VietnameseFolding;

/**
 * Searches the archive in the background after {@code serve} is ready, so the JIT compiles the
 * search path (query analysis, Lucene's scorers, snippets, the JSON answer) before the first
 * users rather than on their requests: a fresh JVM spent about half its CPU in the compilers over
 * the first seconds of searches. The searches are the kinds people type (two and three words of
 * the documents' own titles, the same without diacritics, a quoted phrase, a number, filters by
 * type and year, the page with facets and the API without), made from a sample of the indexed
 * documents, as the public sees them; their answers are thrown away.
 *
 * <p>It never delays the server: it starts after the server has answered its first request (or
 * stayed idle for two seconds), runs on one thread at the
 * lowest priority (on Linux the thread is also reniced to 19, so it only takes CPU nobody else
 * wants), and stops after {@link #SEARCHES} searches or {@link #MAX_SECONDS} seconds.
 */
public final class SearchWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmUp.class);
    /** Enough to put the hot methods in the compilers' queue; bounded, since it is CPU spent at start. */
    static final int SEARCHES = 600;
    static final int MAX_SECONDS = 60;
    private static final int SAMPLE = 100;

    private SearchWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread and returns at once. It waits for {@code server}'s first
     * answer (or {@link #IDLE_START} without one), so a niced thread never holds a lock the
     * first request needs (class initialisation of the whole search path happens then).
     */
    public static void startInBackground(Archive archive, WebServer server) {
        Thread t = new Thread(() -> run(archive, server), "search-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static final Duration IDLE_START = Duration.ofSeconds(2);

    private static void run(Archive archive, WebServer server) {
        int done = 0;
        try {
            server.awaitFirstAnswer(IDLE_START);
        } catch (InterruptedException e) {
            return;
        }
        long started = System.nanoTime();
        try {
            lowerPriority();
            List<SearchRequest> requests = requests(archive.indexSample(SAMPLE));
            ArchiveView view = archive.as(Caller.ANONYMOUS);
            long deadline = started + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
            while (!requests.isEmpty() && done < SEARCHES && System.nanoTime() < deadline) {
                SearchResults r = view.search(requests.get(done % requests.size()));
                SearchResultsJson.bytes(r);
                done++;
            }
            LOG.info("search warm-up: {} searches in {} ms", done, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            // The archive closing under it (the server stopping) ends it; nothing else depends on it.
            LOG.debug("search warm-up stopped after {} searches: {}", done, e.toString());
        }
    }

    /** The kinds of searches people make, from each sampled document's title, number, type and year. */
    static List<SearchRequest> requests(List<SearchHit> sample) {
        List<SearchRequest> out = new ArrayList<>();
        int i = 0;
        for (SearchHit h : sample) {
            List<String> words = words(h.title());
            if (words.size() < 3) {
                continue;
            }
            int at = i % (words.size() - 2);
            String two = words.get(at) + " " + words.get(at + 1);
            String three = two + " " + words.get(at + 2);
            out.add(request(two, Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, false));
            out.add(request(VietnameseFolding.fold(three), Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, true));
            out.add(request("\"" + two + "\"", Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, false));
            out.add(request(three, h.type(), h.issued().map(d -> Integer.parseInt(d.substring(0, 4))),
                    i % 4 == 0 ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, 1, false));
            out.add(request(VietnameseFolding.fold(two), Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, i % 3 == 0 ? 2 : 1, false));
            h.number().ifPresent(n -> out.add(request(n, Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, false)));
            i++;
        }
        return out;
    }

    private static SearchRequest request(String q, Optional<String> type, Optional<Integer> year, SearchRequest.Sort sort,
                                         int page, boolean facets) {
        return new SearchRequest(q, type, Optional.empty(), year, Optional.empty(), Optional.empty(), Optional.empty(),
                sort, page, 10, Optional.empty(), facets);
    }

    /** A title's words, lower-cased, letters only. */
    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Nice 19 for this thread where the system allows it (Linux: a thread is its own task). */
    private static void lowerPriority() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            Process p = new ProcessBuilder("renice", "-n", "19", "-p", self.getFileName().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not Linux, or no renice: the thread keeps the JVM's lowest priority only.
            LOG.debug("search warm-up runs without renice: {}", e.toString());
        }
    }
}
