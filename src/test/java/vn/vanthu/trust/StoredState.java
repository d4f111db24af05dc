package vn.vanthu.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What an archive has stored, as one digest per catalog table (every row, every column) plus the
 * list of originals: two snapshots differ exactly where something was written. Bookkeeping that a
 * request may touch without storing anything (a token's or a login's last-use time) is left out.
 * Read through a read-only SQLite connection, so it can be taken while a server runs.
 */
record StoredState(Map<String, String> tables) {
    private static final Set<String> BOOKKEEPING = Set.of("last_used_at", "last_seen_at");

    static StoredState of(Path data) {
        Map<String, String> out = new TreeMap<>();
        String url = "jdbc:sqlite:file:" + data.resolve("catalog.db").toAbsolutePath() + "?mode=ro";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                out.put(table, digest(st, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
        out.put("originals/", originals(data.resolve("originals")));
        return new StoredState(Map.copyOf(out));
    }

    /** The tables (and "originals/") whose content differs from {@code before}'s. */
    List<String> changedSince(StoredState before) {
        List<String> changed = new ArrayList<>();
        new TreeMap<>(tables).forEach((name, digest) -> {
            if (!digest.equals(before.tables().get(name))) {
                changed.add(name);
            }
        });
        before.tables().keySet().stream().filter(t -> !tables.containsKey(t)).forEach(changed::add);
        return changed;
    }

    /** Every row as text, sorted (so the digest does not depend on the order SQLite returns them in). */
    private static String digest(Statement st, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!BOOKKEEPING.contains(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT))) {
                        byte[] v = rs.getBytes(i);
                        row.append(meta.getColumnName(i)).append('=')
                                .append(v == null ? "NULL" : HexFormat.of().formatHex(sha256().digest(v))).append('\u001F');
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest md = sha256();
        rows.forEach(r -> md.update(r.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + " rows " + HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static String originals(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "none";
        }
        MessageDigest md = sha256();
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> {
                try {
                    return dir.relativize(p) + " " + Files.size(p);
                } catch (IOException e) {
                    return dir.relativize(p) + " ?";
                }
            }).sorted().toList();
            names.forEach(n -> md.update((n + "\n").getBytes(StandardCharsets.UTF_8)));
            return names.size() + " files " + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
