package vn.vanthu.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each document's access level (migration V8) and who set it when. Levels are the lower-case keys
 * of {@code access.AccessLevel} ("public", "internal", "confidential"); the catalog keeps them as
 * text so it needs no knowledge of roles. Readers name the levels their caller may see.
 */
public final class AccessStore {
    /** The level of a document and where it came from. */
    public record Entry(String level, Optional<String> setBy, Optional<Instant> setAt) {
    }

    /** Every level, as the migration's CHECK lists them: what a caller who sees everything sees. */
    public static final List<String> ALL_LEVELS = List.of("public", "internal", "confidential");

    private final Catalog catalog;

    public AccessStore(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The level of a document; empty when there is no such document. */
    public Optional<Entry> of(long id) {
        return catalog.withConnection("read the access level of document " + id, db -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT access_level, access_set_by, access_set_at FROM documents WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Entry(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3)).map(Instant::parse)));
                }
            }
        });
    }

    /** Sets a document's level; false when there is no such document. */
    public boolean set(long id, String level, String by, Instant at) {
        return catalog.withConnection("set the access level of document " + id, db -> write(db, id, level, by, at));
    }

    private static final String WRITE = "UPDATE documents SET access_level = ?, access_set_by = ?, access_set_at = ? WHERE id = ?";

    /** Writes a level inside the caller's transaction (an ingest stores it with the document). */
    static boolean write(Connection db, long id, String level, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(WRITE)) {
            return write(ps, id, level, by, at);
        }
    }

    /** The same through the catalog's kept statement: an ingest writes one for every document. */
    static boolean write(Catalog catalog, long id, String level, String by, Instant at) throws SQLException {
        return catalog.withStatement(WRITE, false, ps -> write(ps, id, level, by, at));
    }

    private static boolean write(PreparedStatement ps, long id, String level, String by, Instant at) throws SQLException {
        ps.setString(1, level);
        ps.setString(2, by);
        ps.setString(3, at.toString());
        ps.setLong(4, id);
        return ps.executeUpdate() == 1;
    }

    /**
     * The documents whose level is not among {@code visible}: what a caller must not see. Hidden
     * documents are the few (internal and confidential papers), so a caller's requests carry
     * this set rather than a level lookup per document.
     */
    public Set<Long> hiddenFrom(Collection<String> visible) {
        return catalog.withConnection("list hidden documents", db -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT id FROM documents WHERE access_level NOT IN (" + XrefStore.marks(visible.size()) + ")")) {
                XrefStore.bind(ps, 1, List.copyOf(visible));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** How many documents have one of these levels. */
    public int count(Collection<String> visible) {
        return catalog.withConnection("count visible documents", db -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT count(*) FROM documents WHERE access_level IN (" + XrefStore.marks(visible.size()) + ")")) {
                XrefStore.bind(ps, 1, List.copyOf(visible));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    /** One page of the ids of documents with one of these levels, in id order (the catalog's listing order). */
    public List<Long> ids(Collection<String> visible, int offset, int limit) {
        return catalog.withConnection("list visible documents", db -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT id FROM documents WHERE access_level IN ("
                    + XrefStore.marks(visible.size()) + ") ORDER BY id LIMIT ? OFFSET ?")) {
                List<Object> params = new ArrayList<>(visible);
                params.add(limit);
                params.add(offset);
                XrefStore.bind(ps, 1, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
