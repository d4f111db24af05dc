package vn.vanthu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ReaderSpellingsTest {
    private static final String F = "text";
    private final VietnameseAnalysis analysis = VietnameseAnalyzers.withConfig(vn.vanthu.config.IndexConfig.bundled());

    private void add(IndexWriter w, String text) throws IOException {
        Document d = new Document();
        d.add(new Field(F, analysis.analyzeOnce(text).exact(), AnalyzedText.FIELD_TYPE));
        w.addDocument(d);
    }

    private static List<String> strings(List<BytesRef> terms) {
        return terms.stream().map(BytesRef::utf8ToString).toList();
    }

    @Test
    void aReaderRemembersWhatTheTermsDictionaryHoldsAndForgetsItWhenClosed() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.exact()))) {
            add(w, "Hội nghị hỏi ý kiến");
            w.commit();
            int before = ReaderSpellings.openReaders();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                ReaderSpellings spellings = ReaderSpellings.of(first);
                assertSame(spellings, ReaderSpellings.of(first), "one memory per reader");
                assertEquals(List.of("hỏi", "hội"), strings(spellings.of(F, "hoi")));
                assertEquals(FoldedSpellings.in(first, F, "hoi"), spellings.of(F, "hoi"));
                assertSame(spellings.of(F, "hoi"), spellings.of(F, "hoi"), "remembered, not looked up again");
                assertEquals(List.of(), spellings.of(F, "khong"));
                assertEquals(before + 1, ReaderSpellings.openReaders());

                // A new reader (after a refresh) sees the spellings added since; the old one keeps its own.
                add(w, "hơi chậm");
                w.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    assertEquals(List.of("hơi", "hỏi", "hội"), strings(ReaderSpellings.of(second).of(F, "hoi")));
                    assertEquals(List.of("hỏi", "hội"), strings(spellings.of(F, "hoi")));
                    assertEquals(before + 2, ReaderSpellings.openReaders());
                }
                assertEquals(before + 1, ReaderSpellings.openReaders(), "a closed reader's spellings go with it");
            }
            assertEquals(before, ReaderSpellings.openReaders());
        }
    }

    @Test
    void theMemoryOfOneReaderIsBounded() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.exact()))) {
            add(w, "hội");
        }
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            ReaderSpellings spellings = ReaderSpellings.of(r);
            List<BytesRef> first = spellings.of(F, "hoi");
            for (int i = 0; i < ReaderSpellings.MAX_KEYS; i++) {
                spellings.of(F, "k" + i);
            }
            // Full: the keys were dropped; looked up again, an equal but new list.
            List<BytesRef> again = spellings.of(F, "hoi");
            assertEquals(first, again);
            assertEquals(false, first == again);
        }
    }

    @Test
    void manyThreadsAtOnceGetWhatTheTermsDictionaryHolds() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.exact()))) {
            add(w, "Hội nghị hỏi ý kiến cử tri về kỳ họp thứ hai, hơi chậm");
        }
        String[] keys = {"hoi", "nghi", "y", "kien", "cu", "tri", "ve", "ky", "hop", "thu", "hai", "cham", "khong"};
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            ReaderSpellings spellings = ReaderSpellings.of(r);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int seed = t;
                    done.add(pool.submit(() -> {
                        java.util.Random random = new java.util.Random(seed);
                        for (int i = 0; i < ReaderSpellings.MAX_KEYS; i++) {
                            // Known keys and ever new ones, so the memory also fills and starts afresh meanwhile.
                            String key = random.nextBoolean() ? keys[random.nextInt(keys.length)] : "k" + seed + "-" + i;
                            assertEquals(FoldedSpellings.in(r, F, key), spellings.of(F, key), key);
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
