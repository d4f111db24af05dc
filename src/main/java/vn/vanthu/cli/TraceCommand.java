package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolutionStatus;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show the documents bearing a number (any spelling) grouped by issuer, every document citing it "
                + "with relation, date and sentence, and the number's timeline.")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    ViewerOption viewer;

    @Parameters(paramLabel = "NUMBER", description = "e.g. 40/KH-HĐND")
    String number;

    @Override
    public Integer call() {
        try (Archive archive = data.open()) {
            NumberTrace t = viewer.view(archive).trace(number).orElse(null);
            if (t == null) {
                System.err.println("vanthu: '" + number + "' is not a document number (e.g. 40/KH-HĐND)");
                return 2;
            }
            System.out.println("Số " + t.key());
            if (t.documents().isEmpty()) {
                System.out.println("  chưa có trong kho (not in the archive)");
            }
            for (NumberTrace.IssuerGroup g : t.byIssuer()) {
                System.out.println("  " + g.issuer() + ":");
                for (DocumentRef d : g.documents()) {
                    System.out.println("    [" + d.id() + "] " + d.label() + "  " + date(d) + "  " + d.displayTitle());
                }
            }
            System.out.println("Được dẫn chiếu bởi (" + t.citedBy().size() + "):");
            for (NumberTrace.CitedBy c : t.citedBy()) {
                System.out.println("  [" + c.citer().id() + "] " + c.citer().label() + "  " + date(c.citer()) + "  "
                        + c.citation().relation() + "  → " + target(c));
                System.out.println("      " + c.citation().sentence());
            }
            System.out.println("Dòng thời gian:");
            for (NumberTrace.Event e : t.timeline()) {
                System.out.println("  " + e.date().map(Object::toString).orElse("----------") + "  " + e.what() + "  ["
                        + e.documentId() + "] " + e.label());
            }
            return 0;
        }
    }

    private static String date(DocumentRef d) {
        return d.issued().map(Object::toString).orElse("----------");
    }

    private static String target(NumberTrace.CitedBy c) {
        if (c.status() == ResolutionStatus.RESOLVED) {
            return "[" + c.resolvedTo().get(0) + "]";
        }
        if (c.status() == ResolutionStatus.AMBIGUOUS) {
            return c.status().label() + ": " + c.resolvedTo();
        }
        return c.status().label();
    }
}
