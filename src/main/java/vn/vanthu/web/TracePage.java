package vn.vanthu.web;

import java.util.Optional;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.xref.NumberTrace;

/** The number trace page: what was asked, and the trace if the spelling is a number. */
public record TracePage(String asked, Optional<NumberTrace> trace) {

    /**
     * The number as staff write it ("40/KH-HĐND"): as an archived document bearing it spells it,
     * else as the asked spelling reads; never the folded lookup key ("40/KH-HDND").
     */
    public String heading() {
        return trace.flatMap(t -> t.documents().stream().findFirst().flatMap(DocumentRef::displayNumber))
                .or(() -> DocumentNumber.parse(asked).map(DocumentNumber::display))
                .orElse(trace.map(NumberTrace::key).orElse(asked));
    }

    /** "51–100" of the citations shown, counted from 1. */
    public String shown() {
        return trace.filter(t -> !t.citedBy().isEmpty())
                .map(t -> (t.page().offset() + 1) + "–" + (t.page().offset() + t.citedBy().size())).orElse("");
    }

    /** Whether the citations are more than one page holds, so the page shows where it is and links on. */
    public boolean paged() {
        return trace.map(t -> t.page().offset() > 0 || t.hasMore()).orElse(false);
    }

    /** The next page of citations, if any follow. */
    public Optional<String> nextPage() {
        return trace.filter(NumberTrace::hasMore).map(t -> pageUrl(t.page().offset() + t.citedBy().size(), t.page().limit()));
    }

    /** The page before, if this one does not start at the first citation. */
    public Optional<String> previousPage() {
        return trace.filter(t -> t.page().offset() > 0)
                .map(t -> pageUrl(Math.max(0, t.page().offset() - t.page().limit()), t.page().limit()));
    }

    private String pageUrl(int offset, int limit) {
        return Urls.numberPage(asked) + (offset > 0 ? "&offset=" + offset : "")
                + (limit != NumberTrace.Page.DEFAULT_LIMIT ? "&limit=" + limit : "");
    }
}
