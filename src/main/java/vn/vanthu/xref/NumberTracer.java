package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.CitationCounts;
import vn.vanthu.catalog.CitationRow;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.catalog.XrefStore;
import vn.vanthu.document.DocumentNumber;

/**
 * Answers "where did this number come from, and what has cited it since?", and a document's two
 * panels (what it cites, what cites it) with the statuses later documents give it. Reads the
 * resolutions {@link CitationLinker} stored.
 */
public final class NumberTracer {
    private static final Map<String, StatusChange.Kind> STATUS_RELATIONS = Map.of(
            "thay thế", StatusChange.Kind.REPLACED,
            "bãi bỏ", StatusChange.Kind.REPEALED,
            "sửa đổi", StatusChange.Kind.AMENDED,
            "bổ sung", StatusChange.Kind.AMENDED);
    static final String UNKNOWN_ISSUER = "Không rõ cơ quan ban hành";

    private final XrefStore store;

    public NumberTracer(XrefStore store) {
        this.store = store;
    }

    /** The trace of a number in any spelling, first page; empty if the spelling is not a document number. */
    public Optional<NumberTrace> trace(String spelling) {
        return trace(spelling, AccessStore.ALL_LEVELS, NumberTrace.Page.FIRST);
    }

    /**
     * The trace of a number as a caller who sees the {@code visible} levels sees it: documents of
     * other levels neither bear nor cite it, and are not counted. Only {@code page}'s citations are
     * read; the counts cover every citation.
     */
    public Optional<NumberTrace> trace(String spelling, Collection<String> visible, NumberTrace.Page page) {
        return DocumentNumber.parse(spelling).filter(n -> !n.isBlank()).map(n -> trace(n, visible, page));
    }

    public NumberTrace trace(DocumentNumber number, Collection<String> visible, NumberTrace.Page page) {
        String key = number.key();
        List<DocumentRef> documents = store.refsByKey(key, visible);
        Map<String, List<DocumentRef>> groups = new LinkedHashMap<>();
        for (DocumentRef d : documents) {
            groups.computeIfAbsent(d.fullIssuer().orElse(UNKNOWN_ISSUER), k -> new ArrayList<>()).add(d);
        }
        CitationCounts counts = store.citationCounts(key, visible);
        // A page past the end reads nothing.
        List<NumberTrace.CitedBy> citedBy = page.offset() >= counts.citations() ? List.of()
                : store.citationsOfKey(key, visible, page.offset(), page.limit()).stream().map(NumberTracer::citedBy).toList();
        List<NumberTrace.Event> timeline = new ArrayList<>();
        for (DocumentRef d : documents) {
            timeline.add(new NumberTrace.Event(d.issued(), "ban hành", d.id(), d.label(), d.displayTitle()));
        }
        for (NumberTrace.CitedBy c : citedBy) {
            timeline.add(new NumberTrace.Event(c.citer().issued(), c.citation().relation(), c.citer().id(),
                    c.citer().label(), c.citation().sentence()));
        }
        // Stable: on one day the issue comes before the citations, and citations keep text order.
        timeline.sort(Comparator.comparing((NumberTrace.Event e) -> e.date().orElse(LocalDate.MAX)));
        return new NumberTrace(key, documents,
                groups.entrySet().stream().map(e -> new NumberTrace.IssuerGroup(e.getKey(), e.getValue())).toList(),
                citedBy, timeline, counts, page);
    }

    /** A document's citations, in text order, each with the archived documents it may mean. */
    public List<ResolvedCitation> citationsOf(long documentId) {
        List<CitationRow> rows = store.citationsBy(documentId);
        Map<Long, DocumentRef> refs = store.refs(rows.stream().flatMap(r -> r.targets().stream()).distinct().toList());
        return rows.stream().map(r -> new ResolvedCitation(r.citation(), ResolutionStatus.fromCode(r.status()),
                r.targets().stream().map(refs::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    /** The archived documents whose citations mean this one (or may mean it, when ambiguous), in date order. */
    public List<NumberTrace.CitedBy> citedBy(long documentId) {
        return store.citationsResolvingTo(documentId).stream().map(NumberTracer::citedBy).toList();
    }

    /** Replaced, repealed or amended by later archived documents, from their resolved citations. */
    public DocumentStatus status(long documentId) {
        Optional<DocumentRef> self = store.ref(documentId);
        if (self.isEmpty()) {
            return new DocumentStatus(List.of());
        }
        return status(self.get(), store.citationsResolvingTo(documentId));
    }

    static DocumentStatus status(DocumentRef self, List<CitationRow> incoming) {
        List<StatusChange> changes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CitationRow r : incoming) {
            StatusChange.Kind kind = STATUS_RELATIONS.get(r.citation().relation());
            boolean resolved = ResolutionStatus.fromCode(r.status()) == ResolutionStatus.RESOLVED;
            boolean later = self.issued().isEmpty() || r.citer().issued().isEmpty()
                    || !r.citer().issued().get().isBefore(self.issued().get());
            if (kind != null && resolved && later && r.citer().id() != self.id() && seen.add(kind + "/" + r.citer().id())) {
                changes.add(new StatusChange(kind, r.citer(), r.citation().relation(), r.citation().sentence()));
            }
        }
        return new DocumentStatus(changes);
    }

    private static NumberTrace.CitedBy citedBy(CitationRow r) {
        return new NumberTrace.CitedBy(r.citer(), r.citation(), ResolutionStatus.fromCode(r.status()), r.targets());
    }
}
