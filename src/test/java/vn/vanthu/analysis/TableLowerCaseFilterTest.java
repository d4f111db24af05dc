package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The table filter must give exactly what Lucene's LowerCaseFilter gives, character for character. */
class TableLowerCaseFilterTest {
    @Test
    void everyBmpCharacterLowerCasesAsLuceneDoes() throws IOException {
        // Every UTF-16 unit once (lone surrogates included), in terms of 512 units.
        for (int from = 0; from <= Character.MAX_VALUE; from += 512) {
            StringBuilder term = new StringBuilder();
            for (int c = from; c < from + 512; c++) {
                term.append((char) c);
            }
            assertSame(term.toString());
        }
    }

    @Test
    void vietnameseCapitalsAndSupplementaryLettersAsLuceneDoes() throws IOException {
        for (String term : List.of("HĐND", "ỦY BAN NHÂN DÂN", "QUYẾT ĐỊNH", "Ữ", "ǅ", "İstanbul", "ΣΑΣ",
                "A\uD801\uDC00B", "\uD801\uDC00\uD801\uDC01Ấ", "X\uDC00Y\uD800", "40/KH-HĐND", "")) {
            assertSame(term);
        }
    }

    private static void assertSame(String term) throws IOException {
        assertEquals(terms(new LowerCaseFilter(keyword(term))), terms(new TableLowerCaseFilter(keyword(term))),
                () -> "U+" + (term.isEmpty() ? "" : Integer.toHexString(term.charAt(0))));
    }

    private static Tokenizer keyword(String term) {
        Tokenizer t = new KeywordTokenizer(1024);
        t.setReader(new java.io.StringReader(term));
        return t;
    }

    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }
}
