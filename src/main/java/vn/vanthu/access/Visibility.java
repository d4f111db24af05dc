package vn.vanthu.access;

import java.util.List;
import java.util.Set;

import vn.vanthu.catalog.AccessStore;

/**
 * What one caller may see, taken once per request: the levels their role sees (for the index's
 * filter and the catalog's queries) and the ids of the documents they may not see (for traces,
 * graphs and lists read from the catalog).
 */
public record Visibility(Role role, Set<Long> hidden) {
    public Visibility {
        hidden = Set.copyOf(hidden);
    }

    /** The caller's view now; an administrator's needs no lookup. */
    public static Visibility of(Role role, AccessStore access) {
        return new Visibility(role, role.seesAll() ? Set.of() : access.hiddenFrom(role.visibleLevels()));
    }

    public boolean sees(long documentId) {
        return !hidden.contains(documentId);
    }

    /** The level keys this caller sees ("public", …). */
    public List<String> levels() {
        return role.visibleLevels();
    }
}
