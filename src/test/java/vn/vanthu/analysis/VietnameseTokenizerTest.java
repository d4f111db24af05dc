package vn.vanthu.analysis;

import static vn.vanthu.analysis.TokenStreamAssertions.assertAnalyzesTo;
import static vn.vanthu.analysis.TokenStreamAssertions.tok;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/** The bare tokenizer: original characters, case and offsets. */
class VietnameseTokenizerTest {

    private static Analyzer tokenizerOnly(boolean parts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new VietnameseTokenizer(parts);
                return new TokenStreamComponents(t);
            }
        };
    }

    @Test
    void splitsSyllablesOnSpacesAndPunctuation() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "Kỳ họp thứ ba, HĐND huyện.",
                tok("Kỳ", 0, 2, 1), tok("họp", 3, 6, 1), tok("thứ", 7, 10, 1), tok("ba", 11, 13, 1),
                tok("HĐND", 15, 19, 1), tok("huyện", 20, 25, 1));
    }

    @Test
    void documentNumberIsWholeWithItsPartsStacked() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "số 40/KH-HĐND ngày",
                tok("số", 0, 2, 1),
                tok("40/KH-HĐND", 3, 13, 1), tok("40", 3, 5, 0), tok("KH-HĐND", 6, 13, 0),
                tok("KH", 6, 8, 0), tok("HĐND", 9, 13, 0),
                tok("ngày", 14, 18, 1));
    }

    @Test
    void normativeNumberWithYear() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "15/2020/NQ-HĐND",
                tok("15/2020/NQ-HĐND", 0, 15, 1), tok("15", 0, 2, 0), tok("2020", 3, 7, 0),
                tok("NQ-HĐND", 8, 15, 0), tok("NQ", 8, 10, 0), tok("HĐND", 11, 15, 0));
    }

    @Test
    void dateIsWholeWithItsParts() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "ngày 07/11/2016.",
                tok("ngày", 0, 4, 1), tok("07/11/2016", 5, 15, 1), tok("07", 5, 7, 0), tok("11", 8, 10, 0),
                tok("2016", 11, 15, 0));
    }

    @Test
    void decimalsPercentagesAndThousandsStayWhole() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "đạt 83,33% và 1.000.000 đồng",
                tok("đạt", 0, 3, 1), tok("83,33%", 4, 10, 1), tok("83,33", 4, 9, 0), tok("và", 11, 13, 1),
                tok("1.000.000", 14, 23, 1), tok("đồng", 24, 28, 1));
    }

    @Test
    void dashBetweenLowerCaseWordsIsPunctuation() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "kinh tế-xã hội; KT-XH; 2016-2021",
                tok("kinh", 0, 4, 1), tok("tế", 5, 7, 1), tok("xã", 8, 10, 1), tok("hội", 11, 14, 1),
                tok("KT-XH", 16, 21, 1), tok("KT", 16, 18, 0), tok("XH", 19, 21, 0),
                tok("2016-2021", 23, 32, 1), tok("2016", 23, 27, 0), tok("2021", 28, 32, 0));
    }

    @Test
    void decomposedLettersAndZeroWidthCharactersStayInsideTheToken() throws IOException {
        String nfd = "ho\u0323\u0302i \u0111o\u0302\u0300ng";
        assertAnalyzesTo(tokenizerOnly(true), nfd, tok("ho\u0323\u0302i", 0, 5, 1), tok("\u0111o\u0302\u0300ng", 6, 12, 1));
        assertAnalyzesTo(tokenizerOnly(true), "cử\u200Btri", tok("cử\u200Btri", 0, 6, 1));
    }

    @Test
    void unicodeSlashAndDashJoinLikeAsciiOnes() throws IOException {
        assertAnalyzesTo(tokenizerOnly(true), "61\u2215CV\u2013HĐND",
                tok("61\u2215CV\u2013HĐND", 0, 10, 1), tok("61", 0, 2, 0), tok("CV\u2013HĐND", 3, 10, 0),
                tok("CV", 3, 5, 0), tok("HĐND", 6, 10, 0));
    }

    @Test
    void queryModeLeavesPartsOut() throws IOException {
        assertAnalyzesTo(tokenizerOnly(false), "01/2011/TT-BNV", tok("01/2011/TT-BNV", 0, 14, 1));
    }
}
