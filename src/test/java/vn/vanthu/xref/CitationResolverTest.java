package vn.vanthu.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vanthu.Fixtures;
import vn.vanthu.catalog.CitationRow;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentType;

class CitationResolverTest {
    private final CitationResolver resolver = new CitationResolver();

    private static DocumentRef doc(long id, String number, String issuer, String issued) {
        return new DocumentRef(id, "f" + id, Optional.of(Fixtures.number(number)), Optional.of(new DocumentType("KH", "Kế hoạch")),
                Optional.of("Kế hoạch " + id), Optional.ofNullable(issuer), Optional.empty(),
                Optional.ofNullable(issued).map(LocalDate::parse));
    }

    private static Citation cite(String number, String date, String issuer, String sentence) {
        return new Citation("căn cứ", Optional.of("Kế hoạch"), Optional.of(Fixtures.number(number)), Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(issuer), 0, 10, sentence);
    }

    private static final DocumentRef PROVINCE = doc(1, "49/KH-HĐND", "HĐND tỉnh Hòa Nam", "2016-10-24");
    private static final DocumentRef DISTRICT = doc(2, "49/KH-HĐND", "Thường trực HĐND huyện Khoa", "2016-11-02");
    private static final DocumentRef SEED = doc(9, "45/BC-HĐND", "Thường trực HĐND huyện Khoa", "2016-12-28");

    private List<Long> ids(CitationResolver.Outcome o) {
        return o.candidates().stream().map(DocumentRef::id).toList();
    }

    @Test
    void aStatedIssuerPicksItsSeries() {
        var o = resolver.resolve(cite("49/KH-HĐND", null, "HĐND tỉnh", "Căn cứ Kế hoạch số 49/KH-HĐND của HĐND tỉnh"),
                SEED, List.of(PROVINCE, DISTRICT));
        assertEquals(ResolutionStatus.RESOLVED, o.status());
        assertEquals(List.of(1L), ids(o));
    }

    @Test
    void withoutAnIssuerTheCitersOwnSeriesIsMeant() {
        var o = resolver.resolve(cite("49/KH-HĐND", null, null, "Căn cứ Kế hoạch số 49/KH-HĐND"), SEED, List.of(PROVINCE, DISTRICT));
        assertEquals(List.of(2L), ids(o));
        var other = resolver.resolve(cite("49/KH-HĐND", null, null, "Căn cứ Kế hoạch số 49/KH-HĐND"), SEED, List.of(PROVINCE));
        assertEquals(ResolutionStatus.MISSING, other.status(), "another series' document is not the one meant");
        var dated = resolver.resolve(cite("49/KH-HĐND", "2016-10-24", null, "Căn cứ Kế hoạch số 49/KH-HĐND ngày 24/10/2016"),
                SEED, List.of(PROVINCE));
        assertEquals(List.of(1L), ids(dated), "unless the stated date is its date");
    }

    @Test
    void theSentenceCanNameTheIssuerAfterTheNumber() {
        var o = resolver.resolve(cite("49/KH-HĐND", null, null,
                "Thực hiện Kế hoạch số 49/KH-HĐND và hướng dẫn số 01/HD-HĐND ngày 14/11/2016 của HĐND tỉnh Hòa Nam"),
                SEED, List.of(PROVINCE, DISTRICT));
        assertEquals(List.of(1L), ids(o));
    }

    @Test
    void laterDocumentsOtherYearsAndTheCiterItselfAreNeverMeant() {
        DocumentRef later = doc(3, "49/KH-HĐND", "Thường trực HĐND huyện Khoa", "2017-06-05");
        assertEquals(ResolutionStatus.MISSING,
                resolver.resolve(cite("49/KH-HĐND", null, null, "s"), SEED, List.of(later)).status());
        DocumentRef lastYear = doc(4, "49/KH-HĐND", "Thường trực HĐND huyện Khoa", "2015-03-01");
        assertEquals(ResolutionStatus.MISSING,
                resolver.resolve(cite("49/KH-HĐND", "2016-11-02", null, "s"), SEED, List.of(lastYear)).status());
        assertEquals(List.of(2L), ids(resolver.resolve(cite("49/KH-HĐND", "2016-11-02", null, "s"), SEED, List.of(lastYear, DISTRICT))));
        assertEquals(ResolutionStatus.MISSING,
                resolver.resolve(cite("45/BC-HĐND", null, null, "s"), SEED, List.of(SEED)).status());
    }

