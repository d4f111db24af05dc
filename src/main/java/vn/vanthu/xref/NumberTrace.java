package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.CitationCounts;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.Citation;

/**
 * Everything the archive knows about one document number.
 *
 * @param key       the canonical key the spelling was read as
 * @param documents the archived documents bearing that number, oldest first
 * @param byIssuer  the same documents grouped by issuer (the same number exists in several series)
 * @param citedBy   one page of the citations of the number, citing documents in date order
 *                  (undated first); {@code counts} has them all counted, {@code page} says which
 * @param timeline  the issues of the documents bearing it and the citations of this page, in date
 *                  order (undated last); {@code counts} summarises every citation's year
 * @param counts    every citation of the number the caller may see, counted (by relation, by year)
 * @param page      which citations {@code citedBy} holds
 */
public record NumberTrace(String key, List<DocumentRef> documents, List<IssuerGroup> byIssuer, List<CitedBy> citedBy,
                          List<Event> timeline, CitationCounts counts, Page page) {

    public NumberTrace {
        documents = List.copyOf(documents);
        byIssuer = List.copyOf(byIssuer);
        citedBy = List.copyOf(citedBy);
        timeline = List.copyOf(timeline);
    }

    /** Whether citations follow this page. */
    public boolean hasMore() {
        return page.offset() + citedBy.size() < counts.citations();
    }

    /**
     * Which citations of the number a trace holds: {@code limit} from {@code offset}, in the
     * order of {@link #citedBy}.
     */
    public record Page(int offset, int limit) {
        /** What a trace shows unless asked for more: a trace of a number cited 5,000 times stays fast. */
        public static final int DEFAULT_LIMIT = 50;
        public static final Page FIRST = new Page(0, DEFAULT_LIMIT);
        /** Every citation at once (vanthu trace --all). */
        public static final Page ALL = new Page(0, Integer.MAX_VALUE);

        public Page {
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("a trace page starts at 0 or later and holds at least 1 citation");
            }
        }
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
