package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.analysis.AnalyzedText;
import vn.vanthu.analysis.VietnameseAnalysis;
import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;

/**
 * The folded twin fields ({@link IndexFields#FOLDED_TWINS}): a word typed without marks reads one
 * folded term, matching what the union of its spellings in the exact field matched; an index built
 * before the twins is searched by query-time folding until it is rebuilt.
 */
class FoldedTwinsTest {
    private static final VietnameseAnalysis ANALYSIS = VietnameseAnalyzers.withConfig(IndexConfig.bundled());

    /** Many spellings folding alike (cử cứ cụ cư cu; tri trì trị trí; hội hỏi hơi hoi; Đồng đông dong). */
    private static final List<String[]> DOCS = List.of(
            new String[] {"Kế hoạch tiếp xúc cử tri", "Đại biểu tiếp xúc cử tri tại hội nghị."},
            new String[] {"Thông báo", "Căn cứ Luật Tổ chức chính quyền; duy trì trật tự, cụ thể là trị an."},
            new String[] {"Báo cáo", "Cu tri hoi ve dong tien; dân cư hỏi, hơi chậm. Trí tuệ."},
            new String[] {"Hội đồng nhân dân", "Hội đồng nhân dân huyện Đông Anh họp về cử tri và đồng vốn."},
            new String[] {"Tờ trình", "Không có từ nào cần tìm ở đây cả."});

    @TempDir
    Path dir;

    private static void put(SearchIndex index, long id, String title, String text) {
        DocumentMetadata m = Fixtures.metadata(id + "/TB-HĐND", "TB", "Thông báo", "2016-11-07", "Thường trực HĐND", title, List.of());
        index.put(new ArchivedDocument(id, Long.toString(id).repeat(64).substring(0, 64), id + ".txt", "text/plain", 10,
                Instant.EPOCH, m, text, List.of()));
    }

