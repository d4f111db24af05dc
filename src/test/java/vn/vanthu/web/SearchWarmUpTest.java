package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;

/** The start-up warm-up searches what people search, built from the index's own documents. */
class SearchWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void theSampleSpreadsOverLiveDocumentsAndTheSearchesCoverEveryKind() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (long id = 1; id <= 6; id++) {
                DocumentMetadata m = Fixtures.metadata(id + "/KH-HĐND", "KH", "Kế hoạch", "2016-11-14", "Thường trực HĐND huyện Khoa",
                        "Kế hoạch tiếp xúc cử tri lần " + id, List.of());
                index.put(new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", 10, Instant.EPOCH, m,
                        "Tiếp xúc cử tri trước kỳ họp.", List.of()));
            }
            index.commit();
            index.delete(2);
            index.commit();
            List<SearchHit> sample = index.sample(6);
            assertTrue(sample.stream().noneMatch(h -> h.id() == 2), "a deleted document is not sampled");
            assertEquals(5, sample.size());

            List<SearchRequest> requests = SearchWarmUp.requests(sample);
            assertTrue(requests.stream().anyMatch(r -> r.query().equals("kế hoạch")), "two words of a title");
            assertTrue(requests.stream().anyMatch(r -> r.query().equals("ke hoach tiep") && r.facets()), "without diacritics, as the page asks");
            assertTrue(requests.stream().anyMatch(r -> r.query().equals("\"kế hoạch\"")), "a phrase");
            assertTrue(requests.stream().anyMatch(r -> r.query().equals("1/KH-HĐND")), "a number");
            assertTrue(requests.stream().anyMatch(r -> r.type().equals(Optional.of("Kế hoạch")) && r.year().equals(Optional.of(2016))
                    && r.sort() == SearchRequest.Sort.DATE), "filters, sorted by date");
            assertTrue(requests.stream().anyMatch(r -> r.page() == 2), "a second page");
            for (SearchRequest r : requests) {
                assertTrue(index.search(r).total() >= 0);
            }
            assertTrue(index.search(requests.get(0)).total() > 0, "the searches find the documents they came from");
        }
    }
}
