package vn.vanthu.ingest;

/**
 * How far a .zip is unpacked: nesting depth (a zip inside a zip is depth 2), entries per
 * container, bytes expanded per container, and the largest expansion ratio of one entry (a zip
 * bomb compresses gigabytes of zeros a thousandfold).
 */
public record ZipLimits(int maxDepth, int maxEntries, long maxExpandedBytes, int maxRatio) {
    public static ZipLimits defaults() {
        return new ZipLimits(3, 2000, 1L << 30, 200);
    }
}
