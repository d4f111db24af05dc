package vn.vanthu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanthu.Archive;
import vn.vanthu.catalog.CitationCounts;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.xref.NumberTrace;
import vn.vanthu.xref.ResolutionStatus;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show the documents bearing a number (any spelling) grouped by issuer, the documents citing it "
                + "with relation, date and sentence (the first 50: --all or --offset for more), the citations counted "
                + "by relation and year, and the number's timeline.")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    ViewerOption viewer;

    @Parameters(paramLabel = "NUMBER", description = "e.g. 40/KH-HĐND")
    String number;

    @Option(names = "--all", description = "every citation, not one page")
    boolean all;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip the first N citations (default: 0)")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "citations per page (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        if (offset < 0 || limit < 1) {
            System.err.println("vanthu: --offset must be 0 or more and --limit 1 or more");
            return 2;
        }
        NumberTrace.Page page = all ? NumberTrace.Page.ALL : new NumberTrace.Page(offset, limit);
        try (Archive archive = data.openExisting()) {
            NumberTrace t = viewer.view(archive).trace(number, page).orElse(null);
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
            CitationCounts counts = t.counts();
            System.out.println("Được dẫn chiếu bởi (" + counts.citations() + " dẫn chiếu, " + counts.citers() + " văn bản)"
                    + (counts.byRelation().isEmpty() ? "" : ": " + counts.relationsText()));
            if (t.page().offset() > 0 || t.hasMore()) {
                System.out.println("  dẫn chiếu " + (t.citedBy().isEmpty() ? "0" : (t.page().offset() + 1) + "–"
                        + (t.page().offset() + t.citedBy().size())) + " trong " + counts.citations()
                        + (t.hasMore() ? " (--offset " + (t.page().offset() + t.citedBy().size()) + " hoặc --all để xem tiếp)" : ""));
            }
            for (NumberTrace.CitedBy c : t.citedBy()) {
                System.out.println("  [" + c.citer().id() + "] " + c.citer().label() + "  " + date(c.citer()) + "  "
                        + c.citation().relation() + "  → " + target(c));
                System.out.println("      " + c.citation().sentence());
            }
            if (!counts.byYear().isEmpty() || counts.undated() > 0) {
                System.out.println("Dẫn chiếu theo năm: " + counts.yearsText());
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
