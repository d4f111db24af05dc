package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.vanthu.Archive;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the catalog (after an upgrade, a config change, or damage).")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (Archive archive = data.openExisting()) {
            int n = archive.reindex(System.err::println);
            System.out.println("reindexed " + n + " documents");
            return 0;
        }
    }
}
