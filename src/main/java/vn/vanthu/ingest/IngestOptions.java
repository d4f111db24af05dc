package vn.vanthu.ingest;

import java.time.Duration;

import vn.vanthu.access.AccessLevel;

/**
 * How a run ingests.
 *
 * @param threads      extraction threads (files extracted at once)
 * @param timeout      time limit per file; a parser still running then is stopped
 * @param maxFileBytes larger files (and zip entries) are refused before they are read
 * @param zip          limits on unpacking .zip files
 * @param access       the level of documents without a security marking ("Mật" makes a document
 *                     confidential whatever this says): public by default, internal for a folder
 *                     of internal papers
 */
public record IngestOptions(int threads, Duration timeout, long maxFileBytes, ZipLimits zip, AccessLevel access) {
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (access == null) {
            throw new IllegalArgumentException("an ingest needs an access level for unmarked documents");
        }
    }

    /** Unmarked documents are public. */
    public IngestOptions(int threads, Duration timeout, long maxFileBytes, ZipLimits zip) {
        this(threads, timeout, maxFileBytes, zip, AccessLevel.PUBLIC);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(5),
                DEFAULT_MAX_FILE_BYTES, ZipLimits.defaults());
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, timeout, maxFileBytes, zip, access);
    }

    public IngestOptions withTimeout(Duration d) {
        return new IngestOptions(threads, d, maxFileBytes, zip, access);
    }

    public IngestOptions withMaxFileBytes(long n) {
        return new IngestOptions(threads, timeout, n, zip, access);
    }

    public IngestOptions withZip(ZipLimits z) {
        return new IngestOptions(threads, timeout, maxFileBytes, z, access);
    }

    /** The level of documents without a security marking. */
    public IngestOptions withAccess(AccessLevel level) {
        return new IngestOptions(threads, timeout, maxFileBytes, zip, level);
    }
}
