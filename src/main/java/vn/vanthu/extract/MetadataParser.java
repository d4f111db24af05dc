package vn.vanthu.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/**
 * Reads what an administrative document says about itself from its text: header (issuer, number,
 * place and date, type, summary, security and urgency stamps), "Kính gửi:", the session and term it
 * is about, the "Nơi nhận:" list, the signature block, and every citation of another document. Pure: the tables are loaded once in the constructor, {@link #parse} does no
 * I/O and is safe to call from several threads.
 *
 * <p>Offsets in the result (citations) are offsets in the NFC form of the text; text as Tika gives
 * it is normally NFC already.
 */
public final class MetadataParser {

    private final DocumentTypes types;
    private final IssuerTable issuers;
    private final HeaderReader headers;
    private final CitationReader citations;
    private final SessionReader sessions = new SessionReader();
    private final SignerReader signers = new SignerReader();
    private final RecipientReader recipients = new RecipientReader();
    private final DistributionReader distribution = new DistributionReader();

    public MetadataParser(IndexConfig config) {
        this.types = new DocumentTypes(config);
        this.issuers = new IssuerTable(config);
        this.headers = new HeaderReader(types);
        this.citations = new CitationReader(types);
    }

    public DocumentMetadata parse(String text) {
        // No-break spaces are spaces here (Tika writes them for empty paragraphs); the swap keeps offsets.
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        Header h = headers.read(t);
        Optional<DocumentType> type = h.typeWord().flatMap(types::byName)
                .or(() -> h.number().map(DocumentNumber::typeCode).filter(c -> !c.isEmpty()).flatMap(types::byCode))
                .or(() -> h.letter() ? types.byCode("CV") : Optional.empty());
        // A header without issuer lines (a law's "LUẬT" page, a bare decree) still names its issuer in the ký hiệu.
        Optional<String> fromNumber = h.number().flatMap(issuers::fromNumber);
        // A header issuer that is the table's name but for marks (OCR, a typo) is written as the table writes it.
        Optional<String> issuer = h.issuer().map(i -> fromNumber.filter(k -> Fold.fold(k).equals(Fold.fold(i))).orElse(i))
                .or(() -> fromNumber);
        Optional<String> ownKey = h.number().filter(n -> !n.isBlank()).map(DocumentNumber::key);
        List<Citation> cited = citations.read(t, h.numberStart(), h.numberEnd(), ownKey);
        Optional<SessionRef> session = sessions.subject(h.title(), t);
        // The foot (where "Nơi nhận" starts, its lines cut into pieces) is read once for the three readers of it.
        SignerReader.Foot foot = SignerReader.foot(t);
        return new DocumentMetadata(h.number(), type, h.issued(), h.place(), issuer, h.parentIssuer(), h.title(),
                session, signers.read(foot), cited, h.security(), h.urgency(), recipients.read(t),
                distribution.read(t, foot.recipientsEnd()), signers.block(foot), sessions.termYears(h.title(), t));
    }

    /**
     * Every citation in a piece of running text (a citation line, a paragraph), without reading a
     * header: what the benchmark and callers with text that is not a whole document use.
     */
    public List<Citation> citations(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return citations.read(t, -1, -1, Optional.empty());
    }

    /** The issuer a number's ký hiệu names, through the issuer table ({@code TT-BTC} → Bộ Tài chính). */
    public Optional<String> issuerOf(DocumentNumber number) {
        return issuers.fromNumber(number);
    }

    /** The document type a type word or ký hiệu code names, through the type table. */
    public Optional<DocumentType> typeOf(String typeWordOrCode) {
        return types.byName(typeWordOrCode).or(() -> types.byCode(typeWordOrCode));
    }
}
