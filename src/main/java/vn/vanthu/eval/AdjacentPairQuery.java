package vn.vanthu.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * An OR of two-word phrases, one per pair of adjacent query syllables: the query-time counterpart of
 * a syllable-bigram field, which costs nothing at indexing time (the unigram field's positions do
 * the work).
 */
final class AdjacentPairQuery {
    private AdjacentPairQuery() {
    }

    /** The pairs' OR, or null when the text has fewer than two syllables. */
    static Query build(String field, Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0) { // main tokens only, not the parts of a number
                    terms.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.size() < 2) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < terms.size(); i++) {
            b.add(new PhraseQuery(field, terms.get(i), terms.get(i + 1)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