    @Test
    void whenSeveralFitAllAreListedAndADateDecides() {
        DocumentRef again = doc(5, "49/KH-HĐND", "HĐND huyện Khoa", "2016-12-01");
        var o = resolver.resolve(cite("49/KH-HĐND", null, null, "s"), SEED, List.of(DISTRICT, again));
        assertEquals(ResolutionStatus.AMBIGUOUS, o.status());
        assertEquals(List.of(2L, 5L), ids(o));
        assertEquals(List.of(5L), ids(resolver.resolve(cite("49/KH-HĐND", "2016-12-01", null, "s"), SEED, List.of(DISTRICT, again))));
    }

    @Test
    void issuerNamesAreReadIntoSeries() {
        IssuerSeries t = IssuerSeries.parse("Thường trực HĐND huyện Khoa");
        assertEquals(Optional.of("HĐND"), t.body());
        assertEquals(Optional.of("huyện"), t.level());
        assertEquals(Optional.of("khoa"), t.place());
        assertEquals(Optional.of("hoa nam"), IssuerSeries.parse("Hội đồng nhân dân tỉnh Hòa Nam").place());
        assertEquals(Optional.of("UBND"), IssuerSeries.parse("Ủy ban nhân dân huyện Khoa").body());
        assertFalse(IssuerSeries.parse("Thủ tướng Chính phủ").informative());
        assertEquals(Optional.empty(), IssuerSeries.parse("Ban Kinh tế - xã Hội").level(), "a committee, not a commune");
        assertEquals(Optional.of("huyện"), IssuerSeries.parse("Ban Kinh tế - Xã hội HĐND huyện").level());
        assertTrue(IssuerSeries.parse("HĐND tỉnh").compatibleWith(IssuerSeries.parse("HĐND tỉnh Hòa Nam")));
        assertFalse(IssuerSeries.parse("HĐND tỉnh").compatibleWith(IssuerSeries.parse("HĐND huyện Khoa")));
        assertFalse(IssuerSeries.parse("UBND huyện").compatibleWith(IssuerSeries.parse("HĐND huyện Khoa")));
    }

    private static CitationRow incoming(DocumentRef citer, String relation, String status) {
        Citation c = new Citation(relation, Optional.of("Nghị quyết"), Optional.of(Fixtures.number("06/2016/NQ-HĐND")),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, 5, relation + " Nghị quyết số 06/2016/NQ-HĐND");
        return new CitationRow(citer.id() * 10, citer, 0, c, Optional.of(status), List.of(1L));
    }

    @Test
    void statusComesFromLaterResolvedCitationsThatChangeTheDocument() {
        DocumentRef self = doc(1, "06/2016/NQ-HĐND", "HĐND huyện Khoa", "2016-07-22");
        DocumentRef amender = doc(2, "17/2016/NQ-HĐND", "HĐND huyện Khoa", "2016-12-20");
        DocumentRef repealer = doc(3, "05/2017/NQ-HĐND", "HĐND huyện Khoa", "2017-07-14");
        DocumentRef earlier = doc(4, "01/2016/NQ-HĐND", "HĐND huyện Khoa", "2016-01-10");
        assertEquals("unchanged", NumberTracer.status(self, List.of(incoming(amender, "căn cứ", "resolved"))).code());
        assertEquals("amended", NumberTracer.status(self, List.of(incoming(amender, "sửa đổi", "resolved"))).code());
        DocumentStatus both = NumberTracer.status(self, List.of(incoming(amender, "bổ sung", "resolved"),
                incoming(repealer, "bãi bỏ", "resolved")));
        assertEquals("repealed", both.code());
        assertEquals(2, both.changes().size());
        assertEquals(repealer, both.strongest().orElseThrow().by());
        assertEquals("unchanged", NumberTracer.status(self, List.of(incoming(repealer, "thay thế", "ambiguous"))).code(),
                "an ambiguous citation changes nothing");
        assertEquals("unchanged", NumberTracer.status(self, List.of(incoming(earlier, "thay thế", "resolved"))).code(),
                "an earlier document cannot replace a later one");
    }
}
