package vn.vanthu.analysis;

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
 * An OR of two-word phrases, one per pair of adjacent query syllables ("hội đồng", "đồng nhân"…):
 * the query-time counterpart of a syllable-bigram field, so that multi-syllable words rank as words
 * while indexing costs nothing more than the unigram field's positions. Only the main token of each
 * position is paired (not the parts of a document number), as {@link SyllableBigramFilter} does.
 */
public final class SyllablePairQuery {
    private SyllablePairQuery() {
    }

    /** The pairs' OR over {@code field}, or null when the text has fewer than two syllables. */
    public static Query build(String field, Analyzer analyzer, String text) {
        List<String> terms = mainTokens(field, analyzer, text);
        if (terms.size() < 2) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < terms.size(); i++) {
            b.add(new PhraseQuery(field, terms.get(i), terms.get(i + 1)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static List<String> mainTokens(String field, Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0) {
                    terms.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
