package vn.vanthu.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.BytesRef;

/**
 * The spellings of folded keys ({@link FoldedSpellings#in}) in one open index reader, remembered
 * while that reader is open: a reader never changes, so the terms dictionary need not be
 * intersected again for every word of every query (it was about a tenth of a search's CPU). Each
 * reader's memory is bounded ({@link #MAX_KEYS} keys: when full, all are dropped and remembered
 * afresh) and goes when the reader closes, i.e. after the refresh that replaced it. Lookups take no
 * lock: every search of the reader asks here for every word, from many threads at once.
 */
public final class ReaderSpellings {
    static final int MAX_KEYS = 4096;
    private static final Map<IndexReader.CacheKey, ReaderSpellings> OPEN = new ConcurrentHashMap<>();

    private final IndexReader reader;
    /** Field → folded key → spellings. */
    private final Map<String, Map<String, List<BytesRef>>> known = new ConcurrentHashMap<>();
    private final AtomicInteger keys = new AtomicInteger();

    private ReaderSpellings(IndexReader reader) {
        this.reader = reader;
    }

    /** The spellings remembered for {@code reader}: shared by every search of that reader. */
    public static ReaderSpellings of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new ReaderSpellings(reader); // a reader that cannot say when it closes: remembered for one use
        }
        ReaderSpellings open = OPEN.get(helper.getKey());
        if (open != null) {
            return open;
        }
        ReaderSpellings created = new ReaderSpellings(reader);
        open = OPEN.putIfAbsent(helper.getKey(), created);
        if (open != null) {
            return open;
        }
        helper.addClosedListener(OPEN::remove);
        return created;
    }

    /**
     * The terms of {@code field} that fold to {@code key}, in term order, as {@link FoldedSpellings#in}
     * finds them. The list and its bytes are shared: callers must not change them.
     */
    public List<BytesRef> of(String field, String key) throws IOException {
        Map<String, List<BytesRef>> inField = known.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        List<BytesRef> forms = inField.get(key);
        if (forms != null) {
            return forms;
        }
        forms = List.copyOf(FoldedSpellings.in(reader, field, key));
        if (keys.incrementAndGet() > MAX_KEYS) {
            // A bound, not a ranking: a whole new set of keys is cheaper to keep than an order of use.
            known.clear();
            keys.set(1);
            inField = known.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        }
        List<BytesRef> raced = inField.putIfAbsent(key, forms);
        return raced != null ? raced : forms;
    }

    /** How many readers have spellings remembered (for tests: a closed reader's go with it). */
    static int openReaders() {
        return OPEN.size();
    }
}
