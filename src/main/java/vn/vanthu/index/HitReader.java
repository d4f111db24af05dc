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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.FoldedSpellings;

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
    /** Per segment (by leaf ord), the terms to mark there, computed on a segment's first hit. */
    private final Map<Integer, Set<BytesRef>> termsByLeaf = new HashMap<>();

    /** Reads hits of {@code searcher}, marking the terms of {@code highlight} in their snippets. */
    HitReader(IndexSearcher searcher, Query highlight) throws IOException {
        this.reader = searcher.getIndexReader();
        this.stored = searcher.storedFields();
        collectHighlightTerms(highlight);
    }

    SearchHit hit(ScoreDoc sd) throws IOException {
        Document d = stored.document(sd.doc, HIT_FIELDS);
        return hit(d, sd, SnippetBuilder.snippets(d.get(IndexFields.STORED_TEXT), matchOffsets(sd.doc), SNIPPETS_PER_HIT));
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
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<SnippetBuilder.Span> spans = new ArrayList<>();
        Terms fieldTerms = leaf.reader().terms(IndexFields.TEXT_EXACT);
        if (fieldTerms == null) {
            return spans;
        }
        TermsEnum te = fieldTerms.iterator();
        for (BytesRef term : termsIn(leaf)) {
            if (!te.seekExact(term)) {
                continue;
            }
            PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
            if (postings.advance(local) != local) {
                continue;
            }
            for (int i = 0; i < postings.freq(); i++) {
                postings.nextPosition();
                spans.add(new SnippetBuilder.Span(postings.startOffset(), postings.endOffset()));
            }
        }
        return spans;
    }

    /** The terms to mark in one segment: the query's own, and every spelling there of its all-spellings words. */
    private Set<BytesRef> termsIn(LeafReaderContext leaf) throws IOException {
        Set<BytesRef> known = termsByLeaf.get(leaf.ord);
        if (known == null) {
            known = new HashSet<>(exactTerms);
            for (String key : allSpellings) {
                FoldedSpellings.collect(leaf.reader(), IndexFields.TEXT_EXACT, FoldedSpellings.automaton(key, false), known);
            }
            termsByLeaf.put(leaf.ord, known);
        }
        return known;
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
