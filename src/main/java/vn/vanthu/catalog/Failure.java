package vn.vanthu.catalog;

import java.time.Instant;

/** A file that could not be ingested, and why. */
public record Failure(String path, String reason, Instant failedAt) {
}
