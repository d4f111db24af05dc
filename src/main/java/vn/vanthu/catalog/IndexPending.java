package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Documents whose search-index entry may be behind the catalog (migration V11). Whoever changes
 * what a document's entry holds after it was indexed (a correction, an access level, OCR text)
 * marks it first, changes the catalog, commits the index, then clears the mark. A process killed
 * anywhere in between leaves the mark, and the next ingest or server start indexes the document
 * again ({@code IndexCatchUp}): marking before the change means a crash costs at most a needless
 * re-index, never an entry that silently keeps the old metadata or access level.
 */
public final class IndexPending {
    private final Catalog catalog;

    public IndexPending(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Marks the documents before their catalog change (committed at once, on its own). */
    public void mark(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        catalog.inTransaction("mark documents for re-indexing", db -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO index_pending (document_id) "
                    + "SELECT id FROM documents WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Clears the marks once the index has committed the documents' new entries. */
    public void clear(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        catalog.inTransaction("clear the re-indexing marks", db -> {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM index_pending WHERE document_id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The marked documents, by id. */
    public List<Long> ids() {
        return catalog.withConnection("read the documents marked for re-indexing", db -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT document_id FROM index_pending ORDER BY document_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
