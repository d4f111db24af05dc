package vn.vanthu.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CitationCounts;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.XrefStore;
import vn.vanthu.document.Citation;

/**
 * A number cited 3 × 45 times, paged: the pages put together are the whole list in the trace's
 * order, the counts are exact whatever the page, and a caller who may not see some citers gets
 * pages and counts without them (filtered before paging, so a page is never short and an offset
 * never skips a visible citation).
 */
class NumberTracePagingTest {
    private static final String NUMBER = "49/KH-HĐND";
    private static final String[] RELATIONS = {"căn cứ", "thực hiện", "theo"};
    private static final List<String> PUBLIC = List.of("public");

    @TempDir
    Path dir;

    private Catalog catalog;
    private XrefStore store;
    private NumberTracer tracer;
    private final Map<Long, String> levels = new TreeMap<>();
    private final Map<Long, Optional<LocalDate>> issued = new TreeMap<>();

    @BeforeEach
    void archive() {
        catalog = Catalog.open(dir.resolve("catalog.db"));
        store = new XrefStore(catalog);
        tracer = new NumberTracer(store);
        AccessStore access = new AccessStore(catalog);
        long cited = catalog.insert(doc(0, Fixtures.metadata(NUMBER, "KH", "Kế hoạch", "2015-06-01", "HĐND tỉnh Hòa Nam",
                "Kế hoạch", List.of())));
        levels.put(cited, "public");
        for (int i = 1; i <= 45; i++) {
            // Every fifth citer undated, dates spread over 2016–2018 and not in id order.
            String date = i % 5 == 0 ? null : LocalDate.of(2016 + i % 3, 1 + i % 12, 1 + i % 27).toString();
            List<Citation> citations = new ArrayList<>();
            for (int k = 0; k < RELATIONS.length; k++) {
                citations.add(Fixtures.citation(RELATIONS[k], NUMBER, null, RELATIONS[k] + " Kế hoạch số 49/KH-HĐND (" + i + ")", 10 + 100 * k));
            }
            long id = catalog.insert(doc(i, Fixtures.metadata((100 + i) + "/BC-HĐND", "BC", "Báo cáo", date,
                    "HĐND tỉnh Hòa Nam", "Báo cáo " + i, citations)));
            String level = i % 7 == 0 ? "confidential" : i % 4 == 0 ? "internal" : "public";
            access.set(id, level, "test", Instant.now());
            levels.put(id, level);
            issued.put(id, Optional.ofNullable(date).map(LocalDate::parse));
        }
        new CitationLinker(store).resolvePending();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        catalog.close();
    }

    private static NewDocument doc(int i, vn.vanthu.document.DocumentMetadata m) {
        return new NewDocument(String.format("%064x", i), "d" + i + ".txt", "/in/d" + i + ".txt", "text/plain", 10, "văn bản " + i,
                List.of(), m);
    }

    /** Every page of {@code limit}, put together. */
    private List<NumberTrace.CitedBy> allPages(List<String> visible, int limit) {
        List<NumberTrace.CitedBy> out = new ArrayList<>();
        for (int offset = 0; ; offset += limit) {
            NumberTrace t = tracer.trace(NUMBER, visible, new NumberTrace.Page(offset, limit)).orElseThrow();
            out.addAll(t.citedBy());
            assertTrue(t.citedBy().size() <= limit);
            if (!t.hasMore()) {
                assertEquals(t.counts().citations(), offset + t.citedBy().size(), "the last page ends at the count");
                return out;
            }
            assertEquals(limit, t.citedBy().size(), "a page before the last is full");
        }
    }

    /** The trace's order: citers by issue date, undated first, then by id; each citer's citations in text order. */
    private List<String> expectedOrder(Predicate<Long> seen) {
        return issued.keySet().stream().filter(seen)
                .sorted(Comparator.comparing((Long id) -> issued.get(id).orElse(LocalDate.MIN)).thenComparing(id -> id))
                .flatMap(id -> java.util.Arrays.stream(RELATIONS).map(r -> id + " " + r)).toList();
    }

    private static List<String> order(List<NumberTrace.CitedBy> cs) {
        return cs.stream().map(c -> c.citer().id() + " " + c.citation().relation()).toList();
    }

    @Test
    void thePagesPutTogetherAreEveryCitationInOrder() {
        List<NumberTrace.CitedBy> every = tracer.trace(NUMBER, AccessStore.ALL_LEVELS, NumberTrace.Page.ALL).orElseThrow().citedBy();
        assertEquals(135, every.size());
        assertEquals(expectedOrder(id -> true), order(every));
        assertEquals(order(every), order(allPages(AccessStore.ALL_LEVELS, 50)));
        assertEquals(order(every), order(allPages(AccessStore.ALL_LEVELS, 7)));
        // The default trace is the first page, with every citation counted.
        NumberTrace first = tracer.trace(NUMBER).orElseThrow();
        assertEquals(NumberTrace.Page.DEFAULT_LIMIT, first.citedBy().size());
        assertEquals(135, first.counts().citations());
        assertTrue(first.hasMore());
        first.citedBy().forEach(c -> assertEquals(ResolutionStatus.RESOLVED, c.status()));
    }

