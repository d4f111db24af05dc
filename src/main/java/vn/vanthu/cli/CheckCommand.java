package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.maintenance.ConsistencyReport;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that catalog, originals and index agree (originals by existence and size; "
                + "`vanthu verify` rehashes them). Exit code 0 when consistent, 1 when not. "
                + "Run it while no server or ingest has the archive open.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--repair", description = "reindex missing documents, drop stray index entries, remove leftover "
            + "temporary files; never deletes an original")
    boolean repair;

    @Option(names = "--move-orphans", paramLabel = "DIR",
            description = "with --repair: move originals no document refers to into DIR")
    Path moveOrphans;

    @Option(names = "--show", paramLabel = "N", description = "list at most N entries per finding (default 20)")
    int show = 20;

    @Override
    public Integer call() {
        try (Archive archive = data.openExisting()) {
            ConsistencyReport report = archive.check();
            if (repair && (!report.consistent() || (moveOrphans != null && !report.orphanOriginals().isEmpty()))) {
                report.lines(show).forEach(System.err::println);
                report = archive.repair(Optional.ofNullable(moveOrphans), System.err::println);
            }
            report.lines(show).forEach(System.out::println);
            return report.consistent() ? 0 : 1;
        }
    }
}
