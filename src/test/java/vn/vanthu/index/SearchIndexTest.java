package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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

class SearchIndexTest {
    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir);
        put(1, "40/KH-HĐND", "KH", "Kế hoạch", "2016-11-14", "Kế hoạch tiếp xúc cử tri trước kỳ họp thứ ba",
                "Thường trực HĐND huyện ban hành kế hoạch tổ chức cho đại biểu tiếp xúc cử tri trước kỳ họp thứ ba.", List.of());
        put(2, "45/BC-HĐND", "BC", "Báo cáo", "2016-12-26", "Báo cáo rút kinh nghiệm kỳ họp thứ ba",
                "Thực hiện Kế hoạch số 40/KH-HĐND, các tổ đại biểu đã tổ chức hội nghị với 454 cử tri.",
                List.of(Fixtures.citation("thực hiện", "40/KH-HĐND", null, "Thực hiện Kế hoạch số 40/KH-HĐND", 30)));
        put(3, "18/TB-HĐND", "TB", "Thông báo", "2016-11-07", "Thông báo kết luận hội nghị liên tịch",
                "Nhân dân hỏi về đường giao thông; hơi chậm tiến độ. Mời các vị đại biểu dự hội nghị.", List.of());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void put(long id, String number, String code, String type, String date, String title, String text,
                     List<Citation> citations) {
        DocumentMetadata m = Fixtures.metadata(number, code, type, date, "Thường trực HĐND huyện Khoa", title, citations);
        index.put(new ArchivedDocument(id, Long.toString(id).repeat(64).substring(0, 64), id + ".txt", "text/plain", 10,
                Instant.EPOCH, m, text, List.of()));
    }

    private List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void accentedAndUnaccentedQueriesFindTheSameDocuments() {
        SearchResults accented = index.search(SearchRequest.of("tiếp xúc cử tri"));
        SearchResults plain = index.search(SearchRequest.of("tiep xuc cu tri"));
        assertEquals(List.of(1L), ids(accented));
        assertEquals(ids(accented), ids(plain));
        assertTrue(plain.hits().get(0).snippets().get(0).contains("<mark>tiếp xúc cử tri</mark>"),
                plain.hits().get(0).snippets().toString());
    }

    @Test
    void diacriticsInTheQueryFindTheirOwnSpellingAndTheUnaccentedOne() {
        put(4, "19/TB-HĐND", "TB", "Thông báo", "2016-11-08", "Thong bao", "Nhan dan hoi ve duong giao thong.", List.of());
        index.commit();
        // "hội" is in documents 2 and 3 ("hội nghị"), "hỏi"/"hơi" only in 3, "hoi" only in 4 (typed without marks).
        SearchResults r = index.search(SearchRequest.of("hỏi"));
        assertEquals(List.of(3L, 4L), ids(r), "hỏi, then the unaccented hoi; not hội (another word)");
        assertEquals(List.of(2L, 3L, 4L), ids(index.search(SearchRequest.of("hội"))).stream().sorted().toList());
        assertEquals(4L, index.search(SearchRequest.of("hội")).hits().get(2).id(), "exact spellings first");
        assertEquals(3, index.search(SearchRequest.of("hoi")).total(), "typed without marks: every spelling");
    }

    @Test
    void aWordTypedWithoutMarksBesideAccentedOnesKeepsEverySpelling() {
        // Half typed with an input method: "kế hoạch" has its marks, "tiep xuc" has none.
        SearchResults r = index.search(SearchRequest.of("kế hoạch tiep xuc"));
        assertEquals(List.of(1L), ids(r));
        String snippet = r.hits().get(0).snippets().get(0);
        assertTrue(snippet.matches("(?s).*<mark>[^<]*tiếp.*") && snippet.matches("(?s).*<mark>[^<]*xúc.*"), snippet);
        // The accented word beside them still keeps to its own spelling and the unaccented one.
        assertEquals(List.of(1L), ids(index.search(SearchRequest.of("tiep xuc cử tri"))));
        assertEquals(List.of(), ids(index.search(SearchRequest.of("tiep xuc cụ tri"))), "cụ is another word than cử");
    }

    @Test
    void anAccentedWordMarksItsOwnSpellingAndAnUnaccentedOneEverySpelling() {
        // Document 3: "Nhân dân hỏi … hơi chậm … dự hội nghị." All three fold to "hoi".
        String accented = index.search(SearchRequest.of("hội")).hits().stream().filter(h -> h.id() == 3L)
                .findFirst().orElseThrow().snippets().get(0);
        assertTrue(accented.contains("<mark>hội</mark>"), accented);
        assertFalse(accented.contains("<mark>hỏi</mark>") || accented.contains("<mark>hơi</mark>"), accented);
        String plain = index.search(SearchRequest.of("hoi")).hits().stream().filter(h -> h.id() == 3L)
                .findFirst().orElseThrow().snippets().get(0);
        assertTrue(plain.contains("<mark>hỏi</mark>") && plain.contains("<mark>hơi</mark>")
                && plain.contains("<mark>hội</mark>"), plain);
        String page = index.highlight(3L, "hội").orElseThrow().html();
        assertTrue(page.contains(">hội</mark>") && !page.contains(">hỏi</mark>"), page);
    }

    @Test
    void aNumberPutsItsDocumentFirstAndItsCitersNext() {
        SearchResults r = index.search(SearchRequest.of("40/KH-HĐND"));
        assertEquals(List.of(1L, 2L), ids(r));
        assertEquals(Optional.of("40/KH-HĐND"), r.hits().get(0).number());
    }

    @Test
    void facetsCountMatchesAndFiltersNarrow() {
        SearchResults all = index.search(SearchRequest.of("đại biểu"));
        assertEquals(3, all.total());
        assertTrue(all.facets().get("type").contains(new FacetValue("Thông báo", 1)), all.facets().toString());
        assertTrue(all.facets().get("year").contains(new FacetValue("2016", 3)));
        SearchRequest onlyPlans = new SearchRequest("đại biểu", Optional.of("Kế hoạch"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, 10);
        assertEquals(List.of(1L), ids(index.search(onlyPlans)));
    }

    @Test
    void dateRangeAndDateSort() {
        SearchRequest nov = new SearchRequest("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2016, 11, 1)), Optional.of(LocalDate.of(2016, 11, 30)), SearchRequest.Sort.DATE, 1, 10);
        assertEquals(List.of(1L, 3L), ids(index.search(nov)));
    }

    @Test
    void pagingSlicesTheRanking() {
        SearchRequest page2 = new SearchRequest("đại biểu", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), SearchRequest.Sort.DATE, 2, 2);
        SearchResults r = index.search(page2);
        assertEquals(3, r.total());
        assertEquals(List.of(3L), ids(r));
    }

    @Test
    void snippetsAreEscaped() {
        put(4, "1/TB-HĐND", "TB", "Thông báo", "2017-01-01", "<script>alert(1)</script>",
                "Nội dung \"><img src=x onerror=alert(1)> tiếp xúc", List.of());
        index.commit();
        SearchHit hit = index.search(SearchRequest.of("onerror")).hits().get(0);
        String s = hit.snippets().get(0);
        assertFalse(s.contains("<img"), s);
        assertTrue(s.contains("&lt;img"), s);
    }

    @Test
    void operatorOnlyQueryMatchesNothingInsteadOfFailing() {
        assertEquals(0, index.search(SearchRequest.of("\"\" - |")).total());
    }

    @Test
    void abbreviationsMatchTheirExpansionBothWays() {
        put(5, "2/TB-HĐND", "TB", "Thông báo", "2017-02-01", "Thông báo", "Kỳ họp của Hội đồng nhân dân huyện được triệu tập.", List.of());
        index.commit();
        assertTrue(ids(index.search(SearchRequest.of("HĐND"))).contains(5L), "HĐND finds hội đồng nhân dân");
        assertTrue(ids(index.search(SearchRequest.of("hội đồng nhân dân"))).containsAll(List.of(1L, 5L)),
                "hội đồng nhân dân finds HĐND (document 1 writes only the abbreviation)");
    }

    @Test
    void aDateMatchesInAnySpelling() {
        put(6, "3/TB-HĐND", "TB", "Thông báo", "2017-03-01", "Thông báo", "Hội nghị họp ngày 14 tháng 11 năm 2016 tại hội trường.", List.of());
        index.commit();
        assertEquals(List.of(1L, 6L), ids(index.search(SearchRequest.of("14/11/2016"))).stream().sorted().toList(),
                "document 1 is issued that day, document 6 writes it in words");
    }

    @Test
    void fieldFiltersNarrowLikeFacets() {
        assertEquals(List.of(1L), ids(index.search(SearchRequest.of("đại biểu loai:KH"))));
        assertEquals(List.of(1L), ids(index.search(SearchRequest.of("đại biểu loai:\"ke hoach\""))));
        assertEquals(List.of(3L), ids(index.search(SearchRequest.of("so:18/tb-hdnd"))));
        assertEquals(3, index.search(SearchRequest.of("kyhop:ba khoa:XI")).total());
        assertEquals(0, index.search(SearchRequest.of("nam:2017")).total());
        assertEquals(3, index.search(SearchRequest.of("coquan:\"HĐND huyện\"")).total());
    }

    @Test
    void phrasesExclusionsAlternativesAndPrefixes() {
        assertEquals(List.of(1L), ids(index.search(SearchRequest.of("\"tiep xuc cu tri\""))));
        assertEquals(List.of(2L, 3L), ids(index.search(SearchRequest.of("đại biểu -tiếp"))).stream().sorted().toList());
        assertEquals(List.of(2L, 3L), ids(index.search(SearchRequest.of("454 | giao"))).stream().sorted().toList());
        assertEquals(List.of(3L), ids(index.search(SearchRequest.of("giao thô*"))));
    }

    @Test
    void didYouMeanRestoresDiacriticsAndDecodesTelex() {
        assertEquals(Optional.of("tiếp xúc cử tri"), index.search(SearchRequest.of("tiep xuc cu tri")).suggestion());
        assertEquals(Optional.of("tiếp xúc"), index.search(SearchRequest.of("tieeps xucs")).suggestion());
        assertEquals(Optional.empty(), index.search(SearchRequest.of("tiếp xúc")).suggestion());
    }

    @Test
    void replacingByIdKeepsOneCopy() {
        put(1, "40/KH-HĐND", "KH", "Kế hoạch", "2016-11-14", "Kế hoạch (sửa)", "văn bản thay", List.of());
        index.commit();
        assertEquals(3, index.count());
        assertEquals(java.util.Set.of(1L, 2L, 3L), index.ids());
    }
}
