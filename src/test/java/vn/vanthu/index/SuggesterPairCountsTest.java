package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The suggester's pair counts are right, and what it remembers of them is bounded whatever is asked. */
class SuggesterPairCountsTest {
    @Test
    void countsStayRightOnceTheMemoryIsFull() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String text : new String[] {"cử tri huyện", "cử tri xã", "tiếp xúc cử tri", "kỳ họp thứ"}) {
                    Document d = new Document();
                    d.add(new TextField(IndexFields.TEXT_EXACT, text, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, Long> unigrams = Map.of("cử", 3L, "tri", 3L, "huyện", 1L, "xã", 1L, "tiếp", 1L, "xúc", 1L,
                        "kỳ", 1L, "họp", 1L, "thứ", 1L);
                Suggester.PairCounts pairs = new Suggester.PairCounts(reader, unigrams, null, 2);
                assertEquals(3, pairs.count("cử", "tri"));
                assertEquals(1, pairs.count("tiếp", "xúc"));
                assertEquals(2, pairs.remembered());
                // Past the bound: counted again each time, still right, not remembered.
                assertEquals(1, pairs.count("kỳ", "họp"));
                assertEquals(0, pairs.count("tri", "cử"));
                assertEquals(1, pairs.count("kỳ", "họp"));
                assertEquals(2, pairs.remembered());
                assertEquals(3, pairs.count("cử", "tri"));
            }
        }
    }
}
