package vn.vanthu.web;

import java.time.LocalDate;
import java.util.List;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;
import vn.vanthu.xref.NumberTrace;

/** The JSON shapes of the API contract (DESIGN.md), made from domain values. */
final class ApiViews {
    private ApiViews() {
    }

    record DocumentSummary(long id, String number, String type, String title, String issuer, LocalDate issued,
                           String session, String filename, String sha256) {
        static DocumentSummary of(ArchivedDocument d) {
            DocumentMetadata m = d.metadata();
            return new DocumentSummary(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                    m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issuer().orElse(null),
                    m.issued().orElse(null), m.session().map(SessionRef::label).orElse(null), d.filename(), d.sha256());
        }
    }

    record DocumentList(long total, List<DocumentSummary> documents) {
    }

    record CitationView(String number, String key, String type, String name, LocalDate date, String issuer,
                        String relation, String context, List<Long> resolvedIds) {
        static CitationView of(Citation c, List<Long> resolved) {
            return new CitationView(c.number().map(DocumentNumber::display).orElse(null),
                    c.number().map(DocumentNumber::key).orElse(null), c.typeName().orElse(null),
                    c.name().orElse(null), c.date().orElse(null), c.issuer().orElse(null), c.relation(),
                    c.sentence(), resolved);
        }

        /** The contract's single resolved id: set only when exactly one archived document matches. */
        public Long resolvedId() {
            return resolvedIds.size() == 1 ? resolvedIds.get(0) : null;
        }
    }

    record CitedByView(long id, String number, String title, LocalDate issued, String relation, String context) {
        static CitedByView of(NumberTrace.CitedBy c) {
            ArchivedDocument d = c.citer();
            return new CitedByView(d.id(), d.metadata().number().map(DocumentNumber::display).orElse(null),
                    d.displayTitle(), d.metadata().issued().orElse(null), c.citation().relation(), c.citation().sentence());
        }
    }

    record DocumentDetail(long id, String number, String type, String title, String issuer, String parentIssuer,
                          LocalDate issued, String place, String session, String signer, String filename,
                          String mediaType, long size, String sha256, List<String> warnings,
                          List<CitationView> citations, List<CitedByView> citedBy) {
    }

    record TimelineEvent(LocalDate date, String what, long documentId, String label) {
        static TimelineEvent of(NumberTrace.Event e) {
            return new TimelineEvent(e.date().orElse(null), e.what(), e.documentId(), e.label());
        }
    }

    record NumberView(String key, List<DocumentSummary> documents, List<CitedByView> citedBy,
                      List<TimelineEvent> timeline) {
        static NumberView of(NumberTrace t) {
            return new NumberView(t.key(), t.documents().stream().map(DocumentSummary::of).toList(),
                    t.citedBy().stream().map(CitedByView::of).toList(),
                    t.timeline().stream().map(TimelineEvent::of).toList());
        }
    }

    record Health(String status, int documents, int indexed) {
    }
}
