package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;

/** Analysing once and replaying gives exactly what the four analyzers give. */
class AnalyzedTextTest {
    private static final VietnameseAnalysis A = VietnameseAnalysis.of(IndexConfig.bundled());
    private static final String TEXT = "Thường trực HĐND huyện phát hành Thông báo số 77/TB-HĐND ngày 22/11/2016; "
            + "Ho\u0323\u0302i nghị TXCT đạt 83,33%, kĩ thuật, Hoà giải – KT-XH. x";

    @Test
    void replaysMatchTheAnalyzers() throws IOException {
        assertSame(TEXT);
        assertSame("");
        assertSame("một");
    }

    @Test
    void replaysMatchOnTheSeedReport() throws IOException {
        Path seed = sharedDir().resolve("seed/bao-cao-rut-kinh-nghiem-ky-hop-thu-ba.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "shared seed report not present");
        assertSame(Files.readString(seed, StandardCharsets.UTF_8));
    }

    private static void assertSame(String text) throws IOException {
        AnalyzedText t = A.analyzeOnce(text);
        check(A.exact(), t.exact(), text);
        check(A.folded(), t.folded(), text);
        check(A.exactBigrams(), t.exactBigrams(), text);
        check(A.foldedBigrams(), t.foldedBigrams(), text);
    }

    private static void check(Analyzer analyzer, TokenStream replay, String text) throws IOException {
        List<TokenStreamAssertions.Tok> expected = TokenStreamAssertions.analyze(analyzer, text);
        assertEquals(expected, drain(replay, text.length()));
        assertTrue(text.length() < 10 || !expected.isEmpty());
    }

    private static List<TokenStreamAssertions.Tok> drain(TokenStream ts, int finalOffset) throws IOException {
        List<TokenStreamAssertions.Tok> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(TokenStreamAssertions.tok(term.toString(), offset.startOffset(), offset.endOffset(),
                    inc.getPositionIncrement()));
        }
        ts.end();
        assertEquals(finalOffset, offset.endOffset());
        ts.close();
        return out;
    }

    static Path sharedDir() {
        Function<String, Path> p = Path::of;
        String projectDir = System.getProperty("vanthu.projectDir");
        return projectDir != null ? p.apply(projectDir).resolve("../shared") : p.apply("../shared");
    }
}
