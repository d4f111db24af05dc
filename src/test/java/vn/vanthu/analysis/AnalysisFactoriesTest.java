package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.analysis.TokenStreamAssertions.assertTermSet;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/** The chains rebuilt by SPI name, as Solr or OpenSearch would build them, give the same tokens. */
class AnalysisFactoriesTest {
    private static final String TEXT = "Thường trực HĐND huyện phát hành Thông báo số 77/TB-HĐND ngày "
            + "22/11/2016, kĩ thuật đạt 83,33%; Hoà giải ở cơ sở, Ho\u0323\u0302i nghị TXCT.";

    private static CustomAnalyzer.Builder base() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer(VietnameseTokenizerFactory.NAME)
                .addTokenFilter(VietnameseNormalizationFilterFactory.NAME)
                .addTokenFilter("lowercase")
                .addTokenFilter(IyVariantFilterFactory.NAME);
    }

    @Test
    void namesAreRegistered() {
        assertSame(VietnameseTokenizerFactory.class, TokenizerFactory.lookupClass("vietnamese"));
        for (String name : new String[] {"vietnameseNormalization", "vietnameseFolding", "vietnameseIyVariant",
                "syllableBigram", "vietnameseAbbreviation"}) {
            assertTrue(TokenFilterFactory.availableTokenFilters().contains(name), name);
        }
    }

    @Test
    void exactChainByName() throws IOException {
        assertSameTokens(VietnameseAnalyzers.exact(), base().build());
    }

    @Test
    void foldedChainByName() throws IOException {
        assertSameTokens(VietnameseAnalyzers.folded(), base().addTokenFilter(VietnameseFoldingFilterFactory.NAME).build());
    }

    @Test
    void bigramChainsByName() throws IOException {
        assertSameTokens(VietnameseAnalyzers.exactBigrams(), base().addTokenFilter(SyllableBigramFilterFactory.NAME).build());
        assertSameTokens(VietnameseAnalyzers.foldedBigrams(), base().addTokenFilter(VietnameseFoldingFilterFactory.NAME)
                .addTokenFilter(SyllableBigramFilterFactory.NAME).build());
    }

    @Test
    void queryChainByName() throws IOException {
        Map<String, String> noParts = new HashMap<>(Map.of("parts", "false"));
        Analyzer byName = CustomAnalyzer.builder()
                .withTokenizer(VietnameseTokenizerFactory.NAME, noParts)
                .addTokenFilter(VietnameseNormalizationFilterFactory.NAME)
                .addTokenFilter(AbbreviationFilterFactory.NAME)
                .addTokenFilter("lowercase")
                .addTokenFilter(IyVariantFilterFactory.NAME)
                .addTokenFilter(VietnameseFoldingFilterFactory.NAME)
                .build();
        assertSameTokens(VietnameseAnalyzers.foldedQuery(), byName);
        assertTermSet(byName, "UBND xã", "ubnd", "uy", "ban", "nhan", "dan", "xa");
    }

    @Test
    void unknownArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CustomAnalyzer.builder().withTokenizer("vietnamese", new HashMap<>(Map.of("colour", "red"))));
    }

    private static void assertSameTokens(Analyzer expected, Analyzer actual) throws IOException {
        assertEquals(TokenStreamAssertions.analyze(expected, TEXT), TokenStreamAssertions.analyze(actual, TEXT));
        assertTrue(TokenStreamAssertions.analyze(actual, TEXT).size() > 10);
    }
}
