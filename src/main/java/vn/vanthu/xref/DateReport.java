package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.List;

import vn.vanthu.catalog.DateMentionRow;
import vn.vanthu.catalog.DocumentRef;

/**
 * A date range seen two ways: the documents issued in it, and the documents whose text mentions
 * a date in it (with the sentence).
 */
public record DateReport(LocalDate from, LocalDate to, int issuedTotal, List<DocumentRef> issued,
                         int mentionedTotal, List<DateMentionRow> mentioned) {
    public DateReport {
        issued = List.copyOf(issued);
        mentioned = List.copyOf(mentioned);
    }
}
