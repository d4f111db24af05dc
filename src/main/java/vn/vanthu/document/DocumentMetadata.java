package vn.vanthu.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a document says about itself, read from its text. Every field may be absent: drafts leave
 * the number blank, letters have no type word, scans may have no text at all.
 *
 * @param number    "Số: 40/KH-HĐND"
 * @param type      the document type (from the type word in capitals, or the ký hiệu)
 * @param issued    the date on the place-and-date line
 * @param place     the place on that line ("Khoa")
 * @param issuer    the issuing body as written in the header ("HĐND HUYỆN KHOA", normalised to "HĐND huyện Khoa")
 * @param parentIssuer the body above it in the header, if written ("HĐND TỈNH …")
 * @param title     the summary (trích yếu), on one line
 * @param session   the session the document names (its own subject), if any
 * @param signer    the signer's name in the signature block
 * @param citations every mention of another document, in text order
 * @param security  the security mark stamped in the header, canonical ("Mật", "Tối mật", "Tuyệt mật"; see {@link Markings})
 * @param urgency   the urgency mark stamped in the header ("Khẩn", "Thượng khẩn", "Hỏa tốc", "Hỏa tốc hẹn giờ")
 * @param recipients the addressees after "Kính gửi:", one per item
 * @param distribution the "Nơi nhận:" list, one per item as written ("Như trên", "TT HĐND tỉnh (b/c)", "Lưu: VT, …")
 * @param signature the signature block (authority lines, position, and the signer's name), present when it has
 *                  an authority or position line; a bare name is only {@link #signer()}
 * @param termYears the council term's years the document names ("nhiệm kỳ 2016 – 2021")
 */
public record DocumentMetadata(
        Optional<DocumentNumber> number,
        Optional<DocumentType> type,
        Optional<LocalDate> issued,
        Optional<String> place,
        Optional<String> issuer,
        Optional<String> parentIssuer,
        Optional<String> title,
        Optional<SessionRef> session,
        Optional<String> signer,
        List<Citation> citations,
        Optional<String> security,
        Optional<String> urgency,
        List<String> recipients,
        List<String> distribution,
        Optional<SignatureBlock> signature,
        Optional<TermYears> termYears) {

    public DocumentMetadata {
        citations = List.copyOf(citations);
        recipients = List.copyOf(recipients);
        distribution = List.copyOf(distribution);
    }

    /** The fields every document has been read for since the start; the later header fields absent. */
    public DocumentMetadata(Optional<DocumentNumber> number, Optional<DocumentType> type, Optional<LocalDate> issued,
                            Optional<String> place, Optional<String> issuer, Optional<String> parentIssuer,
                            Optional<String> title, Optional<SessionRef> session, Optional<String> signer,
                            List<Citation> citations) {
        this(number, type, issued, place, issuer, parentIssuer, title, session, signer, citations,
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
