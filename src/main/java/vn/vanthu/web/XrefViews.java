package vn.vanthu.web;

import java.time.LocalDate;
import java.util.List;

import vn.vanthu.catalog.CitationCounts;
import vn.vanthu.catalog.DateMentionRow;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.catalog.MissingNumberRow;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.xref.CitationGraph;
import vn.vanthu.xref.DateReport;
import vn.vanthu.xref.DocumentStatus;
import vn.vanthu.xref.MissingNumbers;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.StatusChange;

/** The JSON shapes of the cross-reference API: number traces, graphs, missing numbers, dates. */
final class XrefViews {
    private XrefViews() {
    }

    /** A document in a list: enough to show and link it. */
    record RefView(long id, String number, String type, String title, String issuer, LocalDate issued) {
        static RefView of(DocumentRef d) {
            return new RefView(d.id(), d.displayNumber().orElse(null), d.type().map(DocumentType::name).orElse(null),
                    d.displayTitle(), d.fullIssuer().orElse(null), d.issued().orElse(null));
        }
    }

    record IssuerGroupView(String issuer, List<RefView> documents) {
    }

    /**
     * One citation of a number: the citing document, how it cites (relation, type word, the number
     * as written, the date and issuer it states), the sentence, and what it was resolved to.
     */
    record CitingView(long id, String number, String title, String issuer, LocalDate issued, String relation,
                      String typeWord, String cited, LocalDate citedDate, String citedIssuer, String context,
                      String status, List<Long> resolvedIds) {
        static CitingView of(NumberTrace.CitedBy c) {
            DocumentRef d = c.citer();
            Citation ci = c.citation();
            return new CitingView(d.id(), d.displayNumber().orElse(null), d.displayTitle(), d.fullIssuer().orElse(null),
                    d.issued().orElse(null), ci.relation(), ci.typeName().orElse(null),
                    ci.number().map(DocumentNumber::raw).orElse(null), ci.date().orElse(null), ci.issuer().orElse(null),
                    ci.sentence(), c.status().code(), c.resolvedTo());
        }
    }

    record TimelineView(LocalDate date, String what, long documentId, String label, String context) {
        static TimelineView of(NumberTrace.Event e) {
            return new TimelineView(e.date().orElse(null), e.what(), e.documentId(), e.label(), e.sentence());
        }
    }

    record RelationCountView(String relation, int citations) {
    }

    record YearCountView(int year, int citations) {
    }

    /** Every citation's dates in brief, however the citations are paged. */
    record TimelineSummaryView(LocalDate firstCited, LocalDate lastCited, List<YearCountView> byYear, int undated) {
        static TimelineSummaryView of(CitationCounts c) {
            return new TimelineSummaryView(c.first().orElse(null), c.last().orElse(null),
                    c.byYear().stream().map(y -> new YearCountView(y.value(), y.citations())).toList(), c.undated());
        }
    }

    /**
     * A number's trace. {@code citedBy} is one page ({@code offset}, {@code limit}; {@code nextOffset}
     * is null on the last); {@code citedByTotal}, {@code citingDocuments}, {@code relations} and
     * {@code timelineSummary} count every citation the caller may see; {@code timeline} holds the
     * issues and this page's citations.
     */
    record NumberView(String key, List<RefView> documents, List<IssuerGroupView> byIssuer, List<CitingView> citedBy,
                      List<TimelineView> timeline, int citedByTotal, int citingDocuments, List<RelationCountView> relations,
                      TimelineSummaryView timelineSummary, int offset, int limit, Integer nextOffset) {
        static NumberView of(NumberTrace t) {
            CitationCounts c = t.counts();
            return new NumberView(t.key(), t.documents().stream().map(RefView::of).toList(),
                    t.byIssuer().stream().map(g -> new IssuerGroupView(g.issuer(),
                            g.documents().stream().map(RefView::of).toList())).toList(),
                    t.citedBy().stream().map(CitingView::of).toList(),
                    t.timeline().stream().map(TimelineView::of).toList(),
                    c.citations(), c.citers(), c.byRelation().stream().map(r -> new RelationCountView(r.value(), r.citations())).toList(),
                    TimelineSummaryView.of(c), t.page().offset(), t.page().limit(),
                    t.hasMore() ? t.page().offset() + t.citedBy().size() : null);
        }
    }

    record StatusChangeView(String kind, String label, long id, String number, String title, LocalDate issued,
                            String relation, String context) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.kind().code(), c.kind().label(), c.by().id(), c.by().displayNumber().orElse(null),
                    c.by().displayTitle(), c.by().issued().orElse(null), c.relation(), c.sentence());
        }
    }

    /** {@code code}: replaced, repealed, amended or unchanged; each change links the later document. */
    record StatusView(String code, String label, List<StatusChangeView> changes) {
        static StatusView of(DocumentStatus s) {
            return new StatusView(s.code(), s.label(), s.changes().stream().map(StatusChangeView::of).toList());
        }
    }

    record NodeView(String id, Long documentId, String number, String title, String issuer, LocalDate issued,
                    boolean missing, int layer, int distance) {
        static NodeView of(CitationGraph.Node n) {
            return n.document().map(d -> new NodeView(n.id(), d.id(), d.displayNumber().orElse(null), d.displayTitle(),
                            d.fullIssuer().orElse(null), d.issued().orElse(null), false, n.layer(), n.distance()))
                    .orElseGet(() -> new NodeView(n.id(), null, n.missingNumber().orElse(null), null, null, null, true,
                            n.layer(), n.distance()));
        }
    }

    record GraphView(long rootId, int depth, boolean truncated, List<NodeView> nodes, List<CitationGraph.Edge> edges) {
        static GraphView of(CitationGraph g) {
            return new GraphView(g.rootId(), g.depth(), g.truncated(), g.nodes().stream().map(NodeView::of).toList(),
                    g.edges());
        }
    }

    record MissingView(String key, String number, List<String> spellings, int citations, int citingDocuments,
                       LocalDate firstCited, LocalDate lastCited, List<RefView> citers) {
        static MissingView of(MissingNumberRow m) {
            return new MissingView(m.key(), m.spellings().isEmpty() ? m.key() : m.spellings().get(0), m.spellings(),
                    m.citations(), m.citerCount(), m.firstCited().orElse(null), m.lastCited().orElse(null),
                    m.citers().stream().map(RefView::of).toList());
        }
    }

    record MissingList(int total, int page, int size, List<MissingView> numbers) {
        static MissingList of(MissingNumbers m, int page, int size) {
            return new MissingList(m.total(), page, size, m.numbers().stream().map(MissingView::of).toList());
        }
    }

    record MentionView(LocalDate date, RefView document, String context) {
        static MentionView of(DateMentionRow m) {
            return new MentionView(m.date(), RefView.of(m.document()), m.sentence());
        }
    }

    record DatesView(LocalDate from, LocalDate to, int issuedTotal, List<RefView> issued, int mentionedTotal,
                     List<MentionView> mentioned) {
        static DatesView of(DateReport r) {
            return new DatesView(r.from(), r.to(), r.issuedTotal(), r.issued().stream().map(RefView::of).toList(),
                    r.mentionedTotal(), r.mentioned().stream().map(MentionView::of).toList());
        }
    }
}
