package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.vanthu.Archive;

@Command(name = "failures", mixinStandardHelpOptions = true,
        description = "List every file that could not be ingested, with the reason.")
final class FailuresCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (Archive archive = data.openExisting()) {
            var failures = archive.failures();
            failures.forEach(f -> System.out.println(f.failedAt() + "  " + f.path() + ": " + f.reason()));
            System.out.println(failures.size() + " failed files");
            return 0;
        }
    }
}
