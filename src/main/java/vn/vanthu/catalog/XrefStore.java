package vn.vanthu.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;

/**
 * The cross-reference tables of the catalog (migration V3): citation resolutions and targets,
 * and the dates texts mention; plus the light reads that traces, graphs and reports need. It
 * shares the catalog's connection and lock.
 */
public final class XrefStore {
    /** SQLite accepts many more, but short IN lists keep statements cheap to prepare. */
    private static final int IN_CHUNK = 500;

    static final String REF_COLUMNS = "d.id, d.filename, d.number_raw, d.number_no, d.number_year, d.number_type, "
            + "d.number_issuer, d.type_code, d.type_name, d.title, d.issuer, d.parent_issuer, d.issued";
    private static final String CITATION_COLUMNS = "c.id, c.document_id, c.ordinal, c.relation, c.type_name, c.number_raw, "
            + "c.number_no, c.number_year, c.number_type, c.number_issuer, c.name, c.date, c.issuer, c.start_offset, "
            + "c.end_offset, c.sentence, r.status, "
            + "(SELECT group_concat(t.document_id) FROM citation_targets t WHERE t.citation_id = c.id) AS targets";

    /** A resolution to store: its status and the documents it may mean. */
    public record Resolution(long citationId, String status, List<Long> targets) {
        public Resolution {
            targets = List.copyOf(targets);
        }
    }

    /** A date found in a document's text, to store. */
    public record NewDateMention(LocalDate date, int start, String sentence) {
    }

    /** One citation link as a graph sees it: from a citer to a target document, or to a missing number. */
    public record Link(long citationId, long citerId, Optional<Long> targetId, String numberKey, String number, String relation,
                       String status) {
    }

    private final Catalog catalog;

    public XrefStore(Catalog catalog) {
        this.catalog = catalog;
        catalog.withConnection("install the citation trace triggers", db -> {
            try (java.sql.Statement s = db.createStatement()) {
                for (String trigger : CITER_TRIGGERS) {
                    s.execute(trigger);
                }
            }
            return null;
        });
    }

    // ---- the citer's date and level on each citation (migration V10) -----------------------

    /** The citer's issue date as a day number, its year and its access level, from its documents row. */
    private static final String CITER_COLUMNS = "(citer_day, citer_year, citer_level) = (SELECT CAST(julianday(d.issued) "
            + "- 2440587.5 AS INTEGER), CAST(substr(d.issued, 1, 4) AS INTEGER), d.access_level FROM documents d "
            + "WHERE d.id = citations.document_id)";

    /**
     * Keep {@code citations.citer_day}, {@code citer_year} and {@code citer_level} equal to the citer's row whatever
     * writes it: ingestion, a correction of the date (whose own trigger may write the date back
     * again, hence the current row is read rather than NEW), an access change, or a tool writing
     * the catalog directly.
     */
    private static final List<String> CITER_TRIGGERS = List.of(
            "CREATE TRIGGER IF NOT EXISTS citations_citer_on_insert AFTER INSERT ON citations BEGIN "
                    + "UPDATE citations SET " + CITER_COLUMNS + " WHERE id = NEW.id; END",
            "CREATE TRIGGER IF NOT EXISTS citations_citer_on_document_insert AFTER INSERT ON documents BEGIN "
                    + "UPDATE citations SET " + CITER_COLUMNS + " WHERE document_id = NEW.id; END",
            "CREATE TRIGGER IF NOT EXISTS citations_citer_on_document_update AFTER UPDATE OF issued, access_level "
                    + "ON documents BEGIN UPDATE citations SET " + CITER_COLUMNS + " WHERE document_id = NEW.id; END");

    // ---- documents ------------------------------------------------------------------------

    public Optional<DocumentRef> ref(long id) {
        return Optional.ofNullable(refs(List.of(id)).get(id));
    }

    /** The documents with these ids (absent ids are left out). */
    public Map<Long, DocumentRef> refs(Collection<Long> ids) {
        Map<Long, DocumentRef> out = new HashMap<>();
        catalog.withConnection("read documents", db -> {
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT " + REF_COLUMNS + " FROM documents d WHERE d.id IN (" + marks(chunk.size()) + ")")) {
                    bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            DocumentRef r = ref(rs, 1);
                            out.put(r.id(), r);
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The documents whose own number has this key, oldest first. */
    public List<DocumentRef> refsByKey(String key) {
        return catalog.withConnection("read documents of " + key, db -> {
            List<DocumentRef> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT " + REF_COLUMNS + " FROM documents d WHERE d.number_key = ? ORDER BY d.issued, d.id")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ref(rs, 1));
                    }
                }
            }
            return out;
        });
    }

