package vn.vanthu.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.vanthu.Archive;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.catalog.MissingNumberRow;
import vn.vanthu.xref.MissingNumbers;

@Command(name = "missing", mixinStandardHelpOptions = true,
        description = "List the numbers cited but not in the archive, most cited first: how often, by whom, "
                + "first and last cited.")
final class MissingCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    ViewerOption viewer;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N numbers (default 100)")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("vanthu: --limit must be 1 or more");
            return 2;
        }
        try (Archive archive = data.openExisting()) {
            MissingNumbers m = viewer.view(archive).missingNumbers(0, limit);
            System.out.println(m.total() + " số văn bản được dẫn chiếu nhưng chưa có trong kho (numbers cited, not archived)");
            System.out.printf("%-24s %6s %6s  %-10s  %-10s  %s%n", "số", "lần", "vb", "lần đầu", "lần cuối", "văn bản dẫn chiếu");
            for (MissingNumberRow r : m.numbers()) {
                String shown = r.spellings().isEmpty() ? r.key() : r.spellings().get(0);
                String citers = r.citers().stream().map(DocumentRef::label).collect(Collectors.joining(", "))
                        + (r.citerCount() > r.citers().size() ? ", …" : "");
                System.out.printf("%-24s %6d %6d  %-10s  %-10s  %s%n", shown, r.citations(), r.citerCount(),
                        r.firstCited().map(Object::toString).orElse("-"), r.lastCited().map(Object::toString).orElse("-"),
                        citers);
            }
            if (m.total() > m.numbers().size()) {
                System.out.println("… " + (m.total() - m.numbers().size()) + " more (--limit)");
            }
            return 0;
        }
    }
}
