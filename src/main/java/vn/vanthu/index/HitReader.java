package vn.vanthu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.ReaderSpellings;

/**
 * Turns a scored Lucene document into a {@link SearchHit}: the display fields, and snippets around
 * the query's terms taken from the postings' offsets (no re-analysis of the text). Reads only the
 * stored fields a hit shows.
 */
final class HitReader {
    private static final int SNIPPETS_PER_HIT = 2;

    private final IndexReader reader;
    private final StoredFields stored;
    private final Set<BytesRef> exactTerms = new HashSet<>();
    private final Set<String> allSpellings = new HashSet<>();
    /** The terms to mark, computed on the first hit. */
    private Set<BytesRef> terms;

    /** Reads hits of {@code searcher}, marking the terms of {@code highlight} in their snippets. */
    HitReader(IndexSearcher searcher, Query highlight) throws IOException {
        this.reader = searcher.getIndexReader();
        this.stored = searcher.storedFields();
        collectHighlightTerms(highlight);
    }

    /**
     * The hits of a page, {@code docs[from..]}, in their order, each with its display fields and
     * snippets, read in document order. Stored fields are then read forward through the compressed blocks, and
     * each query term is looked up once per segment instead of once per hit (its postings advanced
     * from one hit to the next), which was most of the cost of reading a page of hits.
     */
    List<SearchHit> hits(ScoreDoc[] docs, int from) throws IOException {
        int n = Math.max(0, docs.length - from);
        // The page's positions in document order (a page holds each document once).
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = from + i;
        }
        sortByDoc(order, docs);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = docs[order[i]].doc;
        }
        List<List<SnippetBuilder.Span>> spans = matchOffsets(sorted);
        SearchHit[] out = new SearchHit[n];
        for (int k = 0; k < n; k++) {
            ScoreDoc sd = docs[order[k]];
            HitFields d = new HitFields(true);
            stored.document(sd.doc, d);
            out[order[k] - from] = hit(d, sd, SnippetBuilder.snippets(d.text, spans.get(k), SNIPPETS_PER_HIT));
        }
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    /** Insertion sort of a page's positions by document (a page is small). */
    private static void sortByDoc(int[] order, ScoreDoc[] docs) {
        for (int i = 1; i < order.length; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && docs[order[j]].doc > docs[x].doc) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static SearchHit hit(HitFields d, ScoreDoc sd, List<String> snippets) {
        return new SearchHit(
                Long.parseLong(d.id),
                Optional.ofNullable(d.number),
                Optional.ofNullable(d.type),
                d.title,
                Optional.ofNullable(d.issuer),
                Optional.ofNullable(d.issued),
                Optional.ofNullable(d.session),
                Float.isNaN(sd.score) ? 0f : sd.score,
                snippets);
    }

    /** A result row for an export: the display fields only (the text is never read). */
    SearchHit row(ScoreDoc sd) throws IOException {
        HitFields d = new HitFields(false);
        stored.document(sd.doc, d);
        return hit(d, sd, List.of());
    }

    /** One document's whole text, HTML-escaped, with every hit of the query marked. */
    HighlightedText markAll(int doc) throws IOException {
        String text = stored.document(doc, Set.of(IndexFields.STORED_TEXT)).get(IndexFields.STORED_TEXT);
        return SnippetBuilder.markAll(text == null ? "" : text, matchOffsets(new int[] {doc}).get(0));
    }

    /**
     * Where the query's terms occur in several documents' text, given in increasing order (the
     * spans of each, in the same order): per segment, each term is sought once and its postings
     * advanced through that segment's documents, one postings enum reused from term to term.
     */
    private List<List<SnippetBuilder.Span>> matchOffsets(int[] sortedDocs) throws IOException {
        List<List<SnippetBuilder.Span>> out = new ArrayList<>(sortedDocs.length);
        for (int i = 0; i < sortedDocs.length; i++) {
            out.add(new ArrayList<>());
        }
        List<LeafReaderContext> leaves = reader.leaves();
        int start = 0;
        while (start < sortedDocs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sortedDocs[start], leaves));
            int end = start;
            while (end < sortedDocs.length && sortedDocs[end] < leaf.docBase + leaf.reader().maxDoc()) {
                end++;
            }
            Terms fieldTerms = leaf.reader().terms(IndexFields.TEXT_EXACT);
            if (fieldTerms != null) {
                TermsEnum te = fieldTerms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term : terms()) {
                    if (!te.seekExact(term)) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.OFFSETS);
                    for (int k = start; k < end; k++) {
                        int local = sortedDocs[k] - leaf.docBase;
                        int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                        if (at == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        if (at != local) {
                            continue;
                        }
                        List<SnippetBuilder.Span> spans = out.get(k);
                        for (int p = 0, freq = postings.freq(); p < freq; p++) {
                            postings.nextPosition();
                            spans.add(new SnippetBuilder.Span(postings.startOffset(), postings.endOffset()));
                        }
                    }
                }
            }
            start = end;
        }
        return out;
    }

    /**
     * The terms to mark: the query's own, and every spelling in the index of its all-spellings words
     * (those a segment lacks are skipped by the seek), computed on the first hit.
     */
    private Set<BytesRef> terms() throws IOException {
        if (terms == null) {
            terms = new HashSet<>(exactTerms);
            ReaderSpellings spellings = ReaderSpellings.of(reader);
            for (String key : allSpellings) {
                terms.addAll(spellings.of(IndexFields.TEXT_EXACT, key));
            }
        }
        return terms;
    }

    /**
     * The query's terms to mark in the text (title terms count for the text too): its exact terms,
     * and the folded words of the clauses typed without diacritics, whose every spelling is a hit
     * ({@link FoldedQuery#spellingsField}).
     */
    private void collectHighlightTerms(Query query) {
        Set<Term> all = new HashSet<>();
        query.visit(QueryVisitor.termCollector(all));
        for (Term t : all) {
            String spellingsOf = FoldedQuery.fieldOfSpellings(t.field());
            if (spellingsOf != null && isText(spellingsOf)) {
                allSpellings.add(t.text());
            } else if (isText(t.field())) {
                exactTerms.add(BytesRef.deepCopyOf(t.bytes()));
            }
        }
    }

    private static boolean isText(String field) {
        return field.equals(IndexFields.TEXT_EXACT) || field.equals(IndexFields.TITLE_EXACT);
    }
}