    private static Set<Long> ids(SearchResults r) {
        Set<Long> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.id()));
        return out;
    }

    private static Set<Integer> matches(IndexSearcher searcher, Query q) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }

    @Test
    void anUnaccentedQueryMatchesTheSameDocumentsThroughTheTwinsAsThroughEverySpelling() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            for (int i = 0; i < DOCS.size(); i++) {
                put(index, i + 1, DOCS.get(i)[0], DOCS.get(i)[1]);
            }
            index.commit();
            assertFalse(index.lacksFoldedFields(), "a new index has the twins");
        }
        QueryBuilder twins = new QueryBuilder(ANALYSIS, () -> true);
        QueryBuilder spellings = new QueryBuilder(ANALYSIS, () -> false);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String typed : List.of("cu tri", "hoi", "dong", "tri", "\"cu tri\"", "hoi dong nhan dan", "cu -hoi",
                    "dong von", "HDND", "cư", "cu tri hội nghị")) {
                SearchRequest r = SearchRequest.of(typed);
                Query withTwins = twins.build(r);
                Query withSpellings = spellings.build(r);
                Set<Integer> expected = matches(searcher, withSpellings);
                assertEquals(expected, matches(searcher, withTwins), typed);
                if (!typed.equals("cư")) {
                    assertFalse(expected.isEmpty(), typed + " should match something here");
                }
            }
            // Scored with the exact spellings' statistics, the scores are those of query-time folding.
            for (String typed : List.of("cu tri", "hoi", "dong von", "\"cu tri\"")) {
                ScoreDoc[] a = searcher.search(twins.build(SearchRequest.of(typed)), 10).scoreDocs;
                ScoreDoc[] b = searcher.search(spellings.build(SearchRequest.of(typed)), 10).scoreDocs;
                assertEquals(b.length, a.length, typed);
                for (int i = 0; i < a.length; i++) {
                    assertEquals(b[i].doc, a[i].doc, typed + " rank " + i);
                    assertEquals(b[i].score, a[i].score, 1e-4f * b[i].score, typed + " rank " + i);
                }
            }
            // The twins are read (else the test above compares query-time folding with itself).
            String rewritten = searcher.rewrite(twins.build(SearchRequest.of("cu tri"))).toString();
            assertTrue(rewritten.contains(IndexFields.TEXT_FOLDED + ":cu"), rewritten);
            assertFalse(searcher.rewrite(spellings.build(SearchRequest.of("cu tri"))).toString().contains(IndexFields.TEXT_FOLDED));
            assertEquals(Set.of(0, 1, 2, 3), matches(searcher, twins.build(SearchRequest.of("tri"))));
        }
    }

    @Test
    void aQueryTypedWithoutMarksStillMarksEverySpelling() {
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            put(index, 1, DOCS.get(0)[0], DOCS.get(0)[1]);
            index.commit();
            SearchResults r = index.search(SearchRequest.of("cu tri"));
            assertEquals(Set.of(1L), ids(r));
            assertTrue(r.hits().get(0).snippets().get(0).contains("<mark>cử tri</mark>"), r.hits().get(0).snippets().toString());
        }
    }

    /** An index written as vanthu wrote it before the twins: the exact fields only, no commit data. */
    private void writeOldLayout() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(SearchIndex.analyzer(ANALYSIS));
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), config)) {
            for (int i = 0; i < DOCS.size(); i++) {
                Document d = new Document();
                d.add(new StringField(IndexFields.ID, Long.toString(i + 1), Field.Store.YES));
                d.add(new StringField(IndexFields.ACCESS, "public", Field.Store.NO));
                d.add(new Field(IndexFields.TEXT_EXACT, DOCS.get(i)[1], AnalyzedText.FIELD_TYPE));
                d.add(new TextField(IndexFields.TITLE_EXACT, DOCS.get(i)[0], Field.Store.NO));
                d.add(new StoredField(IndexFields.STORED_TITLE, DOCS.get(i)[0]));
                d.add(new StoredField(IndexFields.STORED_TEXT, DOCS.get(i)[1]));
                w.addDocument(d);
            }
            w.commit();
        }
    }

    @Test
    void anIndexBuiltBeforeTheTwinsIsSearchedByEverySpellingUntilItIsRebuilt() throws IOException {
        writeOldLayout();
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            assertTrue(index.lacksFoldedFields());
            assertEquals(Set.of(1L, 2L, 3L, 4L), ids(index.search(SearchRequest.of("cu tri"))), "query-time folding");
            // A document added to the old index has the twins, the others not: still every spelling.
            put(index, 6, "Cử tri", "Ý kiến cử tri xã.");
            index.commit();
            assertTrue(index.lacksFoldedFields());
            assertEquals(Set.of(1L, 2L, 3L, 4L, 6L), ids(index.search(SearchRequest.of("cu tri"))));
        }
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            assertTrue(index.lacksFoldedFields(), "reopened: still the old layout");
            // A rebuild (what `vanthu reindex` does): every document gets the twins, and the commit says so.
            index.deleteAll();
            assertTrue(index.lacksFoldedFields(), "not before the rebuild is committed");
            for (int i = 0; i < DOCS.size(); i++) {
                put(index, i + 1, DOCS.get(i)[0], DOCS.get(i)[1]);
            }
            index.commit();
            assertFalse(index.lacksFoldedFields());
            assertEquals(Set.of(1L, 2L, 3L, 4L), ids(index.search(SearchRequest.of("cu tri"))));
        }
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            assertFalse(index.lacksFoldedFields(), "the rebuilt index keeps its mark across opens and commits");
            put(index, 7, "Tờ trình", "Cụ thể.");
            index.commit();
            assertFalse(index.lacksFoldedFields());
        }
        try (SearchIndex index = SearchIndex.open(dir, ANALYSIS)) {
            assertFalse(index.lacksFoldedFields());
        }
    }
}
