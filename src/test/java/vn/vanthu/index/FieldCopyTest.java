package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;

class FieldCopyTest {
    private static final String[] WORDS = {
        "hội", "đồng", "nhân", "dân", "HĐND", "UBND", "ĐBQH", "MTTQ", "cử", "tri", "kỳ", "họp", "thứ",
        "ky", "hop", "quyết", "định", "Quyết", "TP.", "tp", "số", "03/HĐND-VP", "14/11/2016", "2016",
        "Tờ", "trình", "tiếp", "xúc", "y", "kien", "ý", "kiến", "đất", "đai", "NSNN", "TXCT", "ngân",
        "sách", "—", "“", ",", ".", "a-b", "hoà", "hòa", "quý", "qúy", "thuỷ", "thủy"};

    /** A query copied to another field equals the same words analysed for that field. */
    @Test
    void copiesEqualTheOtherFieldsAnalysis() {
        VietnameseAnalysis analysis = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
        List<QueryBuilder> builders = List.of(new QueryBuilder(analysis.exactQuery()), new QueryBuilder(analysis.foldedQuery()));
        Random random = new Random(42);
        int copied = 0;
        int total = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(5); w > 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            for (QueryBuilder b : builders) {
                for (boolean phrase : new boolean[] {false, true}) {
                    Query text1 = phrase ? b.createPhraseQuery(IndexFields.TEXT_EXACT, text.toString())
                            : b.createBooleanQuery(IndexFields.TEXT_EXACT, text.toString(), Occur.MUST);
                    Query title = phrase ? b.createPhraseQuery(IndexFields.TITLE_EXACT, text.toString())
                            : b.createBooleanQuery(IndexFields.TITLE_EXACT, text.toString(), Occur.MUST);
                    if (text1 == null) {
                        assertNull(title);
                        continue;
                    }
                    total++;
                    Query copy = FieldCopy.to(text1, IndexFields.TITLE_EXACT);
                    if (copy != null) {
                        copied++;
                        assertEquals(title, copy, text.toString());
                    }
                }
            }
        }
        // Lucene's QueryBuilder makes only kinds FieldCopy copies, so every one is.
        assertEquals(total, copied);
    }

    @Test
    void keepsBoostsAndOptionsOrCopiesNothing() {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        b.add(new BoostQuery(new TermQuery(new Term("a", "x")), 2f), Occur.SHOULD);
        b.add(new TermQuery(new Term("a", "y")), Occur.SHOULD);
        Query copy = FieldCopy.to(b.build(), "b");
        BooleanQuery.Builder expected = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        expected.add(new BoostQuery(new TermQuery(new Term("b", "x")), 2f), Occur.SHOULD);
        expected.add(new TermQuery(new Term("b", "y")), Occur.SHOULD);
        assertEquals(expected.build(), copy);
        // A synonym's own boost would be lost: not copied.
        Query boosted = new SynonymQuery.Builder("a").addTerm(new Term("a", "x"), 0.5f).addTerm(new Term("a", "y")).build();
        assertNull(FieldCopy.to(boosted, "b"));
        assertNotNull(FieldCopy.to(new SynonymQuery.Builder("a").addTerm(new Term("a", "x")).addTerm(new Term("a", "y")).build(), "b"));
        // Queries of other kinds are not copied.
        assertNull(FieldCopy.to(new PrefixQuery(new Term("a", "x")), "b"));
    }
}
