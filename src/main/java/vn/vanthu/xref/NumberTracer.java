package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.Catalog;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;

/** Answers "where did this number come from, and what has cited it since?" from the catalog. */
public final class NumberTracer {
    private final Catalog catalog;

    public NumberTracer(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The trace of a number in any spelling; empty if the spelling is not a document number. */
    public Optional<NumberTrace> trace(String spelling) {
        return DocumentNumber.parse(spelling).map(this::trace);
    }

    public NumberTrace trace(DocumentNumber number) {
        String key = number.key();
        List<ArchivedDocument> documents = catalog.byNumberKey(key);
        List<NumberTrace.CitedBy> citedBy = catalog.citationsOfKey(key).stream()
                .map(c -> new NumberTrace.CitedBy(c.citer(), c.citation()))
                .toList();
        List<NumberTrace.Event> timeline = new ArrayList<>();
        for (ArchivedDocument d : documents) {
            timeline.add(new NumberTrace.Event(d.metadata().issued(), "ban hành", d.id(), label(d)));
        }
        for (NumberTrace.CitedBy c : citedBy) {
            timeline.add(new NumberTrace.Event(c.citer().metadata().issued(), c.citation().relation(),
                    c.citer().id(), label(c.citer())));
        }
        timeline.sort(Comparator.comparing((NumberTrace.Event e) -> e.date().orElse(LocalDate.MAX)));
        return new NumberTrace(key, documents, citedBy, timeline);
    }

    /** Each citation of a document with the archived documents bearing the cited number. */
    public List<ResolvedCitation> citationsOf(ArchivedDocument doc) {
        return doc.metadata().citations().stream()
                .map(c -> new ResolvedCitation(c, c.number()
                        .map(n -> catalog.byNumberKey(n.key()).stream().map(ArchivedDocument::id)
                                .filter(id -> id != doc.id()).toList())
                        .orElse(List.of())))
                .toList();
    }

    /** The later documents citing this one's number. */
    public List<NumberTrace.CitedBy> citedBy(ArchivedDocument doc) {
        return doc.metadata().number()
                .map(n -> catalog.citationsOfKey(n.key()).stream()
                        .filter(c -> c.citer().id() != doc.id())
                        .map(c -> new NumberTrace.CitedBy(c.citer(), c.citation())).toList())
                .orElse(List.of());
    }

    private static String label(ArchivedDocument d) {
        return d.metadata().number().map(DocumentNumber::display).orElse(d.filename());
    }
}
