package vn.vanthu.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the catalog holds, without the documents' text: the list a consistency check walks, and
 * an online copy of the catalog file for backups.
 */
public final class CatalogInventory {
    private final Catalog catalog;

    public CatalogInventory(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every document's id, SHA-256 and size, in id order. */
    public List<StoredOriginal> originals() {
        return catalog.withConnection("list the documents' originals", CatalogInventory::originals);
    }

    private static List<StoredOriginal> originals(Connection c) throws SQLException {
        List<StoredOriginal> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, sha256, size FROM documents ORDER BY id")) {
            while (rs.next()) {
                out.add(new StoredOriginal(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /** The originals listed by a catalog file that no process has open as an archive (a backup's copy). */
    public static List<StoredOriginal> originalsIn(Path catalogFile) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogFile.toAbsolutePath())) {
            return originals(c);
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog copy " + catalogFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies a live catalog file with SQLite's online backup: a consistent snapshot taken while
     * another process (the server, an ingest) may be writing to it.
     */
    public static void onlineBackup(Path catalogFile, Path target) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            s.executeUpdate("backup to " + quoted(target.toAbsolutePath().toString()));
        } catch (SQLException e) {
            throw new CatalogException("cannot back up the catalog " + catalogFile + ": " + e.getMessage(), e);
        }
    }

    /** sqlite-jdbc's {@code backup to} takes a file name, quoted like an SQL string. */
    private static String quoted(String path) {
        return "'" + path.replace("'", "''") + "'";
    }

    /** Whether a catalog file passes SQLite's own integrity check. */
    public static String integrityCheck(Path catalogFile) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogFile.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
             ResultSet rs = ps.executeQuery()) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return out.toString();
        } catch (SQLException e) {
            throw new CatalogException("cannot check the catalog " + catalogFile + ": " + e.getMessage(), e);
        }
    }
}
