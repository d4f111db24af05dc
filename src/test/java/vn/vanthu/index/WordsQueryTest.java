package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;

class WordsQueryTest {
    private static final Map<String, Float> EXACT = Map.of(IndexFields.TEXT_EXACT, 1.0f, IndexFields.TITLE_EXACT, 1.5f);
    private static final Map<String, Float> FOLDED = Map.of(IndexFields.TEXT_EXACT, 0.6f, IndexFields.TITLE_EXACT, 1.0f);

    private static final WordsQuery WORDS;

    static {
        VietnameseAnalysis a = VietnameseAnalyzers.withConfig(IndexConfig.bundled());
        WORDS = new WordsQuery(a.exactQuery(), a.foldedQuery(), EXACT, FOLDED, 0.25f);
    }

    /** The clauses of the query's only unit: each clause's kind and boost, by field order of the toString. */
    private static List<BooleanClause> unitClauses(String typed) {
        BooleanQuery all = (BooleanQuery) WORDS.build(typed).orElseThrow();
        assertEquals(1, all.clauses().size());
        return ((BooleanQuery) all.clauses().get(0).getQuery()).clauses();
    }

    /** Each clause as "kind boost", sorted: a weighted FoldedQuery, a plain folded one, or the exact query. */
    private static List<String> kinds(List<BooleanClause> clauses) {
        List<String> out = new ArrayList<>();
        for (BooleanClause c : clauses) {
            BoostQuery b = (BoostQuery) c.getQuery();
            String s = b.getQuery().toString();
            out.add((b.getQuery() instanceof FoldedQuery ? (s.contains("others") ? "weighted" : "folded") : "exact") + " " + b.getBoost());
        }
        out.sort(null);
        return out;
    }

    @Test
    void wordsTypedWithDiacriticsAreOneClausePerFieldWeightedTheSumOfExactAndFolded() {
        List<BooleanClause> clauses = unitClauses("hội nghị cử tri");
        assertEquals(2, clauses.size());
        assertEquals(List.of("weighted 1.6", "weighted 2.5"), kinds(clauses));
        // Highlighting still sees the typed terms (as the exact clause reported them) and the folded ones.
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
        clauses.get(0).getQuery().visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        List<String> marked = terms.stream().map(Object::toString).toList();
        assertTrue(marked.stream().anyMatch(t -> t.endsWith(":hội")), marked.toString());
        assertTrue(marked.stream().anyMatch(t -> t.endsWith(":hoi")), marked.toString());
    }

    @Test
    void wordsTypedWithoutDiacriticsPhrasesAndExclusionsKeepTheirClauses() {
        List<String> twoClauses = List.of("exact 1.0", "exact 1.5", "folded 0.6", "folded 1.0");
        assertEquals(twoClauses, kinds(unitClauses("hoi nghi")));
        assertEquals(twoClauses, kinds(unitClauses("\"hội nghị\"")));
        BooleanQuery excluded = (BooleanQuery) WORDS.build("hội -nghị").orElseThrow();
        BooleanQuery not = (BooleanQuery) excluded.clauses().stream()
                .filter(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT).findFirst().orElseThrow().getQuery();
        assertEquals(List.of("folded 0.6", "folded 1.0"), kinds(not.clauses()), "an exclusion: the folded clauses only");
    }

    @Test
    void anAbbreviationsExpansionIsWordsSoItIsWeightedToo() {
        List<BooleanClause> clauses = unitClauses("HĐND tỉnh");
        assertEquals(List.of("weighted 1.6", "weighted 2.5"), kinds(clauses));
        String q = clauses.toString();
        assertTrue(q.contains(":hdnd") && q.contains(":nhan"), "both ways of writing it: " + q);
    }
}
