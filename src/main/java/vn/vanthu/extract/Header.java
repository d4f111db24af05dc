package vn.vanthu.extract;

import java.time.LocalDate;
import java.util.Optional;
import vn.vanthu.document.DocumentNumber;

/**
 * What a document's header states, before the type is resolved through the tables.
 *
 * @param number       the "Số:" line's number (blank number for a draft)
 * @param numberStart  offset of that number in the text, or -1
 * @param numberEnd    offset after it, or -1
 * @param issued       the date on the place-and-date line, when day, month and year are all written
 * @param place        the place on that line
 * @param issuer       the issuing body, as written in the running text style
 * @param parentIssuer the body above it, when the header names one
 * @param typeWord     the type word in capitals ("KẾ HOẠCH"), as written
 * @param title        the summary (trích yếu) or a letter's "V/v …", on one line
 * @param letter       true when the summary is a letter's "V/v …"
 * @param end          offset where the header (with its summary) ends
 * @param security     the security stamp in the header, canonical ("Mật")
 * @param urgency      the urgency stamp in the header, canonical ("Khẩn")
 */
record Header(
        Optional<DocumentNumber> number,
        int numberStart,
        int numberEnd,
        Optional<LocalDate> issued,
        Optional<String> place,
        Optional<String> issuer,
        Optional<String> parentIssuer,
        Optional<String> typeWord,
        Optional<String> title,
        boolean letter,
        int end,
        Optional<String> security,
        Optional<String> urgency) {
}
