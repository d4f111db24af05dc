package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FoldedQueryTest {
    private static final String F = "text";

    private static DirectoryReader index(String... texts) throws IOException {
        VietnameseAnalysis a = VietnameseAnalyzers.withConfig(vn.vanthu.config.IndexConfig.bundled());
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a.exact()))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new Field(F, a.analyzeOnce(t).exact(), AnalyzedText.FIELD_TYPE));
                w.addDocument(d);
            }
        }
        return DirectoryReader.open(dir);
    }

    private static List<String> strings(List<BytesRef> terms) {
        return terms.stream().map(BytesRef::utf8ToString).toList();
    }

    @Test
    void findsEverySpellingThatFoldsToTheKeyAndNoOther() throws IOException {
        try (DirectoryReader r = index("Hội nghị hỏi ý kiến", "hơi chậm, HỒI đáp", "hoi dong; hợp đồng", "40/KH-HĐND")) {
            assertEquals(List.of("hoi", "hơi", "hỏi", "hồi", "hội"), strings(FoldedSpellings.in(r, F, "hoi")));
            assertEquals(List.of("dong", "đồng"), strings(FoldedSpellings.in(r, F, "dong")));
            assertEquals(List.of("40/kh-hđnd"), strings(FoldedSpellings.in(r, F, "40/kh-hdnd")));
            assertEquals(List.of(), FoldedSpellings.in(r, F, "ho"));
            IndexSearcher s = new IndexSearcher(r);
            assertEquals(3, s.count(new AutomatonQuery(new Term(F, "ho"), FoldedSpellings.prefixAutomaton("ho"))),
                    "hội/hỏi/hồi/hoi/hợp: documents 1, 2, 3");
        }
    }

    @Test
    void aFoldedTermBecomesOneSynonymQueryOfItsSpellings() throws IOException {
        try (DirectoryReader r = index("hội nghị", "hỏi han", "cử tri")) {
            IndexSearcher s = new IndexSearcher(r);
            FoldedQuery q = new FoldedQuery(new TermQuery(new Term(F, "hoi")), true);
            SynonymQuery expected = new SynonymQuery.Builder(F).addTerm(new Term(F, "hỏi")).addTerm(new Term(F, "hội")).build();
            assertEquals(expected, s.rewrite(q));
            assertEquals(2, s.count(q));
            assertEquals(0, s.count(new FoldedQuery(new TermQuery(new Term(F, "khong")), true)));
        }
    }

    @Test
    void aFoldedPhraseMatchesAnySpellingInOrderAndScoresLikeOnePhrase() throws IOException {
        try (DirectoryReader r = index("hội đồng nhân dân", "đồng hội", "hội đồng", "cử tri")) {
            IndexSearcher s = new IndexSearcher(r);
            FoldedQuery folded = new FoldedQuery(new PhraseQuery(F, "hoi", "dong"), true);
            TopDocs hits = s.search(folded, 10);
            assertEquals(2, hits.totalHits.value);
            // Each position has one spelling here, so pooling changes nothing: the plain phrase's scores.
            TopDocs exact = s.search(new PhraseQuery(F, "hội", "đồng"), 10);
            for (int i = 0; i < 2; i++) {
                assertEquals(exact.scoreDocs[i].doc, hits.scoreDocs[i].doc);
                assertEquals(exact.scoreDocs[i].score, hits.scoreDocs[i].score, 1e-6);
            }
        }
    }

    @Test
    void visitReportsEverySpellingOrOnlyTheFoldedTermForHighlighting() {
        Set<Term> all = new HashSet<>();
        new FoldedQuery(new TermQuery(new Term(F, "hoi")), true).visit(QueryVisitor.termCollector(all));
        assertEquals(Set.of(new Term(FoldedQuery.spellingsField(F), "hoi")), all);
        assertEquals(F, FoldedQuery.fieldOfSpellings(FoldedQuery.spellingsField(F)));
        Set<Term> own = new HashSet<>();
        new FoldedQuery(new TermQuery(new Term(F, "hoi")), false).visit(QueryVisitor.termCollector(own));
        assertEquals(Set.of(new Term(F, "hoi")), own);
        assertTrue(FoldedQuery.fieldOfSpellings(F) == null);
    }

    @Test
    void typedWithDiacriticsAFoldedTermExpandsOnlyToItsOwnAndTheUnaccentedSpelling() throws IOException {
        try (DirectoryReader r = index("hội nghị", "hỏi han", "hoi dong", "hơi chậm")) {
            IndexSearcher s = new IndexSearcher(r);
            FoldedQuery q = FoldedQuery.compatibleWith(new TermQuery(new Term(F, "hoi")), new TermQuery(new Term(F, "hội")));
            SynonymQuery expected = new SynonymQuery.Builder(F).addTerm(new Term(F, "hoi")).addTerm(new Term(F, "hội")).build();
            assertEquals(expected, s.rewrite(q));
            assertEquals(2, s.count(q), "hội nghị and hoi dong; not hỏi han nor hơi chậm");
            // The highlighting rule it follows: the folded term itself is reported, not every spelling.
            Set<Term> marked = new HashSet<>();
            q.visit(QueryVisitor.termCollector(marked));
            assertEquals(Set.of(new Term(F, "hoi")), marked);
        }
    }

    @Test
    void whereTheTypedSpellingIsTheOnlyCompatibleOneTheFoldedClauseMergesWithTheExactOne() throws IOException {
        try (DirectoryReader r = index("hội đồng nhân dân", "hỏi han", "đồng hồ")) {
            IndexSearcher s = new IndexSearcher(r);
            Query exact = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(F, "hội")), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(F, "đồng")), BooleanClause.Occur.MUST).build();
            Query template = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(F, "hoi")), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(F, "dong")), BooleanClause.Occur.MUST).build();
            Query unit = new BooleanQuery.Builder()
                    .add(new BoostQuery(exact, 1.0f), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(FoldedQuery.compatibleWith(template, exact), 0.6f), BooleanClause.Occur.SHOULD).build();
            assertEquals(new BoostQuery(exact, 1.6f), s.rewrite(unit), "one clause, the boosts summed");
            TopDocs merged = s.search(unit, 10);
            TopDocs alone = s.search(new BoostQuery(exact, 1.6f), 10);
            assertEquals(1, merged.totalHits.value);
            assertEquals(alone.scoreDocs[0].score, merged.scoreDocs[0].score, 1e-6);
            // A phrase whose every position has one compatible spelling is a plain phrase, equal to the exact one.
            Query phrase = FoldedQuery.compatibleWith(new PhraseQuery(F, "hoi", "dong"), new PhraseQuery(F, "hội", "đồng"));
            assertEquals(new PhraseQuery(F, "hội", "đồng"), s.rewrite(phrase));
        }
    }
}
