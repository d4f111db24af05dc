package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.xref.NumberTrace;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show the document bearing a number (any spelling) and every document citing it.")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "NUMBER", description = "e.g. 40/KH-HĐND")
    String number;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            NumberTrace t = archive.trace(number).orElse(null);
            if (t == null) {
                System.err.println("vanthu: '" + number + "' is not a document number (e.g. 40/KH-HĐND)");
                return 2;
            }
            System.out.println("Số " + t.key());
            if (t.documents().isEmpty()) {
                System.out.println("  not in the archive");
            }
            for (ArchivedDocument d : t.documents()) {
                System.out.println("  " + d.id() + "  " + d.metadata().issued().map(Object::toString).orElse("-") + "  "
                        + d.metadata().issuer().orElse("-") + "  " + d.displayTitle());
            }
            System.out.println("Được dẫn chiếu bởi (" + t.citedBy().size() + "):");
            for (NumberTrace.CitedBy c : t.citedBy()) {
                System.out.println("  " + c.citer().id() + "  " + c.citer().metadata().issued().map(Object::toString).orElse("-")
                        + "  " + c.citation().relation() + ": " + c.citation().sentence());
            }
            return 0;
        }
    }
}
