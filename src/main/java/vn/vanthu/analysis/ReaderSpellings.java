package vn.vanthu.analysis;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.BytesRef;

/**
 * The spellings of folded keys ({@link FoldedSpellings#in}) in one open index reader, remembered
 * while that reader is open: a reader never changes, so the terms dictionary need not be
 * intersected again for every word of every query (it was about a tenth of a search's CPU). Each
 * reader's memory is bounded ({@link #MAX_KEYS} keys, least recently used dropped first) and goes
 * when the reader closes, i.e. after the refresh that replaced it.
 */
public final class ReaderSpellings {
    static final int MAX_KEYS = 4096;
    private static final Map<IndexReader.CacheKey, ReaderSpellings> OPEN = new ConcurrentHashMap<>();

    private final IndexReader reader;
    private final Map<String, List<BytesRef>> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<BytesRef>> eldest) {
            return size() > MAX_KEYS;
        }
    };

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
        String k = field + '\u0000' + key;
        synchronized (known) {
            List<BytesRef> forms = known.get(k);
            if (forms != null) {
                return forms;
            }
        }
        List<BytesRef> forms = List.copyOf(FoldedSpellings.in(reader, field, key));
        synchronized (known) {
            known.put(k, forms);
        }
        return forms;
    }

    /** How many readers have spellings remembered (for tests: a closed reader's go with it). */
    static int openReaders() {
        return OPEN.size();
    }
}
