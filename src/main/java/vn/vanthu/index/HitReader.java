package vn.vanthu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
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
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.STORED_NUMBER,
            IndexFields.STORED_TYPE, IndexFields.STORED_TITLE, IndexFields.STORED_ISSUER, IndexFields.STORED_ISSUED,
            IndexFields.STORED_SESSION, IndexFields.STORED_TEXT);
    /** What an export row needs: everything a hit shows but the text. */
    private static final Set<String> ROW_FIELDS = Set.of(IndexFields.ID, IndexFields.STORED_NUMBER,
            IndexFields.STORED_TYPE, IndexFields.STORED_TITLE, IndexFields.STORED_ISSUER, IndexFields.STORED_ISSUED,
            IndexFields.STORED_SESSION);

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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = from + i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i].doc));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = docs[order[i]].doc;
        }
        Map<Integer, List<SnippetBuilder.Span>> spans = matchOffsets(sorted);
        SearchHit[] out = new SearchHit[n];
        for (Integer i : order) {
            ScoreDoc sd = docs[i];
            Document d = stored.document(sd.doc, HIT_FIELDS);
            out[i - from] = hit(d, sd, SnippetBuilder.snippets(d.get(IndexFields.STORED_TEXT),
                    spans.getOrDefault(sd.doc, List.of()), SNIPPETS_PER_HIT));
        }
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    private static SearchHit hit(Document d, ScoreDoc sd, List<String> snippets) {
        return new SearchHit(
                Long.parseLong(d.get(IndexFields.ID)),
                Optional.ofNullable(d.get(IndexFields.STORED_NUMBER)),
                Optional.ofNullable(d.get(IndexFields.STORED_TYPE)),
                d.get(IndexFields.STORED_TITLE),
                Optional.ofNullable(d.get(IndexFields.STORED_ISSUER)),
                Optional.ofNullable(d.get(IndexFields.STORED_ISSUED)),
                Optional.ofNullable(d.get(IndexFields.STORED_SESSION)),
                Float.isNaN(sd.score) ? 0f : sd.score,
                snippets);
    }

    /** A result row for an export: the display fields only (the text is never read). */
    SearchHit row(ScoreDoc sd) throws IOException {
        return hit(stored.document(sd.doc, ROW_FIELDS), sd, List.of());
    }

    /** One document's whole text, HTML-escaped, with every hit of the query marked. */
    HighlightedText markAll(int doc) throws IOException {
        String text = stored.document(doc, Set.of(IndexFields.STORED_TEXT)).get(IndexFields.STORED_TEXT);
        return SnippetBuilder.markAll(text == null ? "" : text, matchOffsets(doc));
    }

    /** Where the query's terms occur in one document's text, read from the postings' offsets. */
    private List<SnippetBuilder.Span> matchOffsets(int doc) throws IOException {
        return matchOffsets(new int[] {doc}).get(doc);
    }

    /**
     * Where the query's terms occur in several documents' text, given in increasing order: per
     * segment, each term is sought once and its postings advanced through that segment's documents.
     */
    private Map<Integer, List<SnippetBuilder.Span>> matchOffsets(int[] sortedDocs) throws IOException {
        Map<Integer, List<SnippetBuilder.Span>> out = new HashMap<>();
        for (int doc : sortedDocs) {
            out.put(doc, new ArrayList<>());
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
                for (BytesRef term : terms()) {
                    if (!te.seekExact(term)) {
                        continue;
                    }
                    PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
                    for (int k = start; k < end; k++) {
                        int local = sortedDocs[k] - leaf.docBase;
                        int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                        if (at == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        if (at != local) {
                            continue;
                        }
                        List<SnippetBuilder.Span> spans = out.get(sortedDocs[k]);
                        for (int p = 0; p < postings.freq(); p++) {
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
