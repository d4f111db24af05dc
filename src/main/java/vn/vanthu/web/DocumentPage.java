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
 * status, the relation diagram (SVG built and escaped by {@link RelationDiagram}), and the reading
 * aids ({@link DocumentReading}): the query's hits in the text, versions, the zip it came from.
 */
public record DocumentPage(ArchivedDocument document, List<ResolvedCitation> citations, List<NumberTrace.CitedBy> citedBy,
                           DocumentStatus status, Map<Long, DocumentStatus> targetStatuses, String diagramSvg,
                           int depth, DocumentReading reading) {

    /** The page without reading aids (the cross-reference parts alone). */
    public DocumentPage(ArchivedDocument document, List<ResolvedCitation> citations, List<NumberTrace.CitedBy> citedBy,
                        DocumentStatus status, Map<Long, DocumentStatus> targetStatuses, String diagramSvg, int depth) {
        this(document, citations, citedBy, status, targetStatuses, diagramSvg, depth, DocumentReading.none());
    }

    public DocumentPage withReading(DocumentReading r) {
        return new DocumentPage(document, citations, citedBy, status, targetStatuses, diagramSvg, depth, r);
    }

    /** Whether browsers can show the original in the page (PDF). */
    public boolean viewableInPage() {
        return document.mediaType().startsWith("application/pdf");
    }

    /** This page at another diagram depth, keeping the reader's query. */
    public String depthLink(int k) {
        String q = reading.query();
        return "/documents/" + document.id() + "?depth=" + k + (q.isBlank() ? "" : "&q=" + Urls.encode(q));
    }

    /** The status of a cited document, when a later one changed it. */
    public Optional<DocumentStatus> changed(long id) {
        return Optional.ofNullable(targetStatuses.get(id)).filter(s -> !s.changes().isEmpty());
    }
}
