package vn.vanthu.catalog;

import java.time.LocalDate;

/** A date a document's text mentions, with the sentence around it. */
public record DateMentionRow(DocumentRef document, LocalDate date, int start, String sentence) {
}
