package vn.vanthu.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One mention of another document inside a document's text.
 *
 * @param relation  what the lead phrase says (căn cứ, thực hiện, theo, kèm theo, …); "dẫn chiếu" when none
 * @param typeName  the type word as written ("Kế hoạch", "Thông báo", "Luật"), if any
 * @param number    the cited number, empty for a named reference ("Luật Tổ chức chính quyền địa phương")
 * @param name      the cited document's name when it is named rather than numbered
 * @param date      the cited document's issue date as stated next to it, if stated
 * @param issuer    the cited issuer as stated ("HĐND tỉnh"), if stated
 * @param start     offset of the mention in the text (inclusive): its type word when written ("Kế hoạch số 40/…"), else the number
 * @param end       offset after the number, or after the name of a named law (exclusive)
 * @param sentence  the sentence that holds the mention
 */
public record Citation(
        String relation,
        Optional<String> typeName,
        Optional<DocumentNumber> number,
        Optional<String> name,
        Optional<LocalDate> date,
        Optional<String> issuer,
        int start,
        int end,
        String sentence) {

    public static final String GENERIC_RELATION = "dẫn chiếu";
}
