package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Checks a token stream's terms, offsets and position increments together, and the stream contract
 * (reset, end with the final offset, close), in the manner of Lucene's
 * BaseTokenStreamTestCase.assertAnalyzesTo (which needs the JUnit 4 randomized runner).
 */
final class TokenStreamAssertions {
    private TokenStreamAssertions() {
    }

    /** One expected token. */
    record Tok(String term, int start, int end, int posInc) {
    }

    static Tok tok(String term, int start, int end, int posInc) {
        return new Tok(term, start, end, posInc);
    }

    static void assertAnalyzesTo(Analyzer analyzer, String text, Tok... expected) throws IOException {
        // Twice: the second run checks that reuse of the components resets their state.
        for (int round = 0; round < 2; round++) {
            List<Tok> actual = analyze(analyzer, text);
            assertEquals(List.of(expected), actual, "round " + round + " of '" + text + "'");
        }
    }

    static void assertTerms(Analyzer analyzer, String text, String... terms) throws IOException {
        List<String> actual = new ArrayList<>();
        for (Tok t : analyze(analyzer, text)) {
            actual.add(t.term());
        }
        assertEquals(List.of(terms), actual, text);
    }

    /** The terms in any order: for token graphs (synonyms), whose order is the filter's business. */
    static void assertTermSet(Analyzer analyzer, String text, String... terms) throws IOException {
        List<String> actual = new ArrayList<>();
        for (Tok t : analyze(analyzer, text)) {
            actual.add(t.term());
        }
        List<String> expected = new ArrayList<>(List.of(terms));
        java.util.Collections.sort(actual);
        java.util.Collections.sort(expected);
        assertEquals(expected, actual, text);
    }

    static List<Tok> analyze(Analyzer analyzer, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = 0;
            while (ts.incrementToken()) {
                assertTrue(offset.startOffset() >= lastStart, "offsets go backwards at " + term);
                assertTrue(offset.endOffset() >= offset.startOffset(), "end before start at " + term);
                assertTrue(offset.endOffset() <= text.length(), "offset past the text at " + term);
                lastStart = offset.startOffset();
                out.add(tok(term.toString(), offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement()));
            }
            ts.end();
            assertEquals(text.length(), offset.endOffset(), "final offset");
            assertEquals(text.length(), offset.startOffset(), "final offset");
        }
        return out;
    }
}
