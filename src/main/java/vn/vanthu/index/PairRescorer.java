package vn.vanthu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;

import vn.vanthu.text.VietnameseFolding;

/**
 * Adds the syllable-pair phrases' scores ({@link QueryBuilder.Ranked#pairs}) to the best candidates
 * of the query without them, instead of scoring the phrases on every match: they read the positions
 * of every spelling of every word, which was most of what a search cost. Candidates are re-ranked in
 * blocks of {@link #WINDOW} by first-pass rank (the first {@code WINDOW}, the next {@code WINDOW}…),
 * so any page of any depth sees the same ranking (a page never repeats or skips a hit of the page
 * before it); a document can move up by its pairs only within its block. Scores are those of the
 * whole query: the first pass's plus the pairs'.
 */
final class PairRescorer {
    /**
     * First-pass candidates re-ranked together for words typed with diacritics. ALQAC nDCG@10
     * (accented) is the same to four decimals as with the pairs scored on every match.
     */
    static final int WINDOW = 100;
    /**
     * The same for words typed without them: their first pass ranks worse (an unaccented word's own
     * spelling is rare, so it outweighs the folded matches that the pairs then lift), and ALQAC
     * unaccented fell by 0.009 with 100, by 0.002 with 300, not at all with 500.
     */
    static final int WINDOW_FOLDED = 500;

    private final int window;

    private PairRescorer(int window) {
        this.window = window;
    }

    /** The rescorer for the words typed. */
    static PairRescorer forWords(String words) {
        return new PairRescorer(VietnameseFolding.hasDiacritics(words) ? WINDOW : WINDOW_FOLDED);
    }

    /** How many first-pass hits a page needs to reach {@code depth}: whole blocks. */
    int firstPassDepth(int depth) {
        return Math.max(window, (depth + window - 1) / window * window);
    }

    /**
     * {@code hits} (first-pass order, best first) with the pairs' scores added, each block re-sorted
     * by score (then by document, as Lucene breaks ties), cut to {@code depth}.
     */
    ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query pairs, int depth) throws IOException {
        ScoreDoc[] out = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            out[i] = new ScoreDoc(hits[i].doc, hits[i].score, hits[i].shardIndex);
        }
        ScoreDoc[] byDoc = byDoc(out);
        addScores(searcher, byDoc, pairs);
        int[] docs = new int[byDoc.length];
        boolean distinct = true;
        for (int i = 0; i < byDoc.length; i++) {
            docs[i] = byDoc[i].doc;
            distinct &= i == 0 || docs[i] != docs[i - 1];
        }
        for (int from = 0; from < out.length; from += window) {
            int to = Math.min(out.length, from + window);
            if (!distinct || !sortBlock(out, from, to, byDoc, docs)) {
                Arrays.sort(out, from, to, BEST);
            }
        }
        return out.length <= depth ? out : Arrays.copyOf(out, depth);
    }

    /**
     * The same hits in document order (a page of top documents holds each document once). Sorted as
     * {@code long}s (document, position): no comparator, so none of the JIT's sort code that every
     * other comparator shares.
     */
    static ScoreDoc[] byDoc(ScoreDoc[] hits) {
        long[] keys = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            keys[i] = (long) hits[i].doc << 32 | i;
        }
        Arrays.sort(keys);
        ScoreDoc[] out = new ScoreDoc[hits.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = hits[(int) keys[i]];
        }
        return out;
    }

    /**
     * Sorts {@code hits[from..to)} by score, best first, then by document, as {@link #BEST} does, but
     * as {@code long}s (the score's order-preserving bits, reversed, above the document); false, and
     * nothing changed, where that is not {@link #BEST}'s order (a NaN or -0 score). {@code byDoc} and
     * {@code docs}: the same hits and their documents in document order, each document once.
     */
    static boolean sortBlock(ScoreDoc[] hits, int from, int to, ScoreDoc[] byDoc, int[] docs) {
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            float score = hits[i].score;
            // BEST says equal for two NaNs, and 0 = -0 to the == it tries first.
            if (Float.isNaN(score) || Float.floatToRawIntBits(score) == NEGATIVE_ZERO_BITS) {
                return false;
            }
            keys[i - from] = (long) ~NumericUtils.floatToSortableInt(score) << 32 | hits[i].doc;
        }
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            hits[from + i] = byDoc[Arrays.binarySearch(docs, (int) keys[i])];
        }
        return true;
    }

    private static final int NEGATIVE_ZERO_BITS = Float.floatToRawIntBits(-0f);

    /** Best score first, then the lower document, as Lucene breaks ties. */
    static final Comparator<ScoreDoc> BEST =
            (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc);

    /**
     * Adds to each hit's score its score for {@code query}; {@code byDoc}: the hits in document order.
     * The hits of each of the searcher's slices are scored on their own thread where one is free (each
     * hit once, by the same scorer as on one thread, so the sums are the same).
     */
    private static void addScores(IndexSearcher searcher, ScoreDoc[] byDoc, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        IndexSearcher.LeafSlice[] slices = searcher.getSlices();
        if (slices.length <= 1) {
            addScores(weight, leaves, Arrays.asList(byDoc));
            return;
        }
        int[] sliceOf = new int[leaves.size()];
        List<List<ScoreDoc>> perSlice = new ArrayList<>(slices.length);
        for (int i = 0; i < slices.length; i++) {
            for (LeafReaderContext leaf : slices[i].leaves) {
                sliceOf[leaf.ord] = i;
            }
            perSlice.add(new ArrayList<>());
        }
        for (ScoreDoc h : byDoc) {
            perSlice.get(sliceOf[ReaderUtil.subIndex(h.doc, leaves)]).add(h);
        }
        List<Callable<Void>> tasks = new ArrayList<>(slices.length);
        for (List<ScoreDoc> part : perSlice) {
            if (!part.isEmpty()) {
                tasks.add(() -> {
                    addScores(weight, leaves, part);
                    return null;
                });
            }
        }
        searcher.getTaskExecutor().invokeAll(tasks);
    }

    /** Adds {@code weight}'s scores to {@code byDoc} (in document order). */
    private static void addScores(Weight weight, List<LeafReaderContext> leaves, List<ScoreDoc> byDoc) throws IOException {
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        TwoPhaseIterator phrases = null;
        DocIdSetIterator candidates = null;
        for (ScoreDoc h : byDoc) {
            if (leaf == null || h.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(h.doc, leaves));
                scorer = weight.scorer(leaf);
                phrases = scorer == null ? null : scorer.twoPhaseIterator();
                // Positions are checked only on the hits (the scorer's own iterator would check every
                // document between two hits that holds the words).
                candidates = scorer == null ? null : phrases == null ? scorer.iterator() : phrases.approximation();
            }
            if (candidates == null) {
                continue;
            }
            int local = h.doc - leaf.docBase;
            int at = candidates.docID() >= local ? candidates.docID() : candidates.advance(local);
            if (at == local && (phrases == null || phrases.matches())) {
                h.score += scorer.score();
            }
        }
    }
}
