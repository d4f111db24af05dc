package vn.vanthu.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.vanthu.Archive;
import vn.vanthu.TestPaths;
import vn.vanthu.catalog.SessionCorrection;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.SessionRef;

/** Sessions and comparisons on the shipped sample archive (kỳ họp thứ hai, thứ ba, thứ tư of HĐND huyện Khoa khóa XI). */
class SessionComparisonTest {
    private final Archive archive = SampleArchive.get();

    private SessionRecord session(int number, int term) {
        return archive.sessions().stream()
                .filter(s -> s.ref().number() == number && s.ref().term().equals(Optional.of(term)))
                .findFirst().orElseThrow(() -> new AssertionError("no session " + number + "/" + term + " in " + archive.sessions()));
    }

    @Test
    void sessionsAreRecordsWithTheDaysTheDocumentsState() {
        assertEquals(List.of(), SampleArchive.report().failed());
        assertEquals(LocalDate.of(2016, 7, 21), session(2, 11).opening().orElseThrow());
        assertEquals(LocalDate.of(2016, 7, 22), session(2, 11).closing().orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 19), session(3, 11).opening().orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 20), session(3, 11).closing().orElseThrow());
        assertEquals(LocalDate.of(2017, 7, 13), session(4, 11).opening().orElseThrow());
        // The province's session the district's archive cites is a session of its own (khóa VI), not the district's.
        assertEquals(LocalDate.of(2016, 12, 7), session(3, 6).opening().orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 9), session(3, 6).closing().orElseThrow());
        assertTrue(session(3, 11).datesSource().contains("19 và 20/12/2016"), session(3, 11).datesSource());
        assertEquals(SessionRef.REGULAR, session(3, 11).ref().kind());
    }

    @Test
    void everyLabelledDocumentIsInTheSessionItIsAbout() throws IOException {
        JsonNode labels = new ObjectMapper().readTree(
                TestPaths.project().resolve("src/test/resources/sample-expected/documents.json").toFile());
        Map<String, ArchivedDocument> byFile = new LinkedHashMap<>();
        archive.documents(0, 1000).forEach(d -> byFile.put(d.filename(), d));
        int checked = 0;
        for (JsonNode l : labels) {
            ArchivedDocument d = byFile.get(l.get("filename").asText());
            JsonNode s = l.get("session");
            if (s == null || s.isNull()) {
                assertTrue(archive.sessionOf(d.id()).isEmpty(), d.filename());
                continue;
            }
            var assignment = archive.sessionOf(d.id()).orElseThrow(() -> new AssertionError("unassigned: " + d.filename()));
            SessionRef ref = archive.session(assignment.sessionId()).orElseThrow().ref();
            assertEquals(new SessionRef(s.get("number").asInt(), Optional.of(s.get("term").asInt()), s.get("kind").asText()), ref,
                    d.filename());
            assertFalse(assignment.reason().isBlank());
            checked++;
        }
        assertEquals(labels.size(), checked + 0, "every sample names its session");
    }

    @Test
    void kyHopThuHaiAgainstThuBa() {
        Comparison c = archive.compare("kỳ họp thứ hai khóa XI", "kỳ họp thứ ba khóa XI");
        assertEquals(Comparison.Side.SESSION, c.a().kind());
        assertEquals(9, c.a().documents().size());
        assertEquals(18, c.b().documents().size());
        Map<String, String> types = c.byType().stream().collect(Collectors.toMap(Comparison.CountRow::value, r -> r.a() + "→" + r.b()));
        assertEquals("3→6", types.get("Báo cáo"));
        assertEquals("2→4", types.get("Nghị quyết"));
        assertEquals("1→1", types.get("Tờ trình"));
        assertEquals("0→1", types.get("Giấy mời"));
        Map<String, String> issuers = c.byIssuer().stream().collect(Collectors.toMap(Comparison.CountRow::value, r -> r.a() + "→" + r.b()));
        assertEquals("1→2", issuers.get("UBND huyện Khoa"), issuers.toString());
        // Thứ ba: three resolutions and the draft (the Tổ đại biểu's report is its own issuer).
        assertEquals("2→4", issuers.get("HĐND huyện Khoa"), issuers.toString());

        // Late: both Tờ trình reached delegates under the 5 days the law asks (3 and 4 days before).
        assertEquals(List.of("85/TTr-UBND@3"), late(c.a()));
        assertEquals(List.of("168/TTr-UBND@4"), late(c.b()));

        Map<String, String> figures = new LinkedHashMap<>();
        c.figures().forEach(f -> figures.put(f.measure(), f.a().map(Figure::value).orElse(-1L) + "→" + f.b().map(Figure::value).orElse(-1L)
                + f.change().map(ch -> " (" + (ch > 0 ? "+" : "") + ch + ")").orElse("")));
        assertEquals("22→25 (+3)", figures.get("đại biểu tiếp xúc cử tri"));
        assertEquals("6→7 (+1)", figures.get("điểm tiếp xúc cử tri"));
        assertEquals("398→454 (+56)", figures.get("cử tri tham dự"));
        assertEquals("27→34 (+7)", figures.get("lượt cử tri phát biểu"));
        assertEquals("58→72 (+14)", figures.get("nội dung cử tri kiến nghị"));
        Comparison.FigureRow delegates = c.figures().get(0);
        assertEquals(Optional.of("73,33%"), delegates.a().flatMap(Figure::percent));
        assertEquals(Optional.of("83,33%"), delegates.b().flatMap(Figure::percent));
        assertEquals(Optional.of(24.1), c.figures().stream().filter(f -> f.measure().equals("nội dung cử tri kiến nghị"))
                .findFirst().orElseThrow().changePercent());

        Map<String, String> pairs = c.pairs().stream().collect(Collectors.toMap(p -> p.a().number(), p -> p.b().number()));
        assertEquals(Map.of("22/KH-HĐND", "39/KH-HĐND", "09/TB-HĐND", "18/TB-HĐND", "24/KH-HĐND", "40/KH-HĐND",
                "28/BC-HĐND", "42/BC-HĐND", "85/TTr-UBND", "168/TTr-UBND", "05/BC-KTXH", "12/BC-KTXH",
                "06/2016/NQ-HĐND", "17/2016/NQ-HĐND", "32/BC-HĐND", "45/BC-HĐND"), pairs);
        Comparison.DocumentPair lessons = c.pairs().stream().filter(p -> p.a().number().equals("32/BC-HĐND")).findFirst().orElseThrow();
        assertTrue(lessons.diff().stream().anyMatch(r -> r.kind().equals(DiffRow.CHANGED)
                && r.left().contains("Kỳ họp thứ hai được tổ chức") && r.right().contains("Kỳ họp lần thứ ba được tổ chức")), "the two opening sentences pair up");
        assertTrue(lessons.count(DiffRow.ADDED) > 0 && lessons.count(DiffRow.REMOVED) > 0);

        List<String> shared = c.shared().stream().map(Term::phrase).toList();
        assertTrue(shared.contains("cử tri") && shared.contains("tiếp xúc"), shared.toString());
        List<String> onlyA = c.distinctiveA().stream().map(Term::phrase).toList();
        assertTrue(onlyA.contains("trung hạn"), "thứ hai decided the medium-term public investment plan: " + onlyA);
        assertFalse(onlyA.contains("thứ hai"), "the session's own name says nothing");
    }

    @Test
    void kyHopThuTuSentItsSubmissionInTime() {
        Comparison c = archive.compare("kỳ họp thứ ba khóa XI", "kỳ họp thứ tư khóa XI");
        assertEquals(List.of(), late(c.b()));
        Comparison.TimelineEntry ttr = c.b().timeline().stream().filter(t -> t.number().equals("97/TTr-UBND")).findFirst().orElseThrow();
        assertEquals(Optional.of(8L), ttr.daysBeforeOpening());
        assertEquals(Optional.of(5), ttr.requiredDays());
        Map<String, Long> b = new LinkedHashMap<>();
        c.figures().forEach(f -> f.b().ifPresent(v -> b.put(f.measure(), v.value())));
        assertEquals(28L, b.get("đại biểu tiếp xúc cử tri"));
        assertEquals(9L, b.get("điểm tiếp xúc cử tri"));
        assertEquals(512L, b.get("cử tri tham dự"));
        assertEquals(41L, b.get("lượt cử tri phát biểu"));
        assertEquals(86L, b.get("nội dung cử tri kiến nghị"));
    }

    @Test
    void sessionsAreNamedByIdOrLabelAndAnythingElseIsASearch() {
        SessionRecord two = session(2, 11);
        Comparison byId = archive.compare(Long.toString(two.id()), "Kỳ họp thứ 3 (khóa XI)");
        assertEquals(two.id(), byId.a().session().orElseThrow().id());
        assertEquals(18, byId.b().documents().size());

        Comparison searches = archive.compare("tiếp xúc cử tri", "q:dự toán ngân sách");
        assertEquals(Comparison.Side.SEARCH, searches.a().kind());
        assertEquals("dự toán ngân sách", searches.b().query());
        assertFalse(searches.a().documents().isEmpty() || searches.b().documents().isEmpty());
        assertTrue(searches.a().timeline().stream().noneMatch(Comparison.TimelineEntry::late), "no opening day, nothing judged late");
    }

    @Test
    void badSidesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> archive.compare("", "kỳ họp thứ ba khóa XI"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> archive.compare("kỳ họp thứ chín", "kỳ họp thứ ba khóa XI"))
                .getMessage().contains("Kỳ họp thứ 9"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> archive.compare("kỳ họp thứ ba", "kỳ họp thứ hai"))
                .getMessage().contains("ambiguous"), "thứ ba exists in khóa VI (province) and khóa XI");
        assertThrows(IllegalArgumentException.class, () -> archive.compare("999999", "kỳ họp thứ ba khóa XI"));
        assertThrows(IllegalArgumentException.class, () -> archive.compare("q:zzqqxx", "kỳ họp thứ ba khóa XI"));
        assertThrows(IllegalArgumentException.class, () -> archive.compare("q:", "kỳ họp thứ ba khóa XI"));
    }

    @Test
    void aStaffCorrectionStaysWhenTheDocumentsAreReadAgain() {
        SessionRecord province = session(3, 6);
        SessionRecord fixed = archive.correctSession(province.id(), new SessionCorrection(Optional.of(LocalDate.of(2016, 12, 8)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("theo Nghị quyết của HĐND tỉnh"))).orElseThrow();
        assertTrue(fixed.correctedByStaff());
        assertEquals(LocalDate.of(2016, 12, 8), fixed.opening().orElseThrow());
        archive.refreshSessions();
        SessionRecord again = archive.session(province.id()).orElseThrow();
        assertEquals(LocalDate.of(2016, 12, 8), again.opening().orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 9), again.closing().orElseThrow());
        assertTrue(again.datesSource().contains("theo Nghị quyết của HĐND tỉnh"), again.datesSource());
        assertThrows(IllegalArgumentException.class, () -> archive.correctSession(province.id(), new SessionCorrection(
                Optional.of(LocalDate.of(2016, 12, 20)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
                "closing before opening");
        assertThrows(IllegalArgumentException.class, () -> archive.correctSession(province.id(), new SessionCorrection(
                Optional.empty(), Optional.empty(), Optional.of(11), Optional.empty(), Optional.empty())),
                "would become the district's kỳ họp thứ ba");
        // Put back the day the documents state, for the other tests of this archive.
        archive.correctSession(province.id(), new SessionCorrection(Optional.of(LocalDate.of(2016, 12, 7)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertTrue(archive.correctSession(999_999, new SessionCorrection(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(SessionRef.THEMATIC), Optional.empty())).isEmpty());
    }

    private static List<String> late(Comparison.Side side) {
        return side.timeline().stream().filter(Comparison.TimelineEntry::late)
                .map(t -> t.number() + "@" + t.daysBeforeOpening().orElseThrow()).toList();
    }
}
