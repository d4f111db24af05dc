package vn.vanthu.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The originals, stored by the SHA-256 of their bytes ({@code ab/cd/abcd…}). A blob is written to
 * a temporary file, forced to disk and moved into place in one step, so a crash never leaves a
 * half-written original under its final name.
 */
public final class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** The mode Files.createTempFile gives (and the originals kept): rw for the owner only. */
    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the originals folder " + root, e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Stores the bytes (if not already there) and returns their SHA-256. */
    public String put(byte[] bytes) throws IOException {
        return put(bytes, sha256(bytes));
    }

    /**
     * Stores bytes whose SHA-256 the caller has just computed (ingestion hashes each file once,
     * to look it up, and does not pay for a second pass here); returns it.
     */
    public String put(byte[] bytes, String sha) throws IOException {
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Files.createDirectories(target.getParent());
        Path tmp = null;
        try {
            FileChannel ch = null;
            // A name no other writer uses (this process's id and a counter), created new: no name
            // drawn from SecureRandom and no second open, which Files.createTempFile costs (by JFR,
            // 40 % of the CPU of storing a small original); the same owner-only mode.
            for (int attempt = 0; ch == null; attempt++) {
                Path candidate = target.getParent().resolve(sha.substring(0, 8) + "-" + PID + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
                try {
                    ch = POSIX ? FileChannel.open(candidate, NEW_FILE, OWNER_ONLY) : FileChannel.open(candidate, NEW_FILE);
                    tmp = candidate;
                } catch (FileAlreadyExistsException e) {
                    // Left by a crashed process that had this id: take the next number.
                    if (attempt >= 100) {
                        throw e;
                    }
                }
            }
            try (FileChannel out = ch) {
                out.write(java.nio.ByteBuffer.wrap(bytes));
                out.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
        return sha;
    }

    public boolean contains(String sha) {
        return SHA256.matcher(sha).matches() && Files.isRegularFile(path(sha));
    }

    /** The stored file for a SHA-256 (which must be 64 lower-case hex digits). */
    public Path path(String sha) {
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }
}
