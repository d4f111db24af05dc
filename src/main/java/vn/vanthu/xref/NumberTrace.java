package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.Citation;

/**
 * Everything the archive knows about one document number.
 *
 * @param key       the canonical key the spelling was read as
 * @param documents the archived documents bearing that number, oldest first
 * @param byIssuer  the same documents grouped by issuer (the same number exists in several series)
 * @param citedBy   every citation of the number, citing documents in date order
 * @param timeline  issue, then each citation, in date order (undated last)
 */
public record NumberTrace(String key, List<DocumentRef> documents, List<IssuerGroup> byIssuer, List<CitedBy> citedBy,
                          List<Event> timeline) {

    public NumberTrace {
        documents = List.copyOf(documents);
        byIssuer = List.copyOf(byIssuer);
        citedBy = List.copyOf(citedBy);
        timeline = List.copyOf(timeline);
    }

    /** The documents of one issuer bearing the number. */
    public record IssuerGroup(String issuer, List<DocumentRef> documents) {
        public IssuerGroup {
            documents = List.copyOf(documents);
        }
    }

    /**
     * One citation by an archived document, with what it was resolved to.
     *
     * @param resolvedTo the archived documents it may mean (one when resolved)
     */
    public record CitedBy(DocumentRef citer, Citation citation, ResolutionStatus status, List<Long> resolvedTo) {
        public CitedBy {
            resolvedTo = List.copyOf(resolvedTo);
        }
    }

    /** A dated step in the number's life: "ban hành", or the citing relation ("căn cứ", "thực hiện" …). */
    public record Event(Optional<LocalDate> date, String what, long documentId, String label, String sentence) {
    }
}
