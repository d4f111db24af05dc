package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.maintenance.BackupSummary;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write the catalog (SQLite online backup) and every original into one zip FILE. "
                + "Safe while the server runs; the index is rebuilt on restore.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "the backup file to write")
    Path file;

    @Override
    public Integer call() {
        BackupSummary s = Archive.backup(data.dataDir(), file);
        System.out.println("backed up " + s.documents() + " documents, " + s.originals() + " originals ("
                + s.originalBytes() + " bytes) to " + s.file());
        return 0;
    }
}
