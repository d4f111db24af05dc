package vn.vanthu.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/**
 * Council sessions and the documents assigned to them (migration V4). Dates read from documents
 * never overwrite a staff correction, and a staff assignment survives a new reading.
 */
public final class SessionStore {
    private static final String COLUMNS = "id, number, term, kind, opening, closing, dates_source, corrected_by_staff";

    private final Catalog catalog;

    public SessionStore(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<SessionRecord> all() {
        return catalog.withConnection("list sessions", c -> query(c,
                "SELECT " + COLUMNS + " FROM sessions ORDER BY COALESCE(opening, '9999'), term, number, kind"));
    }

    public Optional<SessionRecord> get(long id) {
        return catalog.withConnection("read a session", c -> query(c, "SELECT " + COLUMNS + " FROM sessions WHERE id = ?", id))
                .stream().findFirst();
    }

    /** A session as read from the documents, before it is stored. */
    public record ReadSession(SessionRef ref, Optional<LocalDate> opening, Optional<LocalDate> closing, String source) {
    }

    /**
     * Records sessions read from documents in one transaction, or updates the dates of those
     * already known; a session staff corrected keeps its dates. Returns the stored sessions, by ref.
     */
    public Map<SessionRef, SessionRecord> upsertAll(List<ReadSession> sessions) {
        return catalog.inTransaction("record sessions", c -> {
            Map<SessionRef, SessionRecord> out = new LinkedHashMap<>();
            for (ReadSession r : sessions) {
                out.put(r.ref(), upsert(c, r));
            }
            return out;
        });
    }

    private static SessionRecord upsert(Connection c, ReadSession r) throws SQLException {
        Optional<SessionRecord> existing = find(c, r.ref());
        if (existing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (number, term, kind, opening, closing, "
                    + "dates_source, corrected_by_staff, updated_at) VALUES (?,?,?,?,?,?,0,?)")) {
                ps.setInt(1, r.ref().number());
                setInt(ps, 2, r.ref().term());
                ps.setString(3, r.ref().kind());
                ps.setString(4, r.opening().map(LocalDate::toString).orElse(null));
                ps.setString(5, r.closing().map(LocalDate::toString).orElse(null));
                ps.setString(6, r.source());
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
            }
        } else if (!existing.get().correctedByStaff()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sessions SET opening = ?, closing = ?, dates_source = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, r.opening().map(LocalDate::toString).orElse(null));
                ps.setString(2, r.closing().map(LocalDate::toString).orElse(null));
                ps.setString(3, r.source());
                ps.setString(4, Instant.now().toString());
                ps.setLong(5, existing.get().id());
                ps.executeUpdate();
            }
        }
        return find(c, r.ref()).orElseThrow();
    }

    /**
     * Applies a staff correction; empty when there is no such session.
     *
     * @throws IllegalArgumentException if the new term or kind would make it the same as another session
     */
    public Optional<SessionRecord> correct(long id, SessionCorrection fix) {
        return catalog.inTransaction("correct session " + id, c -> {
            Optional<SessionRecord> current = query(c, "SELECT " + COLUMNS + " FROM sessions WHERE id = ?", id).stream().findFirst();
            if (current.isEmpty()) {
                return Optional.<SessionRecord>empty();
            }
            SessionRecord s = current.get();
            SessionRef ref = new SessionRef(s.ref().number(), fix.term().or(() -> s.ref().term()), fix.kind().orElse(s.ref().kind()));
            Optional<SessionRecord> clash = find(c, ref).filter(o -> o.id() != id);
            if (clash.isPresent()) {
                throw new IllegalArgumentException("another session is already " + ref.label() + " (id " + clash.get().id() + ")");
            }
            Optional<LocalDate> opening = fix.opening().or(s::opening);
            Optional<LocalDate> closing = fix.closing().or(s::closing);
            if (opening.isPresent() && closing.isPresent() && closing.get().isBefore(opening.get())) {
                throw new IllegalArgumentException("the closing day " + closing.get() + " is before the opening day " + opening.get());
            }
            String source = "sửa bởi cán bộ " + Instant.now().toString().substring(0, 10) + fix.note().map(n -> ": " + n).orElse("");
            try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET term = ?, kind = ?, opening = ?, closing = ?, "
                    + "dates_source = ?, corrected_by_staff = 1, updated_at = ? WHERE id = ?")) {
                setInt(ps, 1, ref.term());
                ps.setString(2, ref.kind());
                ps.setString(3, opening.map(LocalDate::toString).orElse(null));
                ps.setString(4, closing.map(LocalDate::toString).orElse(null));
                ps.setString(5, source);
                ps.setString(6, Instant.now().toString());
                ps.setLong(7, id);
                ps.executeUpdate();
            }
            return query(c, "SELECT " + COLUMNS + " FROM sessions WHERE id = ?", id).stream().findFirst();
        });
    }

    /**
     * Replaces every assignment that came from reading the documents with these, in one
     * transaction; documents staff assigned keep their session.
     */
    public void replaceReadAssignments(List<SessionAssignment> assignments) {
        catalog.inTransaction("assign documents to sessions", c -> {
            Set<Long> byStaff = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM session_documents WHERE method = ?")) {
                ps.setString(1, SessionAssignment.STAFF);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byStaff.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_documents WHERE method <> ?")) {
                ps.setString(1, SessionAssignment.STAFF);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_documents (document_id, session_id, method, reason) VALUES (?,?,?,?)")) {
                for (SessionAssignment a : assignments) {
                    if (byStaff.contains(a.documentId())) {
                        continue;
                    }
                    ps.setLong(1, a.documentId());
                    ps.setLong(2, a.sessionId());
                    ps.setString(3, a.method());
                    ps.setString(4, a.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Staff put a document into a session (it stays there when documents are read again). */
    public void assignByStaff(long documentId, long sessionId, String reason) {
        catalog.withConnection("assign document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_documents (document_id, session_id, method, reason) "
                    + "VALUES (?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET session_id = excluded.session_id, "
                    + "method = excluded.method, reason = excluded.reason")) {
                ps.setLong(1, documentId);
                ps.setLong(2, sessionId);
                ps.setString(3, SessionAssignment.STAFF);
                ps.setString(4, reason);
                return ps.executeUpdate();
            }
        });
    }

    /** The session's documents, in date order. */
    public List<SessionAssignment> assignmentsOf(long sessionId) {
        return catalog.withConnection("list a session's documents", c -> {
            List<SessionAssignment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.document_id, a.session_id, a.method, a.reason "
                    + "FROM session_documents a JOIN documents d ON d.id = a.document_id WHERE a.session_id = ? "
                    + "ORDER BY COALESCE(d.issued, '9999'), d.id")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SessionAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<SessionAssignment> assignmentOf(long documentId) {
        return catalog.withConnection("read a document's session", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT document_id, session_id, method, reason FROM session_documents WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new SessionAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                            : Optional.<SessionAssignment>empty();
                }
            }
        });
    }

    /** How many documents each session holds, by session id. */
    public Map<Long, Integer> documentCounts() {
        return catalog.withConnection("count sessions' documents", c -> {
            Map<Long, Integer> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT session_id, count(*) FROM session_documents GROUP BY session_id")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private static final String DOCUMENT_COLUMNS = "d.id, d.sha256, d.filename, d.media_type, d.size, d.ingested_at, d.text, "
            + "d.number_raw, d.number_no, d.number_year, d.number_type, d.number_issuer, d.type_code, d.type_name, d.issued, "
            + "d.place, d.issuer, d.parent_issuer, d.title, d.session_number, d.session_term, d.session_kind, d.signer";

    /**
     * A session's documents in date order, read in one query for comparing. Their citations are
     * not loaded (a comparison does not read them): use the catalog for a document's full record.
     */
    public List<ArchivedDocument> documentsOf(long sessionId) {
        return catalog.withConnection("read a session's documents", c -> {
            List<ArchivedDocument> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM session_documents a "
                    + "JOIN documents d ON d.id = a.document_id WHERE a.session_id = ? ORDER BY COALESCE(d.issued, '9999'), d.id")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(document(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every document in id order, a page at a time by id (not OFFSET, which rescans the table for
     * each page), without citations: what reading sessions needs from the whole archive.
     */
    public void forEachDocument(java.util.function.Consumer<ArchivedDocument> action) {
        long after = 0;
        while (true) {
            long from = after;
            List<ArchivedDocument> page = catalog.withConnection("read documents for sessions", c -> {
                List<ArchivedDocument> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT " + DOCUMENT_COLUMNS + " FROM documents d WHERE d.id > ? ORDER BY d.id LIMIT 500")) {
                    ps.setLong(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(document(rs));
                        }
                    }
                }
                return out;
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(action);
            after = page.get(page.size() - 1).id();
        }
    }

    private static ArchivedDocument document(ResultSet rs) throws SQLException {
        Optional<DocumentNumber> number = Optional.ofNullable(rs.getString(8)).map(raw -> {
            try {
                int year = rs.getInt(10);
                Optional<Integer> y = rs.wasNull() ? Optional.empty() : Optional.of(year);
                return new DocumentNumber(raw, Objects.toString(rs.getString(9), ""), y, Objects.toString(rs.getString(11), ""),
                        Objects.toString(rs.getString(12), ""));
            } catch (SQLException e) {
                throw new CatalogException("cannot read a document number", e);
            }
        });
        Optional<DocumentType> type = Optional.ofNullable(rs.getString(13))
                .map(code -> new DocumentType(code, Optional.ofNullable(tryString(rs, 14)).orElse(code)));
        int sessionNumber = rs.getInt(20);
        Optional<SessionRef> session = Optional.empty();
        if (!rs.wasNull()) {
            int term = rs.getInt(21);
            Optional<Integer> t = rs.wasNull() ? Optional.empty() : Optional.of(term);
            session = Optional.of(new SessionRef(sessionNumber, t, Optional.ofNullable(rs.getString(22)).orElse(SessionRef.REGULAR)));
        }
        DocumentMetadata m = new DocumentMetadata(number, type, Optional.ofNullable(rs.getString(15)).map(LocalDate::parse),
                Optional.ofNullable(rs.getString(16)), Optional.ofNullable(rs.getString(17)), Optional.ofNullable(rs.getString(18)),
                Optional.ofNullable(rs.getString(19)), session, Optional.ofNullable(rs.getString(23)), List.of());
        return new ArchivedDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                Instant.parse(rs.getString(6)), m, rs.getString(7), List.of());
    }

    private static String tryString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new CatalogException("cannot read a document", e);
        }
    }

    private static Optional<SessionRecord> find(Connection c, SessionRef ref) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM sessions WHERE number = ? AND COALESCE(term, 0) = ? AND kind = ?",
                ref.number(), ref.term().orElse(0), ref.kind()).stream().findFirst();
    }

    private static List<SessionRecord> query(Connection c, String sql, Object... params) throws SQLException {
        List<SessionRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int term = rs.getInt(3);
                    Optional<Integer> t = rs.wasNull() ? Optional.empty() : Optional.of(term);
                    out.add(new SessionRecord(rs.getLong(1), new SessionRef(rs.getInt(2), t, rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)).map(LocalDate::parse),
                            Optional.ofNullable(rs.getString(6)).map(LocalDate::parse),
                            rs.getString(7), rs.getInt(8) == 1));
                }
            }
        }
        return out;
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }
}
