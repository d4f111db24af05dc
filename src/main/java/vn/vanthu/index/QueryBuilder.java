package vn.vanthu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed, and the filters they chose, into a Lucene query.
 * <ul>
 *   <li>each word must match (AND), in the exact field (diacritics kept) or the folded one, so a
 *       query without diacritics finds the same documents while one with diacritics ranks exact
 *       spellings first;</li>
 *   <li>adjacent words also score on the syllable-bigram fields, so multi-syllable words rank as words;</li>
 *   <li>"phrases", -exclusions, a | b alternatives and prefix* work (Lucene's simple syntax);</li>
 *   <li>a document number in the query lifts the document bearing it first and its citers next.</li>
 * </ul>
 */
final class QueryBuilder {
    private static final Map<String, Float> WORD_FIELDS = Map.of(
            IndexFields.TEXT_EXACT, 1.0f,
            IndexFields.TEXT_FOLDED, 0.6f,
            IndexFields.TITLE_EXACT, 1.5f,
            IndexFields.TITLE_FOLDED, 1.0f);
    private static final float BIGRAM_EXACT_BOOST = 0.8f;
    private static final float BIGRAM_FOLDED_BOOST = 0.5f;
    private static final float OWN_NUMBER_BOOST = 50f;
    private static final float CITED_NUMBER_BOOST = 10f;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
    }

    Query build(SearchRequest request) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        String text = request.query().strip();
        if (text.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            // A document matches by its words, or by bearing or citing a number the query names
            // (its number may be known only from the header, or spelt differently in its text).
            BooleanQuery.Builder match = new BooleanQuery.Builder();
            match.add(words(text), Occur.SHOULD);
            for (String key : QueryNumbers.keys(text)) {
                match.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_KEY, key)), OWN_NUMBER_BOOST), Occur.SHOULD);
                match.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITED_KEY, key)), CITED_NUMBER_BOOST), Occur.SHOULD);
            }
            root.add(match.build(), Occur.MUST);
            addBigrams(root, text, IndexFields.TEXT_EXACT_BIGRAMS, BIGRAM_EXACT_BOOST);
            addBigrams(root, text, IndexFields.TEXT_FOLDED_BIGRAMS, BIGRAM_FOLDED_BOOST);
        }
        request.type().ifPresent(v -> filter(root, IndexFields.FACET_TYPE, v));
        request.issuer().ifPresent(v -> filter(root, IndexFields.FACET_ISSUER, v));
        request.year().ifPresent(v -> filter(root, IndexFields.FACET_YEAR, v.toString()));
        request.session().ifPresent(v -> filter(root, IndexFields.FACET_SESSION, v));
        if (request.from().isPresent() || request.to().isPresent()) {
            long lo = request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long hi = request.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            root.add(LongPoint.newRangeQuery(IndexFields.ISSUED_DAY, lo, hi), Occur.FILTER);
        }
        return root.build();
    }

    private Query words(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WORD_FIELDS);
        parser.setDefaultOperator(Occur.MUST);
        Query q = parser.parse(text);
        // A query of only operators or punctuation analyses to nothing: match nothing rather than fail.
        return q == null ? new BooleanQuery.Builder().build() : q;
    }

    private void addBigrams(BooleanQuery.Builder root, String text, String field, float boost) {
        Set<String> bigrams = terms(field, text.replaceAll("[\"|+*()~-]", " "));
        for (String b : bigrams) {
            root.add(new BoostQuery(new TermQuery(new Term(field, b)), boost), Occur.SHOULD);
        }
    }

    /** The distinct terms the field's analyzer makes of a text. */
    Set<String> terms(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void filter(BooleanQuery.Builder root, String dimension, String value) {
        root.add(new TermQuery(new Term(IndexFields.filterField(dimension), value)), Occur.FILTER);
    }
}
