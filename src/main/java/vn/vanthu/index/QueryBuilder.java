package vn.vanthu.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.SyllablePairQuery;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.text.VietnameseFolding;

/**
 * Turns what a person typed, and the filters they chose, into a Lucene query.
 * <ul>
 *   <li>the words must all match ({@link WordsQuery}), with or without diacritics;</li>
 *   <li>adjacent words also score as two-word phrases, so multi-syllable words rank as words;</li>
 *   <li>a document number matches the document bearing it (first), those citing it (next), or its
 *       spelling in the text; a date matches in any spelling ("14/11/2016", "ngày 14 tháng 11 năm 2016");</li>
 *   <li>{@code so:}, {@code loai:}, {@code coquan:}, {@code nam:}, {@code kyhop:}, {@code khoa:}
 *       filter like the facets do.</li>
 * </ul>
 */
final class QueryBuilder {
    private static final Map<String, Float> EXACT_FIELDS = Map.of(IndexFields.TEXT_EXACT, 1.0f, IndexFields.TITLE_EXACT, 1.5f);
    /** The same fields folded at query time ({@link vn.vanthu.analysis.FoldedQuery}), weighted below exact matches. */
    private static final Map<String, Float> FOLDED_FIELDS = Map.of(IndexFields.TEXT_EXACT, 0.6f, IndexFields.TITLE_EXACT, 1.0f);
    /*
     * Pairs are two-word phrases now, not bigram-field terms: eval's tuned pair weight went from 2 to 5
     * (Variants.Weights), so the product's pair boosts keep their old ratio to it (0.8 → 2.0, 0.5 → 1.25).
     * With the old 0.8 / 0.5, the product path fell to ALQAC nDCG@10 0.720 (0.743 with these).
     */
    private static final float PAIR_EXACT_BOOST = 2.0f;
    private static final float PAIR_FOLDED_BOOST = 1.25f;
    private static final float OWN_NUMBER_BOOST = 50f;
    private static final float CITED_NUMBER_BOOST = 10f;
    private static final float DATE_BOOST = 2f;

    private final Analyzer exactAnalyzer;
    private final Analyzer foldedAnalyzer;
    private final WordsQuery words;

    QueryBuilder(VietnameseAnalysis analysis) {
        this.exactAnalyzer = analysis.exact();
        this.foldedAnalyzer = analysis.folded();
        this.words = new WordsQuery(analysis.exactQuery(), analysis.foldedQuery(), EXACT_FIELDS, FOLDED_FIELDS);
    }

    /**
     * The query for a caller who sees only documents of the {@code visible} access levels: the
     * filter sits inside the query, so hits, totals, facet counts and snippets all obey it.
     */
    Query build(SearchRequest request, Collection<String> visible) {
        return restrict(build(request), visible);
    }

