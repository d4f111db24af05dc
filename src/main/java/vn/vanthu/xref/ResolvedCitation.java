package vn.vanthu.xref;

import java.util.List;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.document.Citation;

/**
 * A citation with the archived documents it may mean: none (missing from the archive), one
 * (resolved), or several (ambiguous: listed rather than guessed).
 */
public record ResolvedCitation(Citation citation, ResolutionStatus status, List<DocumentRef> candidates) {
    public ResolvedCitation {
        candidates = List.copyOf(candidates);
    }

    public List<Long> candidateIds() {
        return candidates.stream().map(DocumentRef::id).toList();
    }
}
