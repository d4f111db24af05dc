package vn.vanthu.ingest;

import java.time.Duration;

/**
 * How a run ingests.
 *
 * @param threads      extraction threads (files extracted at once)
 * @param timeout      time limit per file; a parser still running then is stopped
 * @param maxFileBytes larger files (and zip entries) are refused before they are read
 * @param zip          limits on unpacking .zip files
 */
public record IngestOptions(int threads, Duration timeout, long maxFileBytes, ZipLimits zip) {
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(5),
                DEFAULT_MAX_FILE_BYTES, ZipLimits.defaults());
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, timeout, maxFileBytes, zip);
    }

    public IngestOptions withTimeout(Duration d) {
        return new IngestOptions(threads, d, maxFileBytes, zip);
    }

    public IngestOptions withMaxFileBytes(long n) {
        return new IngestOptions(threads, timeout, n, zip);
    }

    public IngestOptions withZip(ZipLimits z) {
        return new IngestOptions(threads, timeout, maxFileBytes, z);
    }
}
