package vn.vanthu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryPartsTest {
    @Test
    void numbersDatesAndFiltersAreCutOutOfTheWords() {
        QueryParts p = QueryParts.parse("tiếp xúc cử tri 40/KH-HĐND ngày 14 tháng 11 năm 2016 loai:KH nam:2016 kyhop:\"thứ ba\" khoa:XI");
        assertEquals("tiếp xúc cử tri", p.words());
        assertEquals(List.of("40/KH-HDND"), p.numbers().stream().map(n -> n.value().key()).toList());
        assertEquals(List.of(LocalDate.of(2016, 11, 14)), p.dates().stream().map(QueryParts.Written::value).toList());
        assertEquals(List.of(
                new QueryParts.Filter(QueryParts.Field.TYPE, "KH"),
                new QueryParts.Filter(QueryParts.Field.YEAR, "2016"),
                new QueryParts.Filter(QueryParts.Field.SESSION, "3"),
                new QueryParts.Filter(QueryParts.Field.TERM, "11")), p.filters());
    }

    @Test
    void unknownOrInvalidFiltersStayWords() {
        QueryParts p = QueryParts.parse("giờ:10 nam:abc");
        assertEquals("giờ:10 nam:abc", p.words());
        assertEquals(List.of(), p.filters());
    }

    @Test
    void aNumericDateIsADateNotANumber() {
        QueryParts p = QueryParts.parse("07/11/2016");
        assertEquals(List.of(), p.numbers());
        assertEquals(List.of(LocalDate.of(2016, 11, 7)), p.dates().stream().map(QueryParts.Written::value).toList());
        assertEquals("", p.words());
    }

    @Test
    void soFilterAndUnaccentedFilterNames() {
        QueryParts p = QueryParts.parse("so:18/TB-HĐND coquan:\"HĐND tỉnh\"");
        assertEquals(List.of(new QueryParts.Filter(QueryParts.Field.NUMBER, "18/TB-HĐND"),
                new QueryParts.Filter(QueryParts.Field.ISSUER, "HĐND tỉnh")), p.filters());
    }
}