    /** {@code query} limited to documents of the {@code visible} access levels. */
    static Query restrict(Query query, Collection<String> visible) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder();
        filtered.add(query, Occur.MUST);
        filtered.add(accessFilter(visible), Occur.FILTER);
        return filtered.build();
    }

    static Query accessFilter(Collection<String> visible) {
        return new TermInSetQuery(IndexFields.ACCESS, visible.stream().map(BytesRef::new).toList());
    }

    Query build(SearchRequest request) {
        return build(request, QueryParts.parse(request.query()));
    }

    Query build(SearchRequest request, QueryParts parts) {
        return ranked(request, parts).full();
    }

    /**
     * The query in two parts: what decides the matches and scores them first, and the syllable-pair
     * phrases, which only add to the score of documents already matched. The phrases are by far the
     * dearest clauses (positions of every spelling of every word), so a search scores them only on
     * the best candidates of the first part ({@link PairRescorer}).
     *
     * @param matching the query without the pair clauses: the same matches, and the same totals
     * @param pairs    the pair clauses alone (a disjunction, each boosted as in {@code full}), if any
     * @param full     the whole query: {@code matching}'s clauses with the pairs among them
     */
    record Ranked(Query matching, Optional<Query> pairs, Query full) {
    }

    Ranked ranked(SearchRequest request, QueryParts parts) {
        List<BooleanClause> clauses = new ArrayList<>();
        List<BooleanClause> pairs = new ArrayList<>();
        Optional<Query> none = clauses(request, parts, clauses, pairs);
        if (none.isPresent()) {
            return new Ranked(none.get(), Optional.empty(), none.get());
        }
        BooleanQuery.Builder full = new BooleanQuery.Builder();
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        BooleanQuery.Builder pairsOnly = new BooleanQuery.Builder();
        Set<BooleanClause> isPair = Collections.newSetFromMap(new IdentityHashMap<>());
        isPair.addAll(pairs);
        for (BooleanClause c : clauses) {
            full.add(c);
            if (isPair.contains(c)) {
                pairsOnly.add(c);
            } else {
                matching.add(c);
            }
        }
        return new Ranked(matching.build(), pairs.isEmpty() ? Optional.empty() : Optional.of(pairsOnly.build()), full.build());
    }

    /**
     * The root clauses of the query in order into {@code clauses}, the pair clauses among them also
     * into {@code pairs}; or a query that matches nothing when the words hold nothing to look for.
     */
    private Optional<Query> clauses(SearchRequest request, QueryParts parts, List<BooleanClause> clauses,
                                    List<BooleanClause> pairs) {
        ClauseList root = new ClauseList(clauses);
        boolean required = false;
        if (!parts.words().isEmpty()) {
            Optional<Query> w = words.build(parts.words());
            if (w.isEmpty()) {
                // Only operators or punctuation: nothing to look for.
                return Optional.of(new MatchNoDocsQuery("the query has no searchable words"));
            }
            root.add(w.get(), Occur.MUST);
            required = true;
            int before = clauses.size();
            addPairs(root, parts.words());
            pairs.addAll(clauses.subList(before, clauses.size()));
            MetadataBoosts.addForWords(root, parts.words(), words);
        }
        for (QueryParts.Written<DocumentNumber> n : parts.numbers()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_KEY, n.value().key())), OWN_NUMBER_BOOST), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITED_KEY, n.value().key())), CITED_NUMBER_BOOST), Occur.SHOULD);
            words.build("\"" + n.spelling().replace("\"", "") + "\"").ifPresent(q -> any.add(q, Occur.SHOULD));
            root.add(any.build(), Occur.MUST);
            required = true;
        }
        for (QueryParts.Written<LocalDate> d : parts.dates()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.DATE_KEY, d.value().toString())), DATE_BOOST), Occur.SHOULD);
            MetadataBoosts.addForDate(any, d.value());
            words.build("\"" + d.spelling().replace("\"", "") + "\"").ifPresent(q -> any.add(q, Occur.SHOULD));
            root.add(any.build(), Occur.MUST);
            required = true;
        }
        if (!required) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        addFilters(root, request, parts);
        return Optional.empty();
    }

    /** A BooleanQuery.Builder that keeps its clauses in a list (so one set of clauses builds two queries). */
    private static final class ClauseList extends BooleanQuery.Builder {
        private final List<BooleanClause> clauses;

        ClauseList(List<BooleanClause> clauses) {
            this.clauses = clauses;
        }

        @Override
        public BooleanQuery.Builder add(BooleanClause clause) {
            clauses.add(clause);
            return this;
        }

        @Override
        public BooleanQuery.Builder add(Query query, Occur occur) {
            return add(new BooleanClause(query, occur));
        }

        @Override
        public BooleanQuery build() {
            throw new UnsupportedOperationException("the clauses are built into queries by QueryBuilder.ranked");
        }
    }

    /**
     * A query that is one document number and nothing else, as a lookup of its key: the documents
     * bearing it, then those citing it, by term alone (no text analysis, no phrase over the text
     * fields). Empty for any other query; the caller falls back to {@link #build} when the lookup
     * finds nothing (a number written in some text but neither borne nor cited as a citation).
     */
    Optional<Query> numberLookup(SearchRequest request, QueryParts parts) {
        if (!parts.words().isEmpty() || !parts.dates().isEmpty() || parts.numbers().size() != 1) {
            return Optional.empty();
        }
        String key = parts.numbers().get(0).value().key();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_KEY, key)), OWN_NUMBER_BOOST), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITED_KEY, key)), CITED_NUMBER_BOOST), Occur.SHOULD);
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(any.build(), Occur.MUST);
        addFilters(root, request, parts);
        return Optional.of(root.build());
    }

    /** The query's field filters and the request's facet and date filters: they narrow, never score. */
    private void addFilters(BooleanQuery.Builder root, SearchRequest request, QueryParts parts) {
        for (QueryParts.Filter f : parts.filters()) {
            root.add(filter(f), Occur.FILTER);
        }
        request.type().ifPresent(v -> root.add(typeFilter(v), Occur.FILTER));
        request.issuer().ifPresent(v -> root.add(facetTerm(IndexFields.FACET_ISSUER, v), Occur.FILTER));
        request.year().ifPresent(v -> root.add(facetTerm(IndexFields.FACET_YEAR, v.toString()), Occur.FILTER));
        request.session().ifPresent(v -> root.add(facetTerm(IndexFields.FACET_SESSION, v), Occur.FILTER));
        // The term field predates the term facet, so the filter works on indexes built before it.
        request.term().ifPresent(v -> root.add(new TermQuery(new Term(IndexFields.TERM, v.toString())), Occur.FILTER));
        if (request.from().isPresent() || request.to().isPresent()) {
            long lo = request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long hi = request.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            root.add(LongPoint.newRangeQuery(IndexFields.ISSUED_DAY, lo, hi), Occur.FILTER);
        }
    }

    private Query filter(QueryParts.Filter f) {
        return switch (f.field()) {
            case NUMBER -> DocumentNumber.parse(f.value())
                    .<Query>map(n -> new TermQuery(new Term(IndexFields.NUMBER_KEY, n.key())))
                    .orElseGet(() -> new MatchNoDocsQuery("not a document number: " + f.value()));
            case TYPE -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(IndexFields.TYPE_CODE, IndexValues.typeCode(f.value()))), Occur.SHOULD);
                b.add(new TermQuery(new Term(IndexFields.TYPE_FOLDED, IndexValues.folded(f.value()))), Occur.SHOULD);
                yield b.build();
            }
            case ISSUER -> words.buildIn(IndexFields.ISSUER_FOLDED, f.value())
                    .orElseGet(() -> new MatchNoDocsQuery("no issuer words"));
            case YEAR -> new TermQuery(new Term(IndexFields.filterField(IndexFields.FACET_YEAR), f.value()));
            case SESSION -> new TermQuery(new Term(IndexFields.SESSION_NUMBER, f.value()));
            case TERM -> new TermQuery(new Term(IndexFields.TERM, f.value()));
        };
    }

    /**
     * Each pair of adjacent words as a two-word phrase, exact and folded, so multi-syllable words
     * ("cử tri", "hội đồng") rank as words: what syllable-bigram fields did, without indexing them.
     */
    private void addPairs(BooleanQuery.Builder root, String words) {
        String text = words.replaceAll("[\"|+*()~-]", " ");
        Query exact = SyllablePairQuery.build(IndexFields.TEXT_EXACT, exactAnalyzer, text);
        if (exact != null) {
            root.add(new BoostQuery(exact, PAIR_EXACT_BOOST), Occur.SHOULD);
        }
        Query folded = SyllablePairQuery.build(IndexFields.TEXT_EXACT, foldedAnalyzer, text);
        if (folded != null) {
            // Typed with diacritics: the spellings compatible with them, as for the words (WordsQuery).
            FoldedQuery f = exact != null && VietnameseFolding.hasDiacritics(text)
                    ? FoldedQuery.compatibleWith(folded, exact) : new FoldedQuery(folded, !VietnameseFolding.hasDiacritics(text));
            root.add(new BoostQuery(f, PAIR_FOLDED_BOOST), Occur.SHOULD);
        }
    }

    private static Query facetTerm(String dimension, String value) {
        // Facet values are indexed composed (NFC); a client may send them decomposed (NFD).
        String composed = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC);
        return new TermQuery(new Term(IndexFields.filterField(dimension), composed));
    }

    /**
     * The type facet's value ("Kế hoạch", as the page's links send it) or the type's code ("KH",
     * as in the number and as {@code loai:} takes it): a code must not silently find nothing.
     */
    private static Query typeFilter(String value) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(facetTerm(IndexFields.FACET_TYPE, value), Occur.SHOULD);
        b.add(new TermQuery(new Term(IndexFields.TYPE_CODE, IndexValues.typeCode(value))), Occur.SHOULD);
        return b.build();
    }
}
