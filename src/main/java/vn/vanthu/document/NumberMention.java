package vn.vanthu.document;

/**
 * A document number found in running text.
 *
 * @param number the number read
 * @param start  offset of its first character (inclusive)
 * @param end    offset after its last character (exclusive)
 */
public record NumberMention(DocumentNumber number, int start, int end) {
}