    @Test
    void countsAreExactAndTheSameOnEveryPage() {
        NumberTrace page1 = tracer.trace(NUMBER, AccessStore.ALL_LEVELS, NumberTrace.Page.FIRST).orElseThrow();
        NumberTrace page3 = tracer.trace(NUMBER, AccessStore.ALL_LEVELS, new NumberTrace.Page(100, 50)).orElseThrow();
        assertEquals(page1.counts(), page3.counts());
        assertEquals(35, page3.citedBy().size());
        assertFalse(page3.hasMore());
        CitationCounts c = page1.counts();
        assertEquals(counted(issued.keySet().stream().toList()), c);
        // Past the end: nothing, counts still whole.
        NumberTrace past = tracer.trace(NUMBER, AccessStore.ALL_LEVELS, new NumberTrace.Page(500, 50)).orElseThrow();
        assertTrue(past.citedBy().isEmpty());
        assertEquals(c, past.counts());
    }

    /** The counts worked out from the fixture, for these citers. */
    private CitationCounts counted(List<Long> citers) {
        Map<Integer, Integer> years = new TreeMap<>();
        int undated = 0;
        for (long id : citers) {
            if (issued.get(id).isPresent()) {
                years.merge(issued.get(id).get().getYear(), RELATIONS.length, Integer::sum);
            } else {
                undated += RELATIONS.length;
            }
        }
        List<LocalDate> dates = citers.stream().map(issued::get).flatMap(Optional::stream).sorted().toList();
        List<CitationCounts.Count<String>> relations = java.util.Arrays.stream(RELATIONS).sorted()
                .map(r -> new CitationCounts.Count<>(r, citers.size())).toList();
        return new CitationCounts(citers.size() * RELATIONS.length, citers.size(), relations,
                years.entrySet().stream().map(e -> new CitationCounts.Count<>(e.getKey(), e.getValue())).toList(), undated,
                dates.stream().findFirst(), dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)));
    }

    @Test
    void aCallerNeverSeesNorCountsCitersTheyMayNotSee() {
        List<Long> publicCiters = issued.keySet().stream().filter(id -> levels.get(id).equals("public")).toList();
        assertTrue(publicCiters.size() < 45 && publicCiters.size() * 3 > 50, "hidden citers fall inside and across pages");
        List<NumberTrace.CitedBy> paged = allPages(PUBLIC, 50);
        assertEquals(expectedOrder(id -> levels.get(id).equals("public")), order(paged));
        NumberTrace t = tracer.trace(NUMBER, PUBLIC, NumberTrace.Page.FIRST).orElseThrow();
        assertEquals(counted(publicCiters), t.counts());
        // Through HiddenDocuments as ArchiveView applies it: the same page, the same counts.
        HiddenDocuments hidden = new HiddenDocuments(id -> !levels.get(id).equals("public"));
        NumberTrace seen = hidden.trace(t);
        assertEquals(order(t.citedBy()), order(seen.citedBy()));
        assertEquals(t.counts(), seen.counts());
        assertTrue(seen.timeline().stream().noneMatch(e -> hidden.hides(e.documentId())));
        // Staff see internal papers, not confidential ones.
        List<Long> staffCiters = issued.keySet().stream().filter(id -> !levels.get(id).equals("confidential")).toList();
        assertEquals(counted(staffCiters), tracer.trace(NUMBER, List.of("public", "internal"), NumberTrace.Page.FIRST)
                .orElseThrow().counts());
    }

    @Test
    void aChangedLevelOrDateReachesTheTraceAtOnce() throws SQLException {
        long citer = issued.keySet().stream().filter(id -> levels.get(id).equals("public")).findFirst().orElseThrow();
        new AccessStore(catalog).set(citer, "internal", "test", Instant.now());
        assertTrue(tracer.trace(NUMBER, PUBLIC, NumberTrace.Page.ALL).orElseThrow().citedBy().stream()
                .noneMatch(c -> c.citer().id() == citer));
        // Another writer of the catalog (a correction, a tool) changes a date: the order and the years follow.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.db").toAbsolutePath());
             Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE documents SET issued = '2030-01-02' WHERE id = " + citer);
        }
        NumberTrace all = tracer.trace(NUMBER, AccessStore.ALL_LEVELS, NumberTrace.Page.ALL).orElseThrow();
        assertEquals(citer, all.citedBy().get(all.citedBy().size() - 1).citer().id());
        assertEquals(Optional.of(LocalDate.of(2030, 1, 2)), all.counts().last());
        assertEquals(new CitationCounts.Count<>(2030, 3), all.counts().byYear().get(all.counts().byYear().size() - 1));
    }

    @Test
    void theTraceQueriesReadOnlyTheCoveringIndex() {
        for (List<String> visible : List.of(AccessStore.ALL_LEVELS, PUBLIC)) {
            Map<String, String> plans = store.tracePlans("49/KH-HDND", visible);
            assertEquals(List.of("documents", "counts", "citers", "page"), List.copyOf(plans.keySet()));
            plans.forEach((what, plan) -> {
                assertTrue(plan.contains(what.equals("documents") ? "USING INDEX documents_number_key"
                        : "USING COVERING INDEX citations_trace"), what + ": " + plan);
                assertFalse(plan.contains("SCAN"), what + " scans: " + plan);
            });
            // The page is read in the index's order, not sorted afterwards.
            assertFalse(plans.get("page").contains("TEMP B-TREE"), plans.get("page"));
        }
    }

    @Test
    void aBadPageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NumberTrace.Page(-1, 50));
        assertThrows(IllegalArgumentException.class, () -> new NumberTrace.Page(0, 0));
    }
}
