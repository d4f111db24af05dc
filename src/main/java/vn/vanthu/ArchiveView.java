package vn.vanthu;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.access.AccessDenied;
import vn.vanthu.access.AccessLevel;
import vn.vanthu.access.Caller;
import vn.vanthu.access.Visibility;
import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.compare.Comparer;
import vn.vanthu.compare.Comparison;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;
import vn.vanthu.xref.CitationGraph;
import vn.vanthu.xref.CitationGraphBuilder;
import vn.vanthu.xref.DateReport;
import vn.vanthu.xref.DocumentStatus;
import vn.vanthu.xref.HiddenDocuments;
import vn.vanthu.xref.MissingNumbers;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolvedCitation;
import vn.vanthu.xref.XrefReports;

/**
 * The archive as one caller sees it ({@link Archive#as(Caller)}): every read the web and the
 * command line make for a caller goes through here, so access levels are enforced in one place.
 * To a caller, a document they may not see does not exist: it is absent from lists, counts,
 * facets and suggestions (the index filters inside the query), a request for it answers like a
 * request for an unknown id, and traces, graphs and the missing report treat a citation of it
 * as a citation of a document never archived ({@link HiddenDocuments}).
 */
public final class ArchiveView {
    private final Archive archive;
    private final Caller caller;
    /** Read on first need: a search needs only the caller's levels, not the ids hidden from them (a catalog query). */
    private Visibility visibility;
    private final HiddenDocuments hidden;
    private final Catalog catalog;
    private final AccessStore access;
    private final SearchIndex index;
    private final XrefReports reports;
    private final CitationGraphBuilder graphs;
    private final Comparer comparer;

    ArchiveView(Archive archive, Caller caller, Catalog catalog, AccessStore access, SearchIndex index,
                XrefReports reports, CitationGraphBuilder graphs, Comparer comparer) {
        this.archive = archive;
        this.caller = caller;
        this.hidden = new HiddenDocuments(id -> !visibility().sees(id));
        this.catalog = catalog;
        this.access = access;
        this.index = index;
        this.reports = reports;
        this.graphs = graphs;
        this.comparer = comparer;
    }

    public Caller caller() {
        return caller;
    }

    /** What the caller may see, read from the catalog once per view (a view lives for one request). */
    private Visibility visibility() {
        if (visibility == null) {
            visibility = Visibility.of(caller.role(), access);
        }
        return visibility;
    }

    /** The access levels the caller sees: all the index's filter needs. */
    private List<String> levels() {
        return caller.role().visibleLevels();
    }

    public boolean sees(long documentId) {
        return visibility().sees(documentId);
    }

    // ---- documents ------------------------------------------------------------------------

    public SearchResults search(SearchRequest request) {
        return caller.role().seesAll() ? index.search(request) : index.search(request, levels());
    }

    /** The rows of an export of a search (every page, up to {@code limit}), as the caller may see them. */
    public List<SearchHit> searchRows(SearchRequest request, int limit) {
        return caller.role().seesAll() ? index.rows(request, limit) : index.rows(request, levels(), limit);
    }

    /** A document the caller may see; empty for a hidden one exactly as for an unknown id. */
    public Optional<ArchivedDocument> document(long id) {
        return sees(id) ? archive.document(id) : Optional.empty();
    }

    /** One page of the documents the caller may see, in catalog order. */
    public List<ArchivedDocument> documents(int offset, int limit) {
        if (caller.role().seesAll()) {
            return archive.documents(offset, limit);
        }
        return access.ids(levels(), offset, limit).stream()
                .map(catalog::get).flatMap(Optional::stream).toList();
    }

    /** How many documents the caller may see. */
    public int documentCount() {
        return caller.role().seesAll() ? archive.documentCount() : access.count(levels());
    }

    /** How many documents the caller may see are searchable. */
    public int indexedCount() {
        if (caller.role().seesAll()) {
            return archive.indexedCount();
        }
        SearchRequest all = SearchRequest.of("");
        return (int) index.search(new SearchRequest("", all.type(), all.issuer(), all.year(), all.session(), all.from(),
                all.to(), all.sort(), 1, 1), levels()).total();
    }

    public Optional<Path> original(long id) {
        return sees(id) ? archive.original(id) : Optional.empty();
    }

    /** A document's level, for a document the caller may see. */
    public Optional<AccessLevel> accessLevel(long id) {
        return access(id).flatMap(e -> AccessLevel.parse(e.level()));
    }

