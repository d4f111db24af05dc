package vn.vanthu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vanthu.index.SearchRequest;

class SearchLinkTest {
    private static SearchRequest full() {
        return new SearchRequest("tiếp xúc cử tri", Optional.of("Kế hoạch"), Optional.of("HĐND huyện"), Optional.of(2016),
                Optional.of("Kỳ họp thứ 3 (khóa XI)"), Optional.of(LocalDate.of(2016, 6, 1)), Optional.of(LocalDate.of(2016, 12, 31)),
                SearchRequest.Sort.DATE, 3, 20, Optional.of(11), true);
    }

    @Test
    void writesEveryParameterInAFixedOrderEncoded() {
        assertEquals("/?q=ti%E1%BA%BFp+x%C3%BAc+c%E1%BB%AD+tri&type=K%E1%BA%BF+ho%E1%BA%A1ch&issuer=H%C4%90ND+huy%E1%BB%87n"
                        + "&year=2016&session=K%E1%BB%B3+h%E1%BB%8Dp+th%E1%BB%A9+3+%28kh%C3%B3a+XI%29&term=11"
                        + "&from=2016-06-01&to=2016-12-31&sort=date&page=3&size=20",
                SearchLink.of(full()).href());
    }

    @Test
    void defaultsAreLeftOutSoEqualStatesGiveEqualLinks() {
        assertEquals("/?q=ngh%E1%BB%8B+quy%E1%BA%BFt", SearchLink.of(SearchRequest.of("nghị quyết")).href());
        assertEquals("/", SearchLink.query("").href());
    }

    @Test
    void changingAFilterKeepsTheOthersAndGoesBackToPageOne() {
        SearchLink l = SearchLink.of(full());
        SearchLink narrowed = l.with("issuer", "UBND huyện");
        assertEquals("UBND huyện", narrowed.value("issuer"));
        assertEquals("Kế hoạch", narrowed.value("type"));
        assertEquals("11", narrowed.value("term"));
        assertEquals("date", narrowed.value("sort"));
        assertEquals("20", narrowed.value("size"));
        assertFalse(narrowed.has("page"));
        assertFalse(l.without("type").has("type"));
        assertEquals("2016", l.without("type").value("year"));
        assertEquals("5", l.page(5).value("page"));
        assertEquals("Kế hoạch", l.page(5).value("type"));
    }

    @Test
    void exportsCarryTheFiltersButNoPage() {
        String csv = SearchLink.of(full()).export("csv");
        assertEquals("/api/search.csv?q=ti%E1%BA%BFp+x%C3%BAc+c%E1%BB%AD+tri&type=K%E1%BA%BF+ho%E1%BA%A1ch"
                + "&issuer=H%C4%90ND+huy%E1%BB%87n&year=2016&session=K%E1%BB%B3+h%E1%BB%8Dp+th%E1%BB%A9+3+%28kh%C3%B3a+XI%29"
                + "&term=11&from=2016-06-01&to=2016-12-31&sort=date", csv);
    }

    @Test
    void valuesThatCouldBreakOutOfALinkAreEncoded() {
        String href = SearchLink.query("\"><script>alert(1)</script>&type=x").href();
        assertEquals("/?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26type%3Dx", href);
    }

    @Test
    void unknownParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchLink.query("x").with("evil", "1"));
    }
}
