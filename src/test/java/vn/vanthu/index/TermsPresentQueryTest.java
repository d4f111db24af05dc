package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A ranking hint whose required word no document holds leaves the query; scores do not change. */
class TermsPresentQueryTest {
    private static IndexSearcher searcher(Directory dir) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (String[] d : new String[][] {{"cu tri", "ke hoach"}, {"cu tri tiep xuc", "bao cao"}, {"ngan sach", "ke hoach"}}) {
                Document doc = new Document();
                doc.add(new TextField("text", d[0], Field.Store.NO));
                doc.add(new StringField("type", d[1], Field.Store.NO));
                w.addDocument(doc);
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static Query hint(String type) {
        return new TermsPresentQuery(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("type", type))), 3f));
    }

    private static Query words(Query hint) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term("text", "cu")), Occur.MUST);
        b.add(hint, Occur.SHOULD);
        return b.build();
    }

    @Test
    void aHintOnAWordNoDocumentHoldsIsDroppedAndScoresStay() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = searcher(dir);
            assertInstanceOf(MatchNoDocsQuery.class, s.rewrite(hint("cu tri")));
            // The words alone remain: the boolean query rewrites to its one required clause.
            assertEquals(new TermQuery(new Term("text", "cu")), s.rewrite(words(hint("cu tri"))));
            ScoreDoc[] with = s.search(words(hint("cu tri")), 10).scoreDocs;
            ScoreDoc[] without = s.search(new TermQuery(new Term("text", "cu")), 10).scoreDocs;
            assertEquals(without.length, with.length);
            for (int i = 0; i < with.length; i++) {
                assertEquals(without[i].doc, with[i].doc);
                assertEquals(without[i].score, with[i].score);
            }
            s.getIndexReader().close();
        }
    }

    @Test
    void aHintOnAWordTheIndexHoldsStaysAndStillRanks() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = searcher(dir);
            assertEquals(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("type", "bao cao"))), 3f),
                    s.rewrite(hint("bao cao")));
            assertEquals(1, s.search(words(hint("bao cao")), 10).scoreDocs[0].doc);
            s.getIndexReader().close();
        }
    }

    private static Query issuerHint(String... words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            all.add(new TermQuery(new Term("issuerWords", w)), Occur.MUST);
        }
        return new TermsPresentQuery(new BoostQuery(new ConstantScoreQuery(all.build()), 3f));
    }

    @Test
    void aHintWhoseWordsNoSingleDocumentHoldsTogetherIsDropped() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (String issuer : new String[] {"hoi dong nhan dan", "uy ban nhan dan", "doan dai bieu quoc hoi"}) {
                    Document doc = new Document();
                    doc.add(new TextField("issuerWords", issuer, Field.Store.NO));
                    doc.add(new TextField("text", "cu tri", Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                // Every word is in some issuer's name; no name holds "hoi dong" and "uy ban" together.
                assertInstanceOf(MatchNoDocsQuery.class, s.rewrite(issuerHint("hoi", "uy", "ban")));
                assertInstanceOf(MatchNoDocsQuery.class, s.rewrite(issuerHint("dai", "bieu", "dong")));
                // The shape the product builds for an abbreviation: its expansion's words, or itself.
                BooleanQuery.Builder expansion = new BooleanQuery.Builder();
                for (String w : new String[] {"dai", "bieu", "dong"}) {
                    expansion.add(new TermQuery(new Term("issuerWords", w)), Occur.MUST);
                }
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(expansion.build(), Occur.SHOULD);
                either.add(new TermQuery(new Term("issuerWords", "dbd")), Occur.SHOULD);
                assertInstanceOf(MatchNoDocsQuery.class, s.rewrite(new TermsPresentQuery(new ConstantScoreQuery(either.build()))));
                // Words one name holds together stay a hint, and rank that document first.
                Query kept = s.rewrite(issuerHint("dai", "bieu", "quoc"));
                assertEquals(BoostQuery.class, kept.getClass());
                BooleanQuery.Builder search = new BooleanQuery.Builder();
                search.add(new TermQuery(new Term("text", "cu")), Occur.MUST);
                search.add(issuerHint("dai", "bieu", "quoc"), Occur.SHOULD);
                assertEquals(2, s.search(search.build(), 10).scoreDocs[0].doc);
                // A lone word the index holds is settled by its count alone, and stays.
                assertEquals(BoostQuery.class, s.rewrite(issuerHint("nhan")).getClass());
            }
        }
    }

    @Test
    void onlyRequiredTermClausesAreChecked() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term("type", "a")), Occur.SHOULD);
        any.add(new TermQuery(new Term("type", "b")), Occur.SHOULD);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term("issuer", "to")), Occur.FILTER);
        all.add(new TermQuery(new Term("issuer", "dai")), Occur.MUST);
        all.add(any.build(), Occur.MUST);
        all.add(new TermQuery(new Term("issuer", "not")), Occur.MUST_NOT);
        assertArrayEquals(new Term[] {new Term("issuer", "to"), new Term("issuer", "dai")},
                TermsPresentQuery.requiredTerms(new ConstantScoreQuery(all.build())).stream()
                        .sorted((x, y) -> y.text().compareTo(x.text())).toArray());
    }
}
