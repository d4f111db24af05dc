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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
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
}
