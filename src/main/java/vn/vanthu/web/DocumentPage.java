package vn.vanthu.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.xref.DocumentStatus;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolvedCitation;

/**
 * What a document's page shows: the document, its citations ("Căn cứ, dẫn chiếu") with the
 * statuses of the documents they mean, the documents citing it ("Được dẫn chiếu bởi"), its own
 * status, and the relation diagram (SVG built and escaped by {@link RelationDiagram}).
 */
public record DocumentPage(ArchivedDocument document, List<ResolvedCitation> citations, List<NumberTrace.CitedBy> citedBy,
                           DocumentStatus status, Map<Long, DocumentStatus> targetStatuses, String diagramSvg,
                           int depth) {

    /** The status of a cited document, when a later one changed it. */
    public Optional<DocumentStatus> changed(long id) {
        return Optional.ofNullable(targetStatuses.get(id)).filter(s -> !s.changes().isEmpty());
    }
}
