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
        addScores(searcher, out, pairs);
        Comparator<ScoreDoc> best = (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc);
        for (int from = 0; from < out.length; from += window) {
            Arrays.sort(out, from, Math.min(out.length, from + window), best);
        }
        return out.length <= depth ? out : Arrays.copyOf(out, depth);
    }

    /**
     * Adds to each hit's score its score for {@code query}, visiting the hits in document order:
     * the hits of each of the searcher's slices on their own thread where one is free (each hit is
     * scored once, by the same scorer as on one thread, so the sums are the same).
     */
    private static void addScores(IndexSearcher searcher, ScoreDoc[] hits, Query query) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
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
