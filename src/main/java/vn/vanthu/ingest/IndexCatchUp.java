package vn.vanthu.ingest;

import java.util.Set;

import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.catalog.StoredOriginal;
import vn.vanthu.index.SearchIndex;

/**
 * Indexes the catalogued documents the search index lacks. A run killed between a document's
 * catalog commit and the next index commit leaves such documents behind, and a re-run skips their
 * files as unchanged (or is given other files), so without this only `vanthu check --repair` made
 * them searchable. Cheap on a healthy archive: it compares two counts (SQLite's and Lucene's) and
 * reads the ids only when the index holds fewer documents than the catalog.
 */
public final class IndexCatchUp {
    private IndexCatchUp() {
    }

    /** Indexes (and commits) what the index lacks; returns how many documents that was. */
    public static int run(Catalog catalog, SearchIndex index) {
        if (index.count() >= catalog.count()) {
            return 0;
        }
        Set<Long> indexed = index.ids();
        int added = 0;
        for (StoredOriginal o : new CatalogInventory(catalog).originals()) {
            if (!indexed.contains(o.id())) {
                var doc = catalog.get(o.id());
                if (doc.isPresent()) {
                    index.put(doc.get());
                    added++;
                }
            }
        }
        if (added > 0) {
            index.commit();
        }
        return added;
    }
}
