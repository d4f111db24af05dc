package vn.vanthu.ingest;

import java.util.List;
import java.util.Set;

import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.catalog.StoredOriginal;
import vn.vanthu.index.SearchIndex;

/**
 * Brings the search index level with the catalog after a process was killed between the two.
 * <ul>
 *   <li>Documents the index lacks: a run killed between a document's catalog commit and the next
 *   index commit leaves them behind, and a re-run skips their files as unchanged (or is given other
 *   files). Cheap on a healthy archive: it compares two counts (SQLite's and Lucene's) and reads the
 *   ids only when the index holds fewer documents than the catalog.</li>
 *   <li>Documents whose entry may be stale: a correction, access change or OCR killed before its
 *   index commit left the mark of {@link IndexPending}; they are indexed again from the catalog.</li>
 * </ul>
 */
public final class IndexCatchUp {
    private IndexCatchUp() {
    }

    /** Indexes (and commits) what the index lacks or may hold stale; returns how many documents that was. */
    public static int run(Catalog catalog, SearchIndex index) {
        IndexPending pending = new IndexPending(catalog);
        List<Long> marked = pending.ids();
        Set<Long> reindexed = new java.util.HashSet<>(marked);
        int added = 0;
        for (long id : marked) {
            var doc = catalog.get(id);
            if (doc.isPresent()) {
                index.put(doc.get());
                added++;
            }
        }
        if (index.count() < catalog.count()) {
            Set<Long> indexed = index.ids();
            for (StoredOriginal o : new CatalogInventory(catalog).originals()) {
                if (!indexed.contains(o.id()) && !reindexed.contains(o.id())) {
                    var doc = catalog.get(o.id());
                    if (doc.isPresent()) {
                        index.put(doc.get());
                        added++;
                    }
                }
            }
        }
        if (added > 0) {
            index.commit();
        }
        pending.clear(marked);
        return added;
    }
}
