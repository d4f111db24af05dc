package vn.vanthu.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The originals, stored by the SHA-256 of their bytes ({@code ab/cd/abcd…}). A blob is written to
 * a temporary file, forced to disk and moved into place in one step, so a crash never leaves a
 * half-written original under its final name. Ingestion writes a batch's originals first ({@link
 * #stage}) and forces them together ({@link #commit}) just before the batch's catalog commit.
 */
public final class BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** The mode Files.createTempFile gives (and the originals kept): rw for the owner only. */
    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** How a written file is forced to disk: tests put one in that records when (FSYNC otherwise). */
    @FunctionalInterface
    public interface Sync {
        void force(Path file) throws IOException;
    }

    /** fsync: the file's bytes and its metadata, to the disk. */
    public static final Sync FSYNC = file -> {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    };

    /**
     * An original written under its temporary name, not yet durable ({@link #stage}); no file when
     * the original was already stored.
     */
    public static final class Staged {
        private final String sha;
        private final Path tmp;

        private Staged(String sha, Path tmp) {
            this.sha = sha;
            this.tmp = tmp;
        }

        public String sha() {
            return sha;
        }
    }

    private final Path root;
    private final Sync sync;
    private final LongAdder syncNanos = new LongAdder();
    private final LongAdder synced = new LongAdder();

    public BlobStore(Path root) {
        this(root, FSYNC);
    }

    public BlobStore(Path root, Sync sync) {
        this.root = root;
        this.sync = sync;
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

    /** Stores the bytes (if not already there), durably, and returns their SHA-256. */
    public String put(byte[] bytes) throws IOException {
        return put(bytes, sha256(bytes));
    }

    /**
     * Stores bytes whose SHA-256 the caller has just computed (ingestion hashes each file once,
     * to look it up, and does not pay for a second pass here), durably; returns it.
     */
    public String put(byte[] bytes, String sha) throws IOException {
        Staged staged = stage(bytes, sha);
        Optional<IOException> error = commit(List.of(staged)).get(0);
        if (error.isPresent()) {
            throw error.get();
        }
        return sha;
    }

    /**
     * Writes an original under a temporary name, not yet forced to disk: {@link #commit} forces it
     * and moves it to its final name, together with the others of a batch (ingestion's catalog
     * commits a batch of documents at once, and each original must be durable before its row).
     * Nothing is written when the original is already stored.
     */
    public Staged stage(byte[] bytes, String sha) throws IOException {
        Path target = path(sha);
        if (Files.exists(target)) {
            return new Staged(sha, null);
        }
        Files.createDirectories(target.getParent());
        Path tmp = null;
        boolean written = false;
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
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            written = true;
            return new Staged(sha, tmp);
        } finally {
            if (!written && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Makes staged originals durable: forces their temporary files to disk (all at once, so the
     * filesystem folds the syncs together), then moves each to its final name in one step, so a
     * crash never leaves a half-written original under its final name. As before the syncs were
     * grouped, the folder entry of the move is not forced: on a journalling filesystem (ext4) the
     * catalog's own commit, which follows, makes it durable with it. Returns, in their order, the
     * error of each original (empty: stored); a failed one's temporary file is removed.
     */
    public List<Optional<IOException>> commit(List<Staged> staged) {
        List<Staged> written = staged.stream().filter(s -> s.tmp != null).toList();
        Map<Staged, Optional<IOException>> errors = new IdentityHashMap<>();
        if (!written.isEmpty()) {
            long t0 = System.nanoTime();
            List<Optional<IOException>> forced = ParallelForce.force(written.stream().map(s -> s.tmp).toList(), sync);
            syncNanos.add(System.nanoTime() - t0);
            synced.add(written.size());
            for (int i = 0; i < written.size(); i++) {
                if (forced.get(i).isPresent()) {
                    discard(written.get(i));
                    errors.put(written.get(i), forced.get(i));
                } else {
                    errors.put(written.get(i), move(written.get(i)));
                }
            }
        }
        return staged.stream().map(s -> errors.getOrDefault(s, Optional.empty())).toList();
    }

    /** Removes a staged original that will not be committed (its document was given up on). */
    public void discard(Staged staged) {
        if (staged.tmp != null) {
            try {
                Files.deleteIfExists(staged.tmp);
            } catch (IOException e) {
                // A stray temporary file, as a crash leaves: the next ingest does not read it.
            }
        }
    }

    private Optional<IOException> move(Staged s) {
        Path target = path(s.sha);
        try {
            try {
                Files.move(s.tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(s.tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        } finally {
            discard(s);
        }
    }

    /** Wall-clock nanoseconds spent waiting for originals to be forced to disk, since this store was opened. */
    public long syncNanos() {
        return syncNanos.sum();
    }

    /** Originals forced to disk since this store was opened. */
    public long synced() {
        return synced.sum();
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
