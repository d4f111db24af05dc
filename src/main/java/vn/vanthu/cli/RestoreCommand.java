package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.maintenance.BackupSummary;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup FILE into the data directory (which must be empty unless --force) "
                + "and rebuild the index. Every original is rehashed on the way in.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "a file written by `vanthu backup`")
    Path file;

    @Option(names = "--force", description = "replace the catalog, originals and index of a non-empty data directory")
    boolean force;

    @Override
    public Integer call() {
        IndexConfig config = data.config == null ? IndexConfig.fromEnvironment() : IndexConfig.at(data.config);
        BackupSummary s = Archive.restore(file, data.dataDir(), config, force, System.err::println);
        System.out.println("restored " + s.documents() + " documents, " + s.originals() + " originals ("
                + s.originalBytes() + " bytes) into " + data.dataDir() + "; index rebuilt");
        return 0;
    }
}
