package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;

/**
 * Everything the archive knows about one document number.
 *
 * @param key       the canonical key the spelling was read as
 * @param documents the archived documents bearing that number
 * @param citedBy   every citation of the number, citing documents in date order
 * @param timeline  issue, then each citation, in date order
 */
public record NumberTrace(String key, List<ArchivedDocument> documents, List<CitedBy> citedBy, List<Event> timeline) {

    /** One citation of the number by an archived document. */
    public record CitedBy(ArchivedDocument citer, Citation citation) {
    }

    /** A dated step in the number's life: "issued" or the citing relation. */
    public record Event(Optional<LocalDate> date, String what, long documentId, String label) {
    }
}
