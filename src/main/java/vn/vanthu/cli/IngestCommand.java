package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.ingest.IngestReport;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add files and folders (recursively) to the archive. Files already archived are skipped; "
                + "a file that fails is reported and the run goes on. Exit code 0 unless nothing could be read.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest")
    List<Path> paths;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            IngestReport report = archive.ingest(paths, line -> System.err.println(line));
            System.out.print(report.summary());
            boolean nothingWorked = report.added().isEmpty() && report.unchanged().isEmpty() && !report.failed().isEmpty();
            return nothingWorked ? 1 : 0;
        }
    }
}
