package vn.vanthu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import vn.vanthu.text.DiacriticRestorer;
import vn.vanthu.text.TelexDecoder;
import vn.vanthu.text.VietnameseFolding;

/**
 * "Did you mean": restores the diacritics of a query typed without them, from the index's own
 * vocabulary ("hoi dong nhan dan" → "hội đồng nhân dân"), and decodes Telex or VNI typed without an
 * input method ("tieeps xucs" → "tiếp xúc") when every decoded word is in the archive.
 * Built from one index reader; the index rebuilds it after a refresh, on first use.
 *
 * <p>A caller who may not see every document gets a suggester built from the documents they may
 * see ({@link #of(IndexReader, Query)}): a word that only hidden documents hold is not in its
 * vocabulary, and the counts that choose between spellings ("vang" or "vàng") count only visible
 * documents, so a suggestion reveals neither a hidden word nor how often hidden documents use one.
 */
final class Suggester {
    /** Suggestions checked at most: the answers of a reader's first 10,000 are kept. */
    private static final int CHECKS_KEPT = 10_000;

    private final Map<String, Long> unigrams;
    private final DiacriticRestorer restorer;
    /** Whether a suggestion finds a document its caller may see, per reader like the vocabulary. */
    private final Map<String, Boolean> findsVisible = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a suggestion finds a document the caller may see (asked of the index once per suggestion). */
    interface VisibilityCheck {
        boolean findsVisible(String suggestion) throws IOException;
    }

    private Suggester(Map<String, Long> unigrams, PairCounts pairs) {
        this.unigrams = unigrams;
        this.restorer = new DiacriticRestorer(unigrams, pairs::count);
    }

    static Suggester of(IndexReader reader) throws IOException {
        Map<String, Long> unigrams = vocabulary(reader, IndexFields.TEXT_EXACT);
        return new Suggester(unigrams, new PairCounts(reader, unigrams, null));
    }

    /**
     * How many documents hold one syllable right after another, counted as a two-word phrase in the
     * text field (the index has no bigram field), remembered per reader. Only pairs of each folded
     * form's most frequent spellings are counted, so a query costs a bounded number of phrase counts;
     * a rare spelling can still win on its own count.
     */
    static final class PairCounts {
        private static final int SPELLINGS_COUNTED = 4;
        /** Pair counts remembered at most per reader (about 100 bytes each). */
        private static final int PAIRS_KEPT = 100_000;

        private final IndexSearcher searcher;
        /** Only the caller's visible documents are counted; null when the caller sees them all. */
        private final Query visible;
        private final java.util.Set<String> frequent = new java.util.HashSet<>();
        private final Map<String, Long> counted = new java.util.concurrent.ConcurrentHashMap<>();
        private final int kept;

        PairCounts(IndexReader reader, Map<String, Long> unigrams, Query visible) {
            this(reader, unigrams, visible, PAIRS_KEPT);
        }

        PairCounts(IndexReader reader, Map<String, Long> unigrams, Query visible, int kept) {
            this.visible = visible;
            this.kept = kept;
            this.searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            Map<String, java.util.List<String>> byFolded = new HashMap<>();
            unigrams.keySet().forEach(s -> byFolded.computeIfAbsent(VietnameseFolding.fold(s), k -> new java.util.ArrayList<>()).add(s));
            for (java.util.List<String> spellings : byFolded.values()) {
                spellings.sort(java.util.Comparator.comparing((String s) -> -unigrams.get(s)).thenComparing(s -> s));
                frequent.addAll(spellings.subList(0, Math.min(SPELLINGS_COUNTED, spellings.size())));
            }
        }

        long count(String first, String second) {
            if (!frequent.contains(first) || !frequent.contains(second)) {
                return 0;
            }
            String key = first + " " + second;
            Long known = counted.get(key);
            if (known != null) {
                return known;
            }
            long n = countPhrase(first, second);
            // Queries choose the pairs, so the memory is bounded like the suggestion checks': the first ones are kept.
            if (counted.size() < kept) {
                counted.put(key, n);
            }
            return n;
        }

        /** How many pair counts are remembered. */
        int remembered() {
            return counted.size();
        }

