package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import vn.vanthu.catalog.DocumentRef;

/**
 * Traces, citation panels and statuses as a caller sees them who may not see some documents. The
 * rule is one: to that caller a hidden document was never archived. It bears no number in a
 * trace, its citations are not there, and a citation that means it reads "chưa có trong kho"
 * (missing) exactly like a citation of a document the archive never received, so nothing shown
 * (statuses, counts, timelines) tells a hidden document from an absent one.
 */
public final class HiddenDocuments {
    private final LongPredicate hidden;

    /** @param hidden whether the caller may not see a document, by id */
    public HiddenDocuments(LongPredicate hidden) {
        this.hidden = hidden;
    }

    public boolean hides(long id) {
        return hidden.test(id);
    }

    /**
     * A number's trace without the hidden documents bearing or citing it. The trace must have been
     * read for the caller's levels ({@link NumberTracer#trace(String, java.util.Collection, NumberTrace.Page)}):
     * its counts and its page are then already theirs, computed in SQL before paging; what is
     * left to do here is each citation's targets, which the caller may not all see.
     */
    public NumberTrace trace(NumberTrace t) {
        List<DocumentRef> documents = t.documents().stream().filter(d -> !hides(d.id())).toList();
        Map<String, List<DocumentRef>> groups = new LinkedHashMap<>();
        for (NumberTrace.IssuerGroup g : t.byIssuer()) {
            List<DocumentRef> seen = g.documents().stream().filter(d -> !hides(d.id())).toList();
            if (!seen.isEmpty()) {
                groups.put(g.issuer(), seen);
            }
        }
        List<NumberTrace.CitedBy> citedBy = citedBy(t.citedBy());
        List<NumberTrace.Event> timeline = new ArrayList<>(t.timeline().stream()
                .filter(e -> !hides(e.documentId())).toList());
        timeline.sort(Comparator.comparing((NumberTrace.Event e) -> e.date().orElse(LocalDate.MAX)));
        return new NumberTrace(t.key(), documents,
                groups.entrySet().stream().map(e -> new NumberTrace.IssuerGroup(e.getKey(), e.getValue())).toList(),
                citedBy, timeline, t.counts(), t.page());
    }

    /** Citations by visible documents, each resolved only among the visible documents it may mean. */
    public List<NumberTrace.CitedBy> citedBy(List<NumberTrace.CitedBy> all) {
        return all.stream().filter(c -> !hides(c.citer().id())).map(c -> {
            List<Long> seen = c.resolvedTo().stream().filter(id -> !hides(id)).toList();
            return new NumberTrace.CitedBy(c.citer(), c.citation(), status(c.status(), c.resolvedTo().size(), seen.size()), seen);
        }).toList();
    }

    /** A document's own citations, each with only the candidates the caller may see. */
    public List<ResolvedCitation> citations(List<ResolvedCitation> all) {
        return all.stream().map(c -> {
            List<DocumentRef> seen = c.candidates().stream().filter(d -> !hides(d.id())).toList();
            return new ResolvedCitation(c.citation(), status(c.status(), c.candidates().size(), seen.size()), seen);
        }).toList();
    }

    /** The changes later documents make, from the documents the caller may see. */
    public DocumentStatus status(DocumentStatus s) {
        return new DocumentStatus(s.changes().stream().filter(c -> !hides(c.by().id())).toList());
    }

    /** None seen of what it meant: missing; one of several: the one. */
    private static ResolutionStatus status(ResolutionStatus stored, int candidates, int seen) {
        if (seen == candidates || stored == ResolutionStatus.PENDING) {
            return stored;
        }
        return seen == 0 ? ResolutionStatus.MISSING : seen == 1 ? ResolutionStatus.RESOLVED : stored;
    }
}
