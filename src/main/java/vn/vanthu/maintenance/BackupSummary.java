package vn.vanthu.maintenance;

import java.nio.file.Path;

/** What a backup or a restore carried: the file, its documents and originals, and their bytes. */
public record BackupSummary(Path file, int documents, int originals, long originalBytes) {
}
