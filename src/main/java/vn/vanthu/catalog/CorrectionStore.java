package vn.vanthu.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.FieldCorrection;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.document.MetadataField;

/**
 * Staff corrections of documents' metadata (migration V7). A correction is written over the
 * documents row, so every reader (the Java reads, and the SQL of cross-references and sessions)
 * sees the effective value; its row here keeps the extracted value it overrides, who made it,
 * when and why. Clearing a correction writes the extracted value back.
 *
 * <p>A trigger keeps corrections over any later re-extraction: when something rewrites a
 * corrected document's metadata columns with other values, the trigger records those as the new
 * extracted values and writes the corrections back over them.
 */
public final class CorrectionStore {
    private static final String TRIGGER = "document_corrections_outlive_extraction";
    /** The documents columns each field occupies, the one shown first. */
    private static final Map<MetadataField, List<String>> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(MetadataField.NUMBER, List.of("number_raw", "number_no", "number_year", "number_type",
                    "number_issuer", "number_key")),
            Map.entry(MetadataField.TYPE, List.of("type_name", "type_code")),
            Map.entry(MetadataField.ISSUER, List.of("issuer")),
            Map.entry(MetadataField.PARENT_ISSUER, List.of("parent_issuer")),
            Map.entry(MetadataField.ISSUED, List.of("issued")),
            Map.entry(MetadataField.PLACE, List.of("place")),
            Map.entry(MetadataField.TITLE, List.of("title")),
            Map.entry(MetadataField.SESSION_NUMBER, List.of("session_number")),
            Map.entry(MetadataField.SESSION_KIND, List.of("session_kind")),
            Map.entry(MetadataField.SESSION_TERM, List.of("session_term")),
            Map.entry(MetadataField.SIGNER, List.of("signer"))));

    private final Catalog catalog;

    public CorrectionStore(Catalog catalog) {
        this.catalog = catalog;
        catalog.withConnection("install the corrections trigger", c -> {
            try (Statement s = c.createStatement()) {
                s.execute(triggerSql());
            }
            return null;
        });
    }

    /**
     * Applies changes to a document in one transaction: all of them or none. Returns false if
     * there is no such document.
     */
    public boolean apply(long documentId, List<MetadataChange> changes, String by, Optional<String> note, Instant at) {
        return catalog.inTransaction("correct document " + documentId, c -> {
            if (!exists(c, documentId)) {
                return false;
            }
            for (MetadataChange change : changes) {
                if (change.value().isPresent()) {
                    set(c, documentId, change, by, note, at);
                } else {
                    clear(c, documentId, change.field());
                }
            }
            return true;
        });
    }

    /**
     * Carries a previous version's corrections over to a new version, each only where the new
     * version's text still reads what the correction overrode (the same misreading); where the
     * new text reads something else the document itself changed there and extraction is trusted.
     * Returns the fields inherited.
     */
    public List<MetadataField> inherit(long newId, long previousId) {
        return catalog.inTransaction("carry corrections to document " + newId, c -> {
            List<MetadataField> inherited = new ArrayList<>();
            for (Stored s : stored(c, previousId)) {
                if (s.extractedColumns().equals(snapshot(c, newId, s.field())) && correctionOf(c, newId, s.field()).isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_corrections (document_id, field, "
                            + "value, extracted, corrected_by, corrected_at, note, columns, extracted_columns) "
                            + "SELECT ?, field, value, extracted, corrected_by, corrected_at, note, columns, extracted_columns "
                            + "FROM document_corrections WHERE document_id = ? AND field = ?")) {
                        ps.setLong(1, newId);
                        ps.setLong(2, previousId);
                        ps.setString(3, s.field().apiName());
                        ps.executeUpdate();
                    }
                    writeColumns(c, newId, s.field(), s.columns());
                    inherited.add(s.field());
                }
            }
            return inherited;
        });
    }

    /** A document's corrections with their provenance, in form order. */
    public List<FieldCorrection> of(long documentId) {
        return catalog.withConnection("read the corrections of document " + documentId, c -> provenance(c, documentId));
    }

    /** Read inside a catalog read (the catalog's connection and lock). */
    static List<FieldCorrection> provenance(Connection c, long documentId) throws SQLException {
        List<FieldCorrection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field, value, extracted, corrected_by, corrected_at, note "
                + "FROM document_corrections WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<MetadataField> field = MetadataField.byApiName(rs.getString(1));
                    if (field.isPresent()) {
                        out.add(new FieldCorrection(field.get(), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                                rs.getString(4), Instant.parse(rs.getString(5)), Optional.ofNullable(rs.getString(6))));
                    }
                }
            }
        }
        out.sort((a, b) -> a.field().compareTo(b.field()));
        return out;
    }

    private void set(Connection c, long id, MetadataChange change, String by, Optional<String> note, Instant at)
            throws SQLException {
        MetadataField field = change.field();
        // The first correction of a field remembers the extracted value; a second keeps it.
        String extractedColumns = correctionOf(c, id, field).map(Stored::extractedColumns).orElse(snapshot(c, id, field));
        String columns = json(c, field, values(change));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_corrections (document_id, field, value, "
                + "extracted, corrected_by, corrected_at, note, columns, extracted_columns) VALUES (?,?,?,json_extract(?, ?),?,?,?,?,?) "
                + "ON CONFLICT(document_id, field) DO UPDATE SET value = excluded.value, corrected_by = excluded.corrected_by, "
                + "corrected_at = excluded.corrected_at, note = excluded.note, columns = excluded.columns")) {
            ps.setLong(1, id);
            ps.setString(2, field.apiName());
            ps.setString(3, change.display().orElseThrow());
            ps.setString(4, extractedColumns);
            ps.setString(5, "$." + COLUMNS.get(field).get(0));
            ps.setString(6, by);
            ps.setString(7, at.toString());
            ps.setString(8, note.orElse(null));
            ps.setString(9, columns);
            ps.setString(10, extractedColumns);
            ps.executeUpdate();
        }
        writeColumns(c, id, field, columns);
    }

    private void clear(Connection c, long id, MetadataField field) throws SQLException {
        Optional<Stored> existing = correctionOf(c, id, field);
        if (existing.isEmpty()) {
            return; // nothing corrected: the extracted value already applies
        }
        // Delete first, so the trigger sees no correction to write back over the restored value.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_corrections WHERE document_id = ? AND field = ?")) {
            ps.setLong(1, id);
            ps.setString(2, field.apiName());
            ps.executeUpdate();
        }
        writeColumns(c, id, field, existing.get().extractedColumns());
    }

    /** The column values a change writes, in the field's column order. */
    private static List<Object> values(MetadataChange change) {
        Object v = change.value().orElseThrow();
        return switch (change.field()) {
            case NUMBER -> {
                DocumentNumber n = (DocumentNumber) v;
                List<Object> out = new ArrayList<>();
                out.add(n.raw());
                out.add(n.number());
                out.add(n.year().orElse(null));
                out.add(n.typeCode());
                out.add(n.issuerCode());
                out.add(n.key());
                yield out;
            }
            case TYPE -> {
                DocumentType t = (DocumentType) v;
                yield List.of(t.name(), t.code());
            }
            case ISSUED -> List.of(((LocalDate) v).toString());
            default -> List.of(v);
        };
    }

    private static void writeColumns(Connection c, long id, MetadataField field, String columnsJson) throws SQLException {
        List<String> cols = COLUMNS.get(field);
        String sets = cols.stream().map(col -> col + " = json_extract(?, '$." + col + "')").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET " + sets + " WHERE id = ?")) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setString(i + 1, columnsJson);
            }
            ps.setLong(cols.size() + 1, id);
            ps.executeUpdate();
        }
    }

    /** The field's columns as the documents row holds them now, as JSON. */
    private static String snapshot(Connection c, long id, MetadataField field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + jsonObject(field, col -> col) + " FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String json(Connection c, MetadataField field, List<Object> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + jsonObject(field, col -> "?"))) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String jsonObject(MetadataField field, java.util.function.UnaryOperator<String> value) {
        return "json_object(" + COLUMNS.get(field).stream().map(col -> "'" + col + "', " + value.apply(col))
                .collect(Collectors.joining(", ")) + ")";
    }

    private record Stored(MetadataField field, String columns, String extractedColumns) {
    }

    private static Optional<Stored> correctionOf(Connection c, long id, MetadataField field) throws SQLException {
        return stored(c, id).stream().filter(s -> s.field() == field).findFirst();
    }

    private static List<Stored> stored(Connection c, long id) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field, columns, extracted_columns FROM document_corrections WHERE document_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MetadataField.byApiName(rs.getString(1))
                            .ifPresent(f -> out.add(new Stored(f, get(rs, 2), get(rs, 3))));
                }
            }
        }
        return out;
    }

    private static String get(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new CatalogException("cannot read a correction", e);
        }
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The trigger that outlives re-extraction. After an update of a corrected document's metadata
     * columns: each correction whose columns now hold other values takes those as its new
     * extracted values; then every correction is written back. A correction's own write leaves
     * its columns equal to the correction, so it records nothing. (SQLite runs no trigger from
     * inside this one: recursive triggers are off.)
     */
    private static String triggerSql() {
        List<String> all = COLUMNS.values().stream().flatMap(List::stream).toList();
        String row = "json_object(" + all.stream().map(col -> "'" + col + "', NEW." + col)
                .collect(Collectors.joining(", ")) + ")";
        String differs = "EXISTS (SELECT 1 FROM json_each(columns) j WHERE j.value IS NOT json_extract(" + row
                + ", '$.' || j.key))";
        String newExtracted = "(SELECT json_group_object(j.key, json_extract(" + row + ", '$.' || j.key)) FROM json_each(columns) j)";
        String shown = "json_extract(" + row + ", '$.' || (SELECT j.key FROM json_each(columns) j LIMIT 1))";
        String writeBack = all.stream().map(col -> col + " = CASE WHEN EXISTS (SELECT 1 FROM document_corrections k "
                        + "WHERE k.document_id = NEW.id AND json_type(k.columns, '$." + col + "') IS NOT NULL) "
                        + "THEN (SELECT json_extract(k.columns, '$." + col + "') FROM document_corrections k "
                        + "WHERE k.document_id = NEW.id AND json_type(k.columns, '$." + col + "') IS NOT NULL) ELSE " + col + " END")
                .collect(Collectors.joining(", "));
        return "CREATE TRIGGER IF NOT EXISTS " + TRIGGER + " AFTER UPDATE OF " + String.join(", ", all)
                + " ON documents WHEN EXISTS (SELECT 1 FROM document_corrections WHERE document_id = NEW.id) BEGIN "
                + "UPDATE document_corrections SET extracted_columns = " + newExtracted + ", extracted = " + shown
                + " WHERE document_id = NEW.id AND " + differs + "; "
                + "UPDATE documents SET " + writeBack + " WHERE id = NEW.id; END";
    }
}