    /** The documents of the {@code visible} levels whose own number has this key, oldest first. */
    public List<DocumentRef> refsByKey(String key, Collection<String> visible) {
        return catalog.withConnection("read documents of " + key, db -> {
            List<DocumentRef> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(bearersSql(visible))) {
                List<Object> params = new ArrayList<>(List.of(key));
                params.addAll(visible);
                bind(ps, 1, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ref(rs, 1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The unary + keeps SQLite from reading the level's index instead of the number's: with one
     * level ('public') it did, and walked every public document (5 ms at 10k documents).
     */
    private static String bearersSql(Collection<String> visible) {
        return "SELECT " + REF_COLUMNS + " FROM documents d WHERE d.number_key = ? AND +d.access_level IN ("
                + marks(visible.size()) + ") ORDER BY d.issued, d.id";
    }

    /** The documents bearing each of these keys. */
    public Map<String, List<DocumentRef>> refsByKeys(Collection<String> keys) {
        Map<String, List<DocumentRef>> out = new HashMap<>();
        catalog.withConnection("read documents by number", db -> {
            for (List<String> chunk : chunks(keys)) {
                try (PreparedStatement ps = db.prepareStatement("SELECT d.number_key, " + REF_COLUMNS
                        + " FROM documents d WHERE d.number_key IN (" + marks(chunk.size()) + ") ORDER BY d.issued, d.id")) {
                    bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(ref(rs, 2));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    // ---- citations ------------------------------------------------------------------------

    /**
     * One page of the citations of a number key made by documents of the {@code visible} levels,
     * citing documents in date order (undated first), each citer's citations in text order. The page
     * is chosen in the {@code citations_trace} index alone (hidden citers are left out before the
     * offset counts), then only its rows are read in full.
     */
    public List<CitationRow> citationsOfKey(String key, Collection<String> visible, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(key));
        params.addAll(visible);
        params.add(limit);
        params.add(offset);
        return citationRows("citations of " + key, "WHERE c.id IN (" + pageSql(visible)
                + ") ORDER BY c.citer_day, c.document_id, c.ordinal", params.toArray());
    }

    private static String pageSql(Collection<String> visible) {
        return "SELECT p.id FROM citations p WHERE p.number_key = ? AND p.citer_level IN (" + marks(visible.size())
                + ") ORDER BY p.citer_day, p.document_id, p.ordinal LIMIT ? OFFSET ?";
    }

    /** Relation × year of the citer: how many citations, the first and last day; read from the index alone. */
    private static String countsSql(Collection<String> visible) {
        return "SELECT relation, citer_year, count(*), min(citer_day), "
                + "max(citer_day) FROM citations WHERE number_key = ? AND citer_level IN (" + marks(visible.size())
                + ") GROUP BY 1, 2";
    }

    private static String citersSql(Collection<String> visible) {
        return "SELECT count(DISTINCT document_id) FROM citations WHERE number_key = ? AND citer_level IN ("
                + marks(visible.size()) + ")";
    }

    /** The citations of a number key by documents of the {@code visible} levels, counted exactly. */
    public CitationCounts citationCounts(String key, Collection<String> visible) {
        List<Object> params = new ArrayList<>(List.of(key));
        params.addAll(visible);
        return catalog.withConnection("count citations of " + key, db -> {
            CitationCounts.Builder counts = new CitationCounts.Builder();
            try (PreparedStatement ps = db.prepareStatement(countsSql(visible))) {
                bind(ps, 1, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int year = rs.getInt(2);
                        Optional<Integer> y = rs.wasNull() ? Optional.empty() : Optional.of(year);
                        counts.add(rs.getString(1), y, rs.getInt(3), day(rs, 4), day(rs, 5));
                    }
                }
            }
            try (PreparedStatement ps = db.prepareStatement(citersSql(visible))) {
                bind(ps, 1, params);
                try (ResultSet rs = ps.executeQuery()) {
                    counts.citers(rs.getInt(1));
                }
            }
            return counts.build();
        });
    }

    /**
     * SQLite's plan for each statement of a trace (the documents bearing the number, counts,
     * citers, the page), for tests and the benchmark to show which index each reads: the
     * citations' statements read the {@code citations_trace} index alone.
     */
    public Map<String, String> tracePlans(String key, Collection<String> visible) {
        List<Object> params = new ArrayList<>(List.of(key));
        params.addAll(visible);
        List<Object> paged = new ArrayList<>(params);
        paged.add(50);
        paged.add(0);
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("documents", bearersSql(visible));
        sql.put("counts", countsSql(visible));
        sql.put("citers", citersSql(visible));
        sql.put("page", pageSql(visible));
        Map<String, String> out = new LinkedHashMap<>();
        catalog.withConnection("explain the trace queries", db -> {
            for (Map.Entry<String, String> e : sql.entrySet()) {
                try (PreparedStatement ps = db.prepareStatement("EXPLAIN QUERY PLAN " + e.getValue())) {
                    bind(ps, 1, e.getKey().equals("page") ? paged : params);
                    List<String> steps = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            steps.add(rs.getString(4));
                        }
                    }
                    out.put(e.getKey(), String.join("; ", steps));
                }
            }
            return null;
        });
        return out;
    }

    private static Optional<LocalDate> day(ResultSet rs, int at) throws SQLException {
        long day = rs.getLong(at);
        return rs.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    /** A document's own citations, in text order. */
    public List<CitationRow> citationsBy(long documentId) {
        return citationRows("citations of document " + documentId, "WHERE c.document_id = ? ORDER BY c.ordinal", documentId);
    }

    /** The citations resolved (or possibly resolved, when ambiguous) to a document, citers in date order. */
    public List<CitationRow> citationsResolvingTo(long documentId) {
        return citationRows("citations of document " + documentId,
                "WHERE c.id IN (SELECT citation_id FROM citation_targets WHERE document_id = ?) "
                        + "ORDER BY d.issued, d.id, c.ordinal", documentId);
    }

    /** The citations with these ids. */
    public List<CitationRow> citationsByIds(Collection<Long> ids) {
        List<CitationRow> out = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            out.addAll(citationRows("read citations", "WHERE c.id IN (" + marks(chunk.size()) + ")", chunk.toArray()));
        }
        return out;
    }

    private List<CitationRow> citationRows(String what, String where, Object... params) {
        return catalog.withConnection("read " + what, db -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT " + CITATION_COLUMNS + ", " + REF_COLUMNS
                    + " FROM citations c JOIN documents d ON d.id = c.document_id "
                    + "LEFT JOIN citation_resolutions r ON r.citation_id = c.id " + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), citation(rs), str(rs, 17), ref(rs, 19), rs.getInt(3),
                                ids(rs.getString(18))});
                    }
                }
            }
            List<CitationRow> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                long id = (Long) r[0];
                @SuppressWarnings("unchecked")
                Optional<String> status = (Optional<String>) r[2];
                @SuppressWarnings("unchecked")
                List<Long> targets = (List<Long>) r[5];
                out.add(new CitationRow(id, (DocumentRef) r[3], (Integer) r[4], (Citation) r[1], status, targets));
            }
            return out;
        });
    }

    /** "12,15" (group_concat) → [12, 15], sorted. */
    private static List<Long> ids(String list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        String[] parts = list.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        java.util.Arrays.sort(out);
        return java.util.Arrays.stream(out).boxed().toList();
    }

    /** The links out of these documents: to each target, or to the missing number. */
    public List<Link> linksFrom(Collection<Long> documentIds) {
        return links("WHERE c.document_id IN (%s)", documentIds);
    }

    /** The resolved links into these documents (an ambiguous citation is not followed backwards). */
    public List<Link> linksTo(Collection<Long> documentIds) {
        return links("WHERE r.status = 'resolved' AND c.id IN (SELECT citation_id FROM citation_targets WHERE document_id IN (%s))",
                documentIds);
    }

    private List<Link> links(String where, Collection<Long> ids) {
        List<Link> out = new ArrayList<>();
        catalog.withConnection("read citation links", db -> {
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement ps = db.prepareStatement("SELECT c.document_id, t.document_id, c.number_key, "
                        + "c.number_raw, c.number_no, c.number_year, c.number_type, c.number_issuer, c.relation, r.status, c.id "
                        + "FROM citations c JOIN citation_resolutions r ON r.citation_id = c.id "
                        + "LEFT JOIN citation_targets t ON t.citation_id = c.id " + String.format(where, marks(chunk.size()))
                        + " ORDER BY c.document_id, c.ordinal")) {
                    bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long target = rs.getLong(2);
                            Optional<Long> t = rs.wasNull() ? Optional.empty() : Optional.of(target);
                            String display = number(rs, 4).map(DocumentNumber::display).orElse(rs.getString(3));
                            out.add(new Link(rs.getLong(11), rs.getLong(1), t, rs.getString(3), display, rs.getString(9), rs.getString(10)));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    // ---- resolution -----------------------------------------------------------------------

    /** Numbered citations not resolved yet, in id order after {@code afterId}. */
    public List<Long> unresolvedCitationIds(long afterId, int limit) {
        return catalog.withConnection("list unresolved citations", db -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT c.id FROM citations c WHERE c.id > ? "
                    + "AND c.number_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM citation_resolutions r "
                    + "WHERE r.citation_id = c.id) ORDER BY c.id LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** The numbered citations that name any of these keys. */
    public List<Long> citationIdsOfKeys(Collection<String> keys) {
        List<Long> out = new ArrayList<>();
        catalog.withConnection("list citations by number", db -> {
            for (List<String> chunk : chunks(keys)) {
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT id FROM citations WHERE number_key IN (" + marks(chunk.size()) + ")")) {
                    bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Replaces the stored resolutions of these citations, all in one transaction. */
    public void saveResolutions(Collection<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return;
        }
        catalog.inTransaction("store citation resolutions", db -> {
            List<Long> ids = resolutions.stream().map(Resolution::citationId).toList();
            // Numbers whose missing citations change: those missing before this update and those missing after it.
            java.util.Set<String> touched = new java.util.HashSet<>(missingKeysOf(db, ids));
            try (PreparedStatement del = db.prepareStatement("DELETE FROM citation_targets WHERE citation_id = ?");
                 PreparedStatement status = db.prepareStatement("INSERT INTO citation_resolutions (citation_id, status) "
                         + "VALUES (?, ?) ON CONFLICT(citation_id) DO UPDATE SET status = excluded.status");
                 PreparedStatement target = db.prepareStatement(
                         "INSERT INTO citation_targets (citation_id, document_id) VALUES (?, ?)")) {
                for (Resolution r : resolutions) {
                    del.setLong(1, r.citationId());
                    del.addBatch();
                    status.setLong(1, r.citationId());
                    status.setString(2, r.status());
                    status.addBatch();
                    for (long t : r.targets()) {
                        target.setLong(1, r.citationId());
                        target.setLong(2, t);
                        target.addBatch();
                    }
                }
                del.executeBatch();
                status.executeBatch();
                target.executeBatch();
            }
            touched.addAll(missingKeysOf(db, ids));
            summarise(db, touched);
            return null;
        });
    }

    /** The number keys of those of these citations that are stored as missing. */
    private static List<String> missingKeysOf(Connection db, List<Long> citationIds) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<Long> chunk : chunks(citationIds)) {
            try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT c.number_key FROM citations c "
                    + "JOIN citation_resolutions r ON r.citation_id = c.id WHERE r.status = 'missing' AND c.id IN ("
                    + marks(chunk.size()) + ")")) {
                bind(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** Recounts the missing citations of these numbers into {@code number_summary} (migration V9). */
    private static void summarise(Connection db, Collection<String> keys) throws SQLException {
        for (List<String> chunk : chunks(keys)) {
            try (PreparedStatement del = db.prepareStatement(
                    "DELETE FROM number_summary WHERE number_key IN (" + marks(chunk.size()) + ")");
                 PreparedStatement ins = db.prepareStatement("INSERT INTO number_summary "
                         + "(number_key, missing, citers, first_cited, last_cited) SELECT c.number_key, count(*), "
                         + "count(DISTINCT c.document_id), min(d.issued), max(d.issued) FROM citations c "
                         + "JOIN citation_resolutions r ON r.citation_id = c.id JOIN documents d ON d.id = c.document_id "
                         + "WHERE r.status = 'missing' AND c.number_key IN (" + marks(chunk.size()) + ") GROUP BY c.number_key")) {
                bind(del, 1, chunk);
                del.executeUpdate();
                bind(ins, 1, chunk);
                ins.executeUpdate();
            }
        }
    }

    // ---- missing numbers ------------------------------------------------------------------

    /** How many distinct numbers are cited with no archived document to match. */
    public int missingCount() {
        return missingCount(AccessStore.ALL_LEVELS);
    }

    /**
     * The citations missing for a caller who sees the {@code visible} levels: made by a document
     * they see, and meaning no document they see. To them a hidden document does not exist, so
     * a number only hidden documents bear is as missing as one never archived.
     */
    private static String missingFor(Collection<String> visible, String citer) {
        String levels = marks(visible.size());
        return "FROM citations c JOIN citation_resolutions r ON r.citation_id = c.id "
                + "JOIN documents " + citer + " ON " + citer + ".id = c.document_id WHERE " + citer + ".access_level IN (" + levels + ") "
                + "AND NOT EXISTS (SELECT 1 FROM citation_targets t JOIN documents td ON td.id = t.document_id "
                + "WHERE t.citation_id = c.id AND td.access_level IN (" + levels + "))";
    }

    private static List<Object> twice(Collection<String> visible) {
        List<Object> out = new ArrayList<>(visible);
        out.addAll(visible);
        return out;
    }

    /** How many distinct numbers are missing for a caller who sees the {@code visible} levels. */
    public int missingCount(Collection<String> visible) {
        return catalog.withConnection("count missing numbers", db -> {
            if (visible.containsAll(AccessStore.ALL_LEVELS)) {
                // Kept current by saveResolutions, so nothing is regrouped per call.
                try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM number_summary");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.getInt(1);
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT count(DISTINCT c.number_key) " + missingFor(visible, "d"))) {
                bind(ps, 1, twice(visible));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    /** One page of the numbers cited but missing, most cited first, each with its first few citers. */
    public List<MissingNumberRow> missing(int offset, int limit, int citersPerNumber) {
        return missing(offset, limit, citersPerNumber, AccessStore.ALL_LEVELS);
    }

    /** The same, for a caller who sees the {@code visible} levels (citers and bearers they cannot see count for nothing). */
    public List<MissingNumberRow> missing(int offset, int limit, int citersPerNumber, Collection<String> visible) {
        String missing = missingFor(visible, "d");
        return catalog.withConnection("list missing numbers", db -> {
            List<Object[]> groups = new ArrayList<>();
            boolean everything = visible.containsAll(AccessStore.ALL_LEVELS);
            // One row per number from the summary kept by saveResolutions when every level is visible;
            // a caller who sees less gets the missing numbers regrouped over what they may see.
            try (PreparedStatement ps = everything
                    ? db.prepareStatement("SELECT number_key, missing, citers, first_cited, last_cited "
                            + "FROM number_summary ORDER BY missing DESC, number_key LIMIT ? OFFSET ?")
                    : db.prepareStatement("SELECT c.number_key, count(*), count(DISTINCT c.document_id), "
                            + "min(d.issued), max(d.issued) " + missing
                            + " GROUP BY c.number_key ORDER BY count(*) DESC, c.number_key LIMIT ? OFFSET ?")) {
                List<Object> params = everything ? new ArrayList<>() : twice(visible);
                params.add(limit);
                params.add(offset);
                bind(ps, 1, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        groups.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3), date(rs, 4), date(rs, 5)});
                    }
                }
            }
            List<MissingNumberRow> out = new ArrayList<>();
            for (Object[] g : groups) {
                String key = (String) g[0];
                Map<String, Integer> spellings = new LinkedHashMap<>();
                List<DocumentRef> citers = new ArrayList<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT c.number_raw, c.number_no, c.number_year, "
                        + "c.number_type, c.number_issuer, count(*) " + missing + " AND c.number_key = ? "
                        + "GROUP BY c.number_no, c.number_year, c.number_type, c.number_issuer ORDER BY count(*) DESC")) {
                    List<Object> params = twice(visible);
                    params.add(key);
                    bind(ps, 1, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            number(rs, 1).ifPresent(n -> spellings.merge(n.display(), 1, Integer::sum));
                        }
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("SELECT " + REF_COLUMNS + " FROM documents d WHERE d.id IN "
                        + "(SELECT c.document_id " + missingFor(visible, "citer")
                        + " AND c.number_key = ?) ORDER BY d.issued, d.id LIMIT ?")) {
                    List<Object> params = twice(visible);
                    params.add(key);
                    params.add(citersPerNumber);
                    bind(ps, 1, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            citers.add(ref(rs, 1));
                        }
                    }
                }
                @SuppressWarnings("unchecked")
                Optional<LocalDate> first = (Optional<LocalDate>) g[3];
                @SuppressWarnings("unchecked")
                Optional<LocalDate> last = (Optional<LocalDate>) g[4];
                out.add(new MissingNumberRow(key, new ArrayList<>(spellings.keySet()), (Integer) g[1], citers,
                        (Integer) g[2], first, last));
            }
            return out;
        });
    }

    // ---- dates ----------------------------------------------------------------------------

    /** Documents whose text has not been scanned for dates yet, in id order. */
    public List<Long> unscannedDocuments(int limit) {
        return catalog.withConnection("list unscanned documents", db -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT d.id FROM documents d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM date_scans s WHERE s.document_id = d.id) ORDER BY d.id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** What the date scan reads of a document. */
    public record ScanInput(long id, Optional<LocalDate> issued, String text) {
    }

    /** The text and issue date of these documents. */
    public List<ScanInput> scanInputs(Collection<Long> ids) {
        List<ScanInput> out = new ArrayList<>();
        catalog.withConnection("read texts", db -> {
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement ps = db.prepareStatement("SELECT id, issued, text FROM documents WHERE id IN ("
                        + marks(chunk.size()) + ") ORDER BY id")) {
                    bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new ScanInput(rs.getLong(1), date(rs, 2), rs.getString(3)));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Stores the dates these documents mention (replacing any earlier scan), in one transaction. */
    public void saveDateMentions(Map<Long, List<NewDateMention>> byDocument) {
        catalog.inTransaction("store date mentions", db -> {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM date_mentions WHERE document_id = ?");
                 PreparedStatement ins = db.prepareStatement(
                         "INSERT INTO date_mentions (document_id, date, start_offset, sentence) VALUES (?,?,?,?)");
                 PreparedStatement scanned = db.prepareStatement("INSERT OR IGNORE INTO date_scans (document_id) VALUES (?)")) {
                for (Map.Entry<Long, List<NewDateMention>> e : byDocument.entrySet()) {
                    del.setLong(1, e.getKey());
                    del.addBatch();
                    for (NewDateMention m : e.getValue()) {
                        ins.setLong(1, e.getKey());
                        ins.setString(2, m.date().toString());
                        ins.setInt(3, m.start());
                        ins.setString(4, m.sentence());
                        ins.addBatch();
                    }
                    scanned.setLong(1, e.getKey());
                    scanned.addBatch();
                }
                del.executeBatch();
                ins.executeBatch();
                scanned.executeBatch();
            }
            return null;
        });
    }

    public int issuedBetweenCount(LocalDate from, LocalDate to) {
        return issuedBetweenCount(from, to, AccessStore.ALL_LEVELS);
    }

    /** How many documents of the {@code visible} levels were issued in [from, to]. */
    public int issuedBetweenCount(LocalDate from, LocalDate to, Collection<String> visible) {
        return count("SELECT count(*) FROM documents d WHERE d.issued BETWEEN ? AND ?", from, to, visible);
    }

    /** Documents issued in [from, to], oldest first. */
    public List<DocumentRef> issuedBetween(LocalDate from, LocalDate to, int limit) {
        return issuedBetween(from, to, limit, AccessStore.ALL_LEVELS);
    }

    /** Documents of the {@code visible} levels issued in [from, to], oldest first. */
    public List<DocumentRef> issuedBetween(LocalDate from, LocalDate to, int limit, Collection<String> visible) {
        return catalog.withConnection("read documents by date", db -> {
            List<DocumentRef> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT " + REF_COLUMNS
                    + " FROM documents d WHERE d.issued BETWEEN ? AND ?" + levelIn(visible) + " ORDER BY d.issued, d.id LIMIT ?")) {
                bind(ps, 1, dateParams(from, to, visible, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ref(rs, 1));
                    }
                }
            }
            return out;
        });
    }

    public int mentionsBetweenCount(LocalDate from, LocalDate to) {
        return mentionsBetweenCount(from, to, AccessStore.ALL_LEVELS);
    }

    /** How many date mentions in [from, to] documents of the {@code visible} levels make. */
    public int mentionsBetweenCount(LocalDate from, LocalDate to, Collection<String> visible) {
        return count("SELECT count(*) FROM date_mentions m JOIN documents d ON d.id = m.document_id "
                + "WHERE m.date BETWEEN ? AND ?", from, to, visible);
    }

    /** Dates mentioned in [from, to], by date then document. */
    public List<DateMentionRow> mentionsBetween(LocalDate from, LocalDate to, int limit) {
        return mentionsBetween(from, to, limit, AccessStore.ALL_LEVELS);
    }

    /** Dates mentioned in [from, to] by documents of the {@code visible} levels, by date then document. */
    public List<DateMentionRow> mentionsBetween(LocalDate from, LocalDate to, int limit, Collection<String> visible) {
        return catalog.withConnection("read date mentions", db -> {
            List<DateMentionRow> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT m.date, m.start_offset, m.sentence, " + REF_COLUMNS
                    + " FROM date_mentions m JOIN documents d ON d.id = m.document_id WHERE m.date BETWEEN ? AND ?"
                    + levelIn(visible) + " ORDER BY m.date, d.issued, d.id, m.start_offset LIMIT ?")) {
                bind(ps, 1, dateParams(from, to, visible, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DateMentionRow(ref(rs, 4), LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The date range's index must drive these reads, not the level's: without the unary +, SQLite
     * walked every document of the visible levels (0.3–0.6 s a query at 100k documents). A caller
     * who sees every level needs no test (the column's CHECK allows no other value), which spares
     * reading each document's row, stored after its text, for the counts.
     */
    private static String levelIn(Collection<String> visible) {
        return seesAll(visible) ? "" : " AND +d.access_level IN (" + marks(visible.size()) + ")";
    }

    private static boolean seesAll(Collection<String> visible) {
        return visible.containsAll(AccessStore.ALL_LEVELS);
    }

    private static List<Object> dateParams(LocalDate from, LocalDate to, Collection<String> visible, Integer limit) {
        List<Object> params = new ArrayList<>(List.of(from.toString(), to.toString()));
        if (!seesAll(visible)) {
            params.addAll(visible);
        }
        if (limit != null) {
            params.add(limit);
        }
        return params;
    }

    private int count(String sql, LocalDate from, LocalDate to, Collection<String> visible) {
        return catalog.withConnection("count by date", db -> {
            try (PreparedStatement ps = db.prepareStatement(sql + levelIn(visible))) {
                bind(ps, 1, dateParams(from, to, visible, null));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    // ---- row reading ----------------------------------------------------------------------

    static DocumentRef ref(ResultSet rs, int at) throws SQLException {
        Optional<String> typeName = str(rs, at + 8);
        Optional<DocumentType> type = str(rs, at + 7).map(code -> new DocumentType(code, typeName.orElse(code)));
        return new DocumentRef(rs.getLong(at), rs.getString(at + 1), number(rs, at + 2), type, str(rs, at + 9),
                str(rs, at + 10), str(rs, at + 11), date(rs, at + 12));
    }

    private static Citation citation(ResultSet rs) throws SQLException {
        return new Citation(rs.getString(4), str(rs, 5), number(rs, 6), str(rs, 11), date(rs, 12), str(rs, 13),
                rs.getInt(14), rs.getInt(15), rs.getString(16));
    }

    /** raw, number, year, type, issuer at {@code at}..{@code at+4}. */
    private static Optional<DocumentNumber> number(ResultSet rs, int at) throws SQLException {
        Optional<String> raw = str(rs, at);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        int year = rs.getInt(at + 2);
        Optional<Integer> y = rs.wasNull() ? Optional.empty() : Optional.of(year);
        return Optional.of(new DocumentNumber(raw.get(), str(rs, at + 1).orElse(""), y, str(rs, at + 3).orElse(""),
                str(rs, at + 4).orElse("")));
    }

    private static Optional<String> str(ResultSet rs, int at) throws SQLException {
        return Optional.ofNullable(rs.getString(at));
    }

    private static Optional<LocalDate> date(ResultSet rs, int at) throws SQLException {
        return str(rs, at).map(XrefStore::isoDate);
    }

    /**
     * "2016-11-14" read by position: the catalog writes dates as LocalDate.toString does, and
     * LocalDate.parse's formatter was 15 % of a trace's time when a trace read every citer.
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number the digits s[from, to) write, or -1 if any is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static String marks(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    static void bind(PreparedStatement ps, int from, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                ps.setNull(from + i, Types.VARCHAR);
            } else {
                ps.setObject(from + i, v);
            }
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }
}