    /** A document's level with who set it and when, for a document the caller may see. */
    public Optional<AccessStore.Entry> access(long id) {
        return sees(id) ? access.of(id) : Optional.empty();
    }

    /**
     * Changes a document's level at once, in the catalog and the index, and records the change in
     * the audit log; empty when the caller
     * cannot see such a document (a hidden document answers like an unknown one).
     *
     * @throws AccessDenied when the caller's role may not make this change (see {@link vn.vanthu.access.Role#canChangeAccess})
     */
    public Optional<AccessChange> setAccess(long id, AccessLevel level) {
        Optional<AccessLevel> from = accessLevel(id);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (!caller.role().canChangeAccess(from.get(), level)) {
            throw new AccessDenied(caller.role() == vn.vanthu.access.Role.ANONYMOUS
                    ? "changing an access level needs a staff token"
                    : "only an administrator may make a document confidential or change a confidential one");
        }
        Instant at = Instant.now();
        if (from.get() != level) {
            IndexPending pending = new IndexPending(catalog);
            pending.mark(List.of(id));
            access.set(id, level.key(), caller.name(), at);
            catalog.get(id).ifPresent(index::put);
            index.commit();
            pending.clear(List.of(id));
            archive.audit(caller, "access.change", id, from.get().key() + " → " + level.key());
        }
        return Optional.of(new AccessChange(id, from.get(), level, caller.name(), at));
    }

    /** A change of access level as made: what it was, what it is, who, when. */
    public record AccessChange(long id, AccessLevel from, AccessLevel to, String by, Instant at) {
    }

    // ---- cross-references -----------------------------------------------------------------

    public Optional<NumberTrace> trace(String number) {
        return trace(number, NumberTrace.Page.FIRST);
    }

    /** A page of a number's trace; hidden citers are left out in SQL, before counting and paging. */
    public Optional<NumberTrace> trace(String number, NumberTrace.Page page) {
        return archive.trace(number, visibility().levels(), page).map(hidden::trace);
    }

    public List<ResolvedCitation> citationsOf(ArchivedDocument doc) {
        return hidden.citations(archive.citationsOf(doc));
    }

    public List<NumberTrace.CitedBy> citedBy(ArchivedDocument doc) {
        return hidden.citedBy(archive.citedBy(doc));
    }

    public DocumentStatus status(long id) {
        return hidden.status(archive.status(id));
    }

    public Optional<CitationGraph> graph(long id, int depth) {
        return graphs.graph(id, depth, hidden::hides);
    }

    public MissingNumbers missingNumbers(int offset, int limit) {
        return reports.missing(offset, limit, levels());
    }

    public DateReport dates(LocalDate from, LocalDate to, int limit) {
        return reports.dates(from, to, limit, levels());
    }

    // ---- sessions and comparisons ---------------------------------------------------------

    /**
     * The sessions the caller can know of: a session read only from documents they may not see
     * is left out (its existence would tell of them); a session with no documents at all stays.
     */
    public List<SessionRecord> sessions() {
        if (caller.role().seesAll()) {
            return archive.sessions();
        }
        Map<Long, Integer> all = archive.sessionDocumentCounts();
        Map<Long, Integer> seen = sessionDocumentCounts();
        return archive.sessions().stream()
                .filter(s -> all.getOrDefault(s.id(), 0) == 0 || seen.getOrDefault(s.id(), 0) > 0).toList();
    }

    public Optional<SessionRecord> session(long id) {
        return sessions().stream().filter(s -> s.id() == id).findFirst();
    }

    /** How many documents the caller may see in each session. */
    public Map<Long, Integer> sessionDocumentCounts() {
        if (caller.role().seesAll()) {
            return archive.sessionDocumentCounts();
        }
        Map<Long, Integer> out = new HashMap<>();
        for (SessionRecord s : archive.sessions()) {
            out.put(s.id(), sessionDocuments(s.id()).size());
        }
        return out;
    }

    public List<SessionAssignment> sessionDocuments(long sessionId) {
        return archive.sessionDocuments(sessionId).stream().filter(a -> sees(a.documentId())).toList();
    }

    public Optional<SessionAssignment> sessionOf(long documentId) {
        return sees(documentId) ? archive.sessionOf(documentId) : Optional.empty();
    }

    /**
     * Compares two sessions or searches among the documents the caller may see.
     *
     * @throws IllegalArgumentException if either side names nothing to compare
     */
    public Comparison compare(String a, String b) {
        return caller.role().seesAll() ? comparer.compare(a, b) : comparer.compare(a, b, visibility());
    }
}
