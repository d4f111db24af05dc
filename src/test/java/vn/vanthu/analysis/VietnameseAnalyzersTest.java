package vn.vanthu.analysis;

import static vn.vanthu.analysis.TokenStreamAssertions.assertAnalyzesTo;
import static vn.vanthu.analysis.TokenStreamAssertions.assertTermSet;
import static vn.vanthu.analysis.TokenStreamAssertions.assertTerms;
import static vn.vanthu.analysis.TokenStreamAssertions.tok;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzersTest {

    @Test
    void exactKeepsDiacriticsAndCanonicalisesOriginalOffsets() throws IOException {
        // NFD "Hội" and new-style "Hoà": terms normalised, offsets on the original characters.
        String text = "Ho\u0323\u0302i đồng hoà giải";
        assertAnalyzesTo(VietnameseAnalyzers.exact(), text,
                tok("hội", 0, 5, 1), tok("đồng", 6, 10, 1), tok("hòa", 11, 14, 1), tok("giải", 15, 19, 1));
    }

    @Test
    void foldedDropsMarksAndD() throws IOException {
        assertAnalyzesTo(VietnameseAnalyzers.folded(), "Ủy ban Đảng",
                tok("uy", 0, 2, 1), tok("ban", 3, 6, 1), tok("dang", 7, 11, 1));
    }

    @Test
    void documentNumbersAreLowerCasedAndFoldedWithTheirParts() throws IOException {
        assertAnalyzesTo(VietnameseAnalyzers.folded(), "61/CV-HĐND",
                tok("61/cv-hdnd", 0, 10, 1), tok("61", 0, 2, 0), tok("cv-hdnd", 3, 10, 0),
                tok("cv", 3, 5, 0), tok("hdnd", 6, 10, 0));
        assertTerms(VietnameseAnalyzers.exact(), "01/2011/TT\u2011BNV",
                "01/2011/tt-bnv", "01", "2011", "tt-bnv", "tt", "bnv");
    }

    @Test
    void iyVariantsMeet() throws IOException {
        assertTerms(VietnameseAnalyzers.exact(), "kĩ thuật, lí do, Kì họp", "kỹ", "thuật", "lý", "do", "kỳ", "họp");
    }

    @Test
    void exactBigramsPairAdjacentSyllablesSkippingParts() throws IOException {
        assertAnalyzesTo(VietnameseAnalyzers.exactBigrams(), "Tiếp xúc cử tri",
                tok("tiếp xúc", 0, 8, 1), tok("xúc cử", 5, 11, 1), tok("cử tri", 9, 15, 1));
        assertAnalyzesTo(VietnameseAnalyzers.foldedBigrams(), "Số 40/KH-HĐND ngày",
                tok("so 40/kh-hdnd", 0, 13, 1), tok("40/kh-hdnd ngay", 3, 18, 1));
    }

    @Test
    void singleSyllableHasNoBigram() throws IOException {
        assertAnalyzesTo(VietnameseAnalyzers.exactBigrams(), "hội");
    }

    @Test
    void queryAnalyzerExpandsAbbreviations() throws IOException {
        assertTermSet(VietnameseAnalyzers.exactQuery(), "HĐND huyện",
                "hđnd", "hội", "đồng", "nhân", "dân", "huyện");
        assertTermSet(VietnameseAnalyzers.foldedQuery(), "tiep xuc cu tri",
                "txct", "tiep", "xuc", "cu", "tri");
    }

    @Test
    void shortAbbreviationsExpandOnlyInCapitals() throws IOException {
        assertTermSet(VietnameseAnalyzers.exactQuery(), "HU", "hu", "huyện", "ủy");
        assertTermSet(VietnameseAnalyzers.foldedQuery(), "hu hong", "hu", "hong");
    }

    @Test
    void ambiguousTTrExpandsOnlyInContext() throws IOException {
        assertTermSet(VietnameseAnalyzers.exactQuery(), "TTr HĐND", "ttr", "thường", "hđnd", "trực", "hội",
                "đồng", "nhân", "dân");
        assertTermSet(VietnameseAnalyzers.exactQuery(), "TTr", "ttr");
    }

    @Test
    void anOfficesIyTableOfAnyShapeIsAppliedExactly() throws Exception {
        // The filter's pre-test (key lengths, keys' last characters) is built from the table in use:
        // keys of other lengths and endings than the bundled ones still map, near misses do not.
        VietnameseAnalysis analysis = new VietnameseAnalysis(
                vn.vanthu.text.IyVariants.parse(java.util.List.of("kỹ kĩ", "thủy thuỉ", "quy qui")),
                vn.vanthu.text.AbbreviationTable.parse(java.util.List.of()));
        assertTerms(analysis.exact(), "kĩ thuỉ qui ki kì quì thui", "kỹ", "thủy", "quy", "ki", "kì", "quì", "thui");
        VietnameseAnalysis none = new VietnameseAnalysis(vn.vanthu.text.IyVariants.none(),
                vn.vanthu.text.AbbreviationTable.parse(java.util.List.of()));
        assertTerms(none.exact(), "kĩ lí", "kĩ", "lí");
    }
}
