package vn.vanthu.catalog;

import java.util.List;
import java.util.Optional;

import vn.vanthu.document.Citation;

/**
 * A stored citation with the document that makes it and what it was resolved to.
 *
 * @param id      the citation's row id
 * @param citer   the citing document
 * @param ordinal its place among the citer's citations
 * @param citation the citation as read
 * @param status  the stored resolution ("resolved", "ambiguous", "missing"), empty before resolution
 * @param targets the archived documents it may mean (one when resolved, several when ambiguous)
 */
public record CitationRow(long id, DocumentRef citer, int ordinal, Citation citation, Optional<String> status,
                          List<Long> targets) {
    public CitationRow {
        targets = List.copyOf(targets);
    }
}
