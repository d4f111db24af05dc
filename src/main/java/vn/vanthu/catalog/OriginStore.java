package vn.vanthu.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.vanthu.document.ArchivedDocument;

/**
 * The catalog's record of containers, versions and OCR flags (migration V2). Writes a document
 * and its origin in one transaction, so no document is ever seen without its links.
 */
public final class OriginStore {
    private final Catalog catalog;

    public OriginStore(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Adds a document with its origin in one transaction; returns its id. The document is public. */
    public long insert(NewDocument doc, DocumentOrigin origin) {
        return insert(doc, origin, "public", "ingest");
    }

    /**
     * Adds a document with its origin and access level in one transaction (a confidential paper is
     * never, even for a moment, a public one); returns its id.
     */
    public long insert(NewDocument doc, DocumentOrigin origin, String accessLevel, String setBy) {
        return catalog.inTransaction("add " + doc.filename() + " to the catalog",
                c -> insertOne(c, doc, Instant.now(), origin, accessLevel, setBy));
    }

    /** One document of {@link #insertNewVersions}: what to add, where it came from, its level and who set it. */
    public record Addition(NewDocument doc, DocumentOrigin origin, String accessLevel, String setBy) {
    }

    /**
     * What became of one {@link Addition}: its id and the document it is a new version of, or why
     * it was not added (its bytes already archived, …); and the document as its rows now hold it
     * (what {@link Catalog#get} would read back: a new id has no corrections), so that the writer
     * can index it without reading it back.
     */
    public record Outcome(Optional<Long> id, Optional<Long> previousVersion, Optional<String> error,
                          Optional<ArchivedDocument> document) {
        public Outcome(Optional<Long> id, Optional<Long> previousVersion, Optional<String> error) {
            this(id, previousVersion, error, Optional.empty());
        }
    }

    /**
     * Adds documents in one transaction, each as the new version of the latest document from the
     * same source path (if any). One commit, so one sync to disk, for the lot: a small file's
     * ingestion used to wait on its own. Each document is added under a savepoint, so one that
     * cannot be (its bytes archived meanwhile) is left out without the others; the rest are all
     * committed or, if the commit fails, none (a {@link CatalogException}: the caller tries them
     * one by one).
     */
    public List<Outcome> insertNewVersions(List<Addition> batch) {
        return catalog.inTransaction("add " + batch.size() + " documents to the catalog", c -> {
            List<Outcome> out = new ArrayList<>(batch.size());
            for (Addition a : batch) {
                Savepoint sp = c.setSavepoint();
                try {
                    Optional<Long> previous = latestAtKept(a.doc().sourcePath());
                    Instant at = Instant.now();
                    long id = insertOne(c, a.doc(), at, a.origin().withPreviousVersion(previous), a.accessLevel(), a.setBy());
                    c.releaseSavepoint(sp);
                    NewDocument d = a.doc();
                    out.add(new Outcome(Optional.of(id), previous, Optional.empty(), Optional.of(new ArchivedDocument(id,
                            d.sha256(), d.filename(), d.mediaType(), d.size(), at, d.metadata(), d.text(), d.warnings()))));
                } catch (SQLException | RuntimeException e) {
                    c.rollback(sp);
                    out.add(new Outcome(Optional.empty(), Optional.empty(),
                            Optional.of("cannot add " + a.doc().filename() + " to the catalog: " + e.getMessage())));
                }
            }
            return out;
        });
    }

    private long insertOne(java.sql.Connection c, NewDocument doc, Instant at, DocumentOrigin origin,
                           String accessLevel, String setBy) throws SQLException {
        long id = catalog.insertRows(doc, at);
        AccessStore.write(catalog, id, accessLevel, setBy, Instant.now());
        catalog.withStatement("UPDATE documents SET container_id = ?, entry_path = ?, "
                + "previous_version_id = ?, needs_ocr = ? WHERE id = ?", false, ps -> {
            setLong(ps, 1, origin.containerId());
            ps.setString(2, origin.entryPath().orElse(null));
            setLong(ps, 3, origin.previousVersionId());
            ps.setInt(4, origin.needsOcr() ? 1 : 0);
            ps.setLong(5, id);
            return ps.executeUpdate();
        });
        return id;
    }

    /**
     * Stores the text OCR read from a document kept as "needs OCR", in one transaction: its text,
     * warnings, metadata and citations ({@link Catalog#fillTextRows}), the flag cleared, and the
     * access level raised to {@code raiseAccessTo} when given (a security marking only the OCR
     * could read). False when there is no such document or it is not flagged (any more).
     */
    public boolean ocrDone(long id, NewDocument doc, Optional<String> raiseAccessTo, String by) {
        return catalog.inTransaction("store the OCR text of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ? AND needs_ocr = 1")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            if (!catalog.fillTextRows(id, doc)) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET needs_ocr = 0 WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            if (raiseAccessTo.isPresent()) {
                AccessStore.write(c, id, raiseAccessTo.get(), by, Instant.now());
            }
            return true;
        });
    }

    /** Which of these documents are flagged "needs OCR" (a search page marks their hits). */
    public java.util.Set<Long> needingOcr(java.util.Collection<Long> ids) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            out.addAll(ids("SELECT id FROM documents WHERE needs_ocr = 1 AND id IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()));
        }
        return out;
    }

    public Optional<DocumentOrigin> origin(long id) {
        return catalog.withConnection("read the origin of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT container_id, entry_path, previous_version_id, needs_ocr FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new DocumentOrigin(optLong(rs, 1), Optional.ofNullable(rs.getString(2)),
                            optLong(rs, 3), rs.getInt(4) != 0));
                }
            }
        });
    }

    /** The newest document ingested from this path (the one a changed file's bytes replace). */
    public Optional<Long> latestAt(String sourcePath) {
        return catalog.withConnection("look up " + sourcePath, c -> latestAtKept(sourcePath));
    }

    /** The latest version's id at a path, through the catalog's kept statement (an ingest asks once a document). */
    private Optional<Long> latestAtKept(String sourcePath) throws SQLException {
        return catalog.withStatement("SELECT max(id) FROM documents WHERE source_path = ?", false, ps -> {
            ps.setString(1, sourcePath);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? optLong(rs, 1) : Optional.empty();
            }
        });
    }

    /** The document that replaced this one, if a later version exists. */
    public Optional<Long> nextVersionOf(long id) {
        return ids("SELECT id FROM documents WHERE previous_version_id = ? ORDER BY id", id).stream().findFirst();
    }

    /** The documents unpacked from a container, in entry order. */
    public List<Long> entriesOf(long containerId) {
        return ids("SELECT id FROM documents WHERE container_id = ? ORDER BY id", containerId);
    }

    /** Documents kept without text because OCR was not available when they were ingested. */
    public List<Long> needingOcr() {
        return ids("SELECT id FROM documents WHERE needs_ocr = 1 ORDER BY id");
    }

    private List<Long> ids(String sql, Object... params) {
        return catalog.withConnection("read document links", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<Long> optLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static void setLong(PreparedStatement ps, int i, Optional<Long> v) throws SQLException {
        if (v.isPresent()) {
            ps.setLong(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }
}
