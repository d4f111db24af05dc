package vn.vanthu.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/**
 * The SQLite catalog: documents, their citations and failed files. It is the source of truth
 * with the stored originals; each document is written in one transaction with its citations.
 * One connection serves all threads (SQLite serialises writes anyway); calls are synchronised.
 */
public final class Catalog implements AutoCloseable {
    private static final String[] MIGRATIONS = {"V1__documents.sql", "V2__ingestion.sql", "V3__citation_links.sql",
            "V4__sessions.sql", "V5__header_fields.sql", "V6__tokens_audit.sql", "V7__corrections.sql", "V8__access_levels.sql", "V9__number_summary.sql",
            "V10__citation_trace.sql", "V11__index_pending.sql"};
    private static final String DOC_COLUMNS = "id, sha256, filename, media_type, size, ingested_at, text, warnings, "
            + "number_raw, number_no, number_year, number_type, number_issuer, type_code, type_name, issued, place, "
            + "issuer, parent_issuer, title, session_number, session_term, session_kind, signer, "
            + "security, urgency, recipients, distribution, signature_authorities, signature_position, term_from, term_to";

    private final Connection db;
    /** {@link #withStatement}'s statements, by SQL. */
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    private Catalog(Connection db) {
        this.db = db;
    }

    public static Catalog open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
            Catalog catalog = new Catalog(c);
            catalog.migrate();
            return catalog;
        } catch (SQLException | IOException e) {
            throw new CatalogException("cannot open the catalog " + file + ": " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException, IOException {
        int version;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        for (int v = version; v < MIGRATIONS.length; v++) {
            String sql;
            try (InputStream in = Catalog.class.getResourceAsStream(MIGRATIONS[v])) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    public synchronized Optional<Long> idBySha256(String sha256) {
        try {
            return withStatement("SELECT id FROM documents WHERE sha256 = ?", false, ps -> {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            });
        } catch (SQLException e) {
            throw new CatalogException("cannot look up a document by SHA-256", e);
        }
    }

    /** Adds a document and its citations in one transaction; returns its id. */
    public synchronized long insert(NewDocument doc) {
        try {
            db.setAutoCommit(false);
            try {
                long id = insertRows(doc);
                db.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot add " + doc.filename() + " to the catalog: " + e.getMessage(), e);
        }
    }

    /** The rows of one document (and the end of its path's failure), inside the caller's transaction. */
    synchronized long insertRows(NewDocument doc) throws SQLException {
        return insertRows(doc, Instant.now());
    }

    /** {@link #insertRows(NewDocument)} with the time it is recorded as ingested at. */
    synchronized long insertRows(NewDocument doc, Instant ingestedAt) throws SQLException {
        long id = insertDocument(doc, ingestedAt);
        insertCitations(id, doc.metadata().citations());
        withStatement("DELETE FROM failures WHERE path = ?", false, ps -> {
            ps.setString(1, doc.sourcePath());
            return ps.executeUpdate();
        });
        return id;
    }

    /**
     * Writes the text of a document stored without text (kept as "needs OCR", so it has no
     * citations yet): media type, text, warnings, the metadata read from the text and its
     * citations, inside the caller's transaction, keeping its id and so its access level, versions
     * and container links. Corrections outlive it through their trigger ({@link CorrectionStore}).
     * Returns false when there is no such document.
     */
    synchronized boolean fillTextRows(long id, NewDocument doc) throws SQLException {
        DocumentMetadata m = doc.metadata();
        String sql = "UPDATE documents SET media_type = ?, text = ?, warnings = ?, "
                + "number_raw = ?, number_no = ?, number_year = ?, number_type = ?, number_issuer = ?, number_key = ?, "
                + "type_code = ?, type_name = ?, issued = ?, place = ?, issuer = ?, parent_issuer = ?, title = ?, "
                + "session_number = ?, session_term = ?, session_kind = ?, signer = ?, security = ?, urgency = ?, "
                + "recipients = ?, distribution = ?, signature_authorities = ?, signature_position = ?, term_from = ?, "
                + "term_to = ? WHERE id = ?";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, doc.mediaType());
            ps.setString(i++, doc.text());
            ps.setString(i++, String.join("\n", doc.warnings()));
            i = setMetadata(ps, i, m);
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        insertCitations(id, m.citations());
        // The dates the text mentions are read again by the next scan.
        for (String table : new String[]{"date_mentions", "date_scans"}) {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        return true;
    }

    /** The metadata columns, number to term, in the order both the insert and the update list them. */
    private static int setMetadata(PreparedStatement ps, int i, DocumentMetadata m) throws SQLException {
        i = setNumber(ps, i, m.number());
        ps.setString(i++, m.type().map(DocumentType::code).orElse(null));
        ps.setString(i++, m.type().map(DocumentType::name).orElse(null));
        ps.setString(i++, m.issued().map(LocalDate::toString).orElse(null));
        ps.setString(i++, m.place().orElse(null));
        ps.setString(i++, m.issuer().orElse(null));
        ps.setString(i++, m.parentIssuer().orElse(null));
        ps.setString(i++, m.title().orElse(null));
        setInt(ps, i++, m.session().map(SessionRef::number));
        setInt(ps, i++, m.session().flatMap(SessionRef::term));
        ps.setString(i++, m.session().map(SessionRef::kind).orElse(null));
        ps.setString(i++, m.signer().orElse(null));
        return HeaderColumns.write(ps, i, m);
    }

    private long insertDocument(NewDocument doc, Instant ingestedAt) throws SQLException {
        DocumentMetadata m = doc.metadata();
        String sql = "INSERT INTO documents (sha256, filename, source_path, media_type, size, ingested_at, text, warnings, "
                + "number_raw, number_no, number_year, number_type, number_issuer, number_key, type_code, type_name, issued, "
                + "place, issuer, parent_issuer, title, session_number, session_term, session_kind, signer, "
                + "security, urgency, recipients, distribution, signature_authorities, signature_position, term_from, term_to) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        return withStatement(sql, true, ps -> {
            int i = 1;
            ps.setString(i++, doc.sha256());
            ps.setString(i++, doc.filename());
            ps.setString(i++, doc.sourcePath());
            ps.setString(i++, doc.mediaType());
            ps.setLong(i++, doc.size());
            ps.setString(i++, ingestedAt.toString());
            ps.setString(i++, doc.text());
            ps.setString(i++, String.join("\n", doc.warnings()));
            setMetadata(ps, i, m);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        });
    }

    private void insertCitations(long id, List<Citation> citations) throws SQLException {
        String sql = "INSERT INTO citations (document_id, ordinal, relation, type_name, number_raw, number_no, number_year, "
                + "number_type, number_issuer, number_key, name, date, issuer, start_offset, end_offset, sentence) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        if (citations.isEmpty()) {
            return;
        }
        withStatement(sql, false, ps -> {
            int ordinal = 0;
            for (Citation c : citations) {
                int i = 1;
                ps.setLong(i++, id);
                ps.setInt(i++, ordinal++);
                ps.setString(i++, c.relation());
                ps.setString(i++, c.typeName().orElse(null));
                i = setNumber(ps, i, c.number());
                ps.setString(i++, c.name().orElse(null));
                ps.setString(i++, c.date().map(LocalDate::toString).orElse(null));
                ps.setString(i++, c.issuer().orElse(null));
                ps.setInt(i++, c.start());
                ps.setInt(i++, c.end());
                ps.setString(i, c.sentence());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /** Writes raw, number, year, type, issuer and key; returns the next parameter index. */
    private static int setNumber(PreparedStatement ps, int i, Optional<DocumentNumber> number) throws SQLException {
        ps.setString(i++, number.map(DocumentNumber::raw).orElse(null));
        ps.setString(i++, number.map(DocumentNumber::number).orElse(null));
        setInt(ps, i++, number.flatMap(DocumentNumber::year));
        ps.setString(i++, number.map(DocumentNumber::typeCode).orElse(null));
        ps.setString(i++, number.map(DocumentNumber::issuerCode).orElse(null));
        ps.setString(i++, number.map(DocumentNumber::key).orElse(null));
        return i;
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    public synchronized Optional<ArchivedDocument> get(long id) {
        List<ArchivedDocument> docs = query("SELECT " + DOC_COLUMNS + " FROM documents WHERE id = ?", id);
        return docs.stream().findFirst();
    }

    public synchronized int count() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new CatalogException("cannot count documents", e);
        }
    }

    /** One page of every document, in id order. */
    public synchronized List<ArchivedDocument> list(int offset, int limit) {
        return query("SELECT " + DOC_COLUMNS + " FROM documents ORDER BY id LIMIT ? OFFSET ?", limit, offset);
    }

    /** The documents whose own number has this canonical key. */
    public synchronized List<ArchivedDocument> byNumberKey(String key) {
        return query("SELECT " + DOC_COLUMNS + " FROM documents WHERE number_key = ? ORDER BY issued, id", key);
    }

    /** Every citation of a number key, with its citing document, citing documents in date order. */
    public synchronized List<Citing> citationsOfKey(String key) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT DISTINCT c.document_id FROM citations c JOIN documents d ON d.id = c.document_id "
                        + "WHERE c.number_key = ? ORDER BY d.issued, d.id")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot read citations of " + key, e);
        }
        List<Citing> out = new ArrayList<>();
        for (long id : ids) {
            ArchivedDocument citer = get(id).orElseThrow();
            for (Citation c : citer.metadata().citations()) {
                if (c.number().map(n -> n.key().equals(key)).orElse(false)) {
                    out.add(new Citing(citer, c));
                }
            }
        }
        return out;
    }

    /** Streams every document in id order, a page at a time (for reindexing). */
    public void forEach(Consumer<ArchivedDocument> action) {
        int offset = 0;
        List<ArchivedDocument> page;
        do {
            page = list(offset, 200);
            page.forEach(action);
            offset += page.size();
        } while (!page.isEmpty());
    }

    public synchronized void recordFailure(String path, Optional<String> sha256, String reason) {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO failures (path, sha256, reason, failed_at) VALUES (?,?,?,?) "
                        + "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, reason = excluded.reason, "
                        + "failed_at = excluded.failed_at")) {
            ps.setString(1, path);
            ps.setString(2, sha256.orElse(null));
            ps.setString(3, reason);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CatalogException("cannot record the failure of " + path, e);
        }
    }

    public synchronized List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT path, reason, failed_at FROM failures ORDER BY path")) {
            while (rs.next()) {
                out.add(new Failure(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot list failures", e);
        }
        return out;
    }

    private List<ArchivedDocument> query(String sql, Object... params) {
        Map<Long, ArchivedDocument> docs = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(readRow(rs));
                }
            }
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                docs.put(id, toDocument(row, citationsOf(id)).withCorrections(CorrectionStore.provenance(db, id)));
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot read documents: " + e.getMessage(), e);
        }
        return new ArrayList<>(docs.values());
    }

    private static Object[] readRow(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }

    private static ArchivedDocument toDocument(Object[] r, List<Citation> citations) {
        Optional<DocumentNumber> number = number(r, 8);
        Optional<DocumentType> type = str(r[13]).map(code -> new DocumentType(code, str(r[14]).orElse(code)));
        Optional<SessionRef> session = integer(r[20]).map(n -> new SessionRef(n, integer(r[21]),
                str(r[22]).orElse(SessionRef.REGULAR)));
        DocumentMetadata m = HeaderColumns.read(new DocumentMetadata(number, type, str(r[15]).map(LocalDate::parse),
                str(r[16]), str(r[17]), str(r[18]), str(r[19]), session, str(r[23]), citations), r, 24);
        String warnings = (String) r[7];
        return new ArchivedDocument(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), Instant.parse((String) r[5]), m, (String) r[6],
                warnings.isEmpty() ? List.of() : List.of(warnings.split("\n")));
    }

    private List<Citation> citationsOf(long id) throws SQLException {
        List<Citation> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT relation, type_name, number_raw, number_no, number_year, number_type, number_issuer, name, date, "
                        + "issuer, start_offset, end_offset, sentence FROM citations WHERE document_id = ? ORDER BY ordinal")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] r = readRow(rs);
                    out.add(new Citation(rs.getString(1), str(r[1]), number(r, 2), str(r[7]),
                            str(r[8]).map(LocalDate::parse), str(r[9]), rs.getInt(11), rs.getInt(12), rs.getString(13)));
                }
            }
        }
        return out;
    }

    private static Optional<DocumentNumber> number(Object[] r, int at) {
        return str(r[at]).map(raw -> new DocumentNumber(raw, str(r[at + 1]).orElse(""), integer(r[at + 2]),
                str(r[at + 3]).orElse(""), str(r[at + 4]).orElse("")));
    }

    private static Optional<String> str(Object o) {
        return Optional.ofNullable((String) o);
    }

    private static Optional<Integer> integer(Object o) {
        return Optional.ofNullable((Number) o).map(Number::intValue);
    }

    /** Work on the catalog's connection, for the catalog's other stores. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs work under the catalog's lock (one connection serves every store of the catalog).
     * Stores beside this class use it rather than opening connections of their own.
     */
    synchronized <T> T withConnection(String what, SqlWork<T> work) {
        try {
            return work.apply(db);
        } catch (SQLException e) {
            throw new CatalogException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Work on a statement that {@link #withStatement} keeps prepared. */
    interface StatementWork<T> {
        T apply(PreparedStatement ps) throws SQLException;
    }

    /**
     * Runs {@code work} on this connection's statement for {@code sql}, prepared the first time and
     * kept until the catalog closes: the statements an ingest runs for every document were prepared
     * anew each time (six a document). Under the catalog's lock; every parameter is set by the work.
     * A statement that failed is closed and prepared afresh next time.
     */
    synchronized <T> T withStatement(String sql, boolean generatedKeys, StatementWork<T> work) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = generatedKeys ? db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : db.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        try {
            return work.apply(ps);
        } catch (SQLException | RuntimeException e) {
            prepared.remove(sql);
            try {
                ps.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Runs work in one transaction under the catalog's lock: all of it is written, or none. */
    synchronized <T> T inTransaction(String what, SqlWork<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.apply(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            prepared.clear();
            db.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close the catalog", e);
        }
    }
}
