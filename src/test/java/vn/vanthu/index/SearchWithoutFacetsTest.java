package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;

/** The cheaper search paths: no facet counts when the caller does not show them, and number lookups by key. */
class SearchWithoutFacetsTest {
    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir);
        put(1, "40/KH-HĐND", "2016-11-14", "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba",
                "Thường trực HĐND huyện ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri.", List.of());
        put(2, "45/BC-HĐND", "2016-12-26", "Báo cáo kết quả tiếp xúc cử tri",
                "Thực hiện Kế hoạch số 40/KH-HĐND, các tổ đại biểu đã tổ chức hội nghị với 454 cử tri.",
                List.of(Fixtures.citation("thực hiện", "40/KH-HĐND", null, "Thực hiện Kế hoạch số 40/KH-HĐND", 17)));
        put(3, "18/TB-HĐND", "2016-11-07", "Thông báo kết luận hội nghị",
                "Hội nghị nhắc lại Công văn 61/CV-HĐND về đường giao thông.", List.of());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(long id, String number, String date, String title, String text, List<Citation> citations) {
        DocumentMetadata m = Fixtures.metadata(number, number.split("[/-]")[1], "Văn bản", date, "Thường trực HĐND huyện Khoa",
                title, citations);
        index.put(new ArchivedDocument(id, "x".repeat(64), id + ".txt", "text/plain", text.length(), Instant.EPOCH, m, text,
                List.of()));
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void withoutFacetsTheHitsAndTotalAreTheSameAndNoFacetIsCounted() {
        SearchRequest request = SearchRequest.of("cử tri");
        SearchResults with = index.search(request);
        SearchResults without = index.search(request.withoutFacets());
        assertEquals(ids(with), ids(without));
        assertEquals(with.total(), without.total());
        assertTrue(without.totalExact(), "three matches are far below the counting threshold");
        assertTrue(with.facets().get("year").contains(new FacetValue("2016", 2)), with.facets().toString());
        assertTrue(without.facets().isEmpty(), without.facets().toString());
        assertEquals(with.hits().get(0).snippets(), without.hits().get(0).snippets());
    }

    @Test
    void beyondTheThresholdTheTotalIsALowerBound() {
        for (long id = 10; id < 1_210; id++) {
            put(id, id + "/TB-UBND", "2017-01-02", "Thông báo số " + id, "Thông báo về lịch tiếp công dân.", List.of());
        }
        index.commit();
        SearchResults with = index.search(SearchRequest.of("tiếp công dân"));
        SearchResults without = index.search(SearchRequest.of("tiếp công dân").withoutFacets());
        assertEquals(1_200, with.total());
        assertTrue(with.totalExact());
        assertFalse(without.totalExact());
        assertTrue(without.total() >= 1_000 && without.total() <= 1_200, Long.toString(without.total()));
        assertEquals(10, without.hits().size());
    }

    @Test
    void aNumberAloneIsLookedUpByKeyBearerFirstThenCiters() {
        SearchResults r = index.search(SearchRequest.of("40/kh-hdnd").withoutFacets());
        assertEquals(List.of(1L, 2L), ids(r));
        assertTrue(r.hits().get(1).snippets().get(0).contains("<mark>40/KH-HĐND</mark>"), r.hits().get(1).snippets().toString());
    }

    @Test
    void aNumberNeitherBorneNorCitedIsStillFoundInTheText() {
        assertEquals(List.of(3L), ids(index.search(SearchRequest.of("61/CV-HĐND"))));
    }

    @Test
    void aNumberLookupKeepsTheRequestsFilters() {
        SearchRequest onlyReports = new SearchRequest("40/KH-HĐND", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(java.time.LocalDate.of(2016, 12, 1)), Optional.empty(),
                SearchRequest.Sort.RELEVANCE, 1, 10);
        assertEquals(List.of(2L), ids(index.search(onlyReports)));
    }
}
