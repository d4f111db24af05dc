package vn.vanthu.document;

import java.time.LocalDate;

/**
 * A calendar date written in the text.
 *
 * @param date  the date
 * @param start offset of the mention (inclusive)
 * @param end   offset after the mention (exclusive)
 */
public record DateMention(LocalDate date, int start, int end) {
}