        private long countPhrase(String first, String second) {
            try {
                Query pair = new PhraseQuery(IndexFields.TEXT_EXACT, first, second);
                if (visible != null) {
                    pair = new BooleanQuery.Builder().add(pair, BooleanClause.Occur.MUST)
                            .add(visible, BooleanClause.Occur.FILTER).build();
                }
                return searcher.count(pair);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The suggester of a caller who sees only the documents {@code visible} matches. */
    static Suggester of(IndexReader reader, Query visible) throws IOException {
        List<FixedBitSet> unseen = unseen(reader, visible);
        Map<String, Long> unigrams = visibleVocabulary(reader, IndexFields.TEXT_EXACT, unseen);
        return new Suggester(unigrams, new PairCounts(reader, unigrams, visible));
    }

    /** Per leaf, the documents the caller may not count: hidden from them, or deleted. */
    private static List<FixedBitSet> unseen(IndexReader reader, Query visible) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(visible), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<FixedBitSet> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int max = leaf.reader().maxDoc();
            FixedBitSet bits = new FixedBitSet(Math.max(1, max));
            bits.set(0, max);
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live == null || live.get(d)) {
                        bits.clear(d);
                    }
                }
            }
            out.add(bits);
        }
        return out;
    }

    /**
     * Each term's number of visible live documents: its document frequency less the unseen
     * documents holding it (found by leapfrogging its postings and the unseen set, so the cost
     * follows the hidden documents, not the whole archive); terms left at 0 are dropped.
     */
    private static Map<String, Long> visibleVocabulary(IndexReader reader, String field, List<FixedBitSet> unseen)
            throws IOException {
        Map<String, Long> out = new HashMap<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            FixedBitSet hidden = unseen.get(leaf.ord);
            int hiddenCount = r.maxDoc() == 0 ? 0 : hidden.cardinality();
            Terms terms = r.terms(field);
            if (terms == null || hiddenCount == r.maxDoc()) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (!isWord(s)) {
                    continue;
                }
                long count = te.docFreq();
                if (hiddenCount > 0) {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    count -= hiddenHolding(postings, hidden);
                }
                if (count > 0) {
                    out.merge(s, count, Long::sum);
                }
            }
        }
        return out;
    }

    private static int hiddenHolding(PostingsEnum postings, FixedBitSet hidden) throws IOException {
        int n = 0;
        int doc = postings.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int h = doc < hidden.length() ? hidden.nextSetBit(doc) : DocIdSetIterator.NO_MORE_DOCS;
            if (h == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (h == doc) {
                n++;
                doc = postings.nextDoc();
            } else {
                doc = postings.advance(h);
            }
        }
        return n;
    }

    /** Syllables only: numbers and codes have nothing to restore. */
    private static boolean isWord(String s) {
        return s.codePoints().allMatch(Character::isLetter);
    }

    private static Map<String, Long> vocabulary(IndexReader reader, String field) throws IOException {
        Map<String, Long> out = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String s = t.utf8ToString();
            if (isWord(s)) {
                out.put(s, (long) te.docFreq());
            }
        }
        return out;
    }

    Optional<String> suggest(String words) {
        String query = words.strip();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> telex = TelexDecoder.decode(query).filter(this::allKnown);
        if (telex.isPresent()) {
            return telex;
        }
        if (VietnameseFolding.hasDiacritics(query)) {
            return Optional.empty();
        }
        return restorer.suggest(query).filter(s -> !s.equals(query.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether {@code suggestion} finds a document this suggester's caller may see: {@code check}'s
     * answer, remembered, since neither the reader nor the caller's levels change under it (the
     * check was a search as costly as a small query, repeated for every query typed alike).
     */
    boolean findsVisible(String suggestion, VisibilityCheck check) throws IOException {
        Boolean known = findsVisible.get(suggestion);
        if (known != null) {
            return known;
        }
        boolean found = check.findsVisible(suggestion);
        if (findsVisible.size() < CHECKS_KEPT) {
            findsVisible.put(suggestion, found);
        }
        return found;
    }

    private boolean allKnown(String text) {
        return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("\\s+")).allMatch(unigrams::containsKey);
    }
}
