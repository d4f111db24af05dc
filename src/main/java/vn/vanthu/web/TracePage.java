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
}
