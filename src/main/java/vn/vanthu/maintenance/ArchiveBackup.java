package vn.vanthu.maintenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.catalog.StoredOriginal;

/**
 * A backup is one zip file: {@code catalog.db} (SQLite's online backup, a consistent snapshot
 * even while the server writes), {@code originals/ab/cd/SHA} for every document of that snapshot
 * (each rehashed as it is copied) and {@code BACKUP.txt}. The index is not included: it is derived,
 * and a restore rebuilds it from the catalog. Backing up needs no lock, so it runs beside a server.
 */
public final class ArchiveBackup {
    private static final String MANIFEST = "BACKUP.txt";
    private static final String CATALOG = "catalog.db";
    private static final Pattern ORIGINAL = Pattern.compile("originals/([0-9a-f]{2})/([0-9a-f]{2})/(\\1\\2[0-9a-f]{60})");

    private ArchiveBackup() {
    }

    public static BackupSummary backup(Path dataDir, Path file) {
        Path catalogFile = dataDir.resolve(CATALOG);
        if (!Files.isRegularFile(catalogFile)) {
            throw new IllegalArgumentException("no archive in " + dataDir + " (no " + CATALOG + ")");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("vanthu-backup");
            Path snapshot = work.resolve(CATALOG);
            CatalogInventory.onlineBackup(catalogFile, snapshot);
            List<StoredOriginal> originals = CatalogInventory.originalsIn(snapshot);
            Set<String> shas = new LinkedHashSet<>();
            originals.forEach(o -> shas.add(o.sha256()));
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            long bytes = 0;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(("vanthu backup 1\ncreated " + Instant.now() + "\ndocuments " + originals.size()
                        + "\noriginals " + shas.size()
                        + "\nindex not included: `vanthu restore` rebuilds it from the catalog\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(CATALOG));
                Files.copy(snapshot, zip);
                zip.closeEntry();
                for (String sha : shas) {
                    String name = "originals/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
                    zip.putNextEntry(new ZipEntry(name));
                    bytes += copyChecked(dataDir.resolve(name), zip, sha);
                    zip.closeEntry();
                }
            }
            move(partial, absolute);
            return new BackupSummary(absolute, originals.size(), shas.size(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup failed: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Unpacks a backup into a data folder that is empty (or, with {@code force}, whose catalog,
     * originals and index are first removed). Every original is rehashed on the way in. The caller
     * rebuilds the index.
     */
    public static BackupSummary restore(Path file, Path dataDir, boolean force) {
        try {
            prepare(dataDir, force);
            int originals = 0;
            long bytes = 0;
            boolean sawCatalog = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    var m = ORIGINAL.matcher(name);
                    if (name.equals(CATALOG)) {
                        Files.copy(zip, dataDir.resolve(CATALOG));
                        sawCatalog = true;
                    } else if (m.matches()) {
                        Path target = dataDir.resolve("originals").resolve(m.group(1)).resolve(m.group(2)).resolve(m.group(3));
                        Files.createDirectories(target.getParent());
                        try (OutputStream out = Files.newOutputStream(target)) {
                            bytes += copyChecked(zip, out, m.group(3), name);
                        }
                        originals++;
                    } else if (!name.equals(MANIFEST)) {
                        // Only names this class writes are accepted: nothing lands outside the data folder.
                        throw new IllegalArgumentException("not a vanthu backup: unexpected entry '" + name + "'");
                    }
                }
            }
            if (!sawCatalog) {
                throw new IllegalArgumentException("not a vanthu backup: " + file + " holds no " + CATALOG);
            }
            int documents = CatalogInventory.originalsIn(dataDir.resolve(CATALOG)).size();
            return new BackupSummary(file, documents, originals, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the restore failed: " + e.getMessage(), e);
        }
    }

    private static void prepare(Path dataDir, boolean force) throws IOException {
        Files.createDirectories(dataDir);
        boolean empty;
        try (Stream<Path> entries = Files.list(dataDir)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!force) {
            throw new DirectoryNotEmptyException(dataDir + " is not empty; restore into an empty folder or pass --force");
        }
        for (String part : List.of(CATALOG, CATALOG + "-wal", CATALOG + "-shm", "originals", "index")) {
            deleteTree(dataDir.resolve(part));
        }
    }

    private static long copyChecked(Path source, OutputStream out, String sha) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return copyChecked(in, out, sha, source.toString());
        }
    }

    private static long copyChecked(InputStream in, OutputStream out, String sha, String what) throws IOException {
        MessageDigest md = FixityCheck.digest();
        long n = new DigestInputStream(in, md).transferTo(out);
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equals(sha)) {
            throw new IOException(what + " is damaged: its SHA-256 is " + actual + ", not " + sha);
        }
        return n;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
