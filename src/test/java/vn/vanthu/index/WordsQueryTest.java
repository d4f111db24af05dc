package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;

class WordsQueryTest {
    private static final String[] WORDS = {
        "hội", "đồng", "nhân", "dân", "HĐND", "UBND", "ĐBQH", "MTTQ", "hdnd", "cử", "tri", "kỳ", "họp", "thứ",
        "ky", "hop", "quyết", "định", "TP.", "số", "03/HĐND-VP", "14/11/2016", "2016", "Tờ", "trình",
        "tiếp", "xúc", "y", "kien", "ý", "kiến", "đất", "đai", "NSNN", "TXCT", "ngân", "sách", "—", ",",
        "hoà", "hòa", "quý", "thuỷ", "thủy", "-hội", "-ky", "cử*", "ng*", "|", "OR", "AND", "+đất", "\"", "(", ")"};
    private static final Map<String, Float> EXACT = Map.of(IndexFields.TEXT_EXACT, 1.0f, IndexFields.TITLE_EXACT, 1.5f);
    private static final Map<String, Float> FOLDED = Map.of(IndexFields.TEXT_EXACT, 0.6f, IndexFields.TITLE_EXACT, 1.0f);

    /** Analysing each unit once for all fields builds the same queries as analysing it per field. */
    @Test
    void sameQueriesAsAnalysingPerField() {
        VietnameseAnalysis analysis = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
        WordsQuery words = new WordsQuery(analysis.exactQuery(), analysis.foldedQuery(), EXACT, FOLDED);
        WordsQueryReference reference = new WordsQueryReference(analysis.exactQuery(), analysis.foldedQuery(), EXACT, FOLDED);
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(6); w > 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "" : " ");
            }
            String q = text.toString();
            assertEquals(reference.build(q), words.build(q), q);
            assertEquals(reference.buildIn(IndexFields.ISSUER_FOLDED, q), words.buildIn(IndexFields.ISSUER_FOLDED, q), q);
        }
    }
}
