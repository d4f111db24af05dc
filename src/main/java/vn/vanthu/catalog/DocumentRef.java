package vn.vanthu.catalog;

import java.time.LocalDate;
import java.util.Optional;

import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;

/**
 * A document as lists, traces and graphs show it: who, what and when, without its text or
 * citations (so a trace of a much-cited number stays cheap).
 */
public record DocumentRef(
        long id,
        String filename,
        Optional<DocumentNumber> number,
        Optional<DocumentType> type,
        Optional<String> title,
        Optional<String> issuer,
        Optional<String> parentIssuer,
        Optional<LocalDate> issued) {

    /** The number written the standard way ({@code 40/KH-HĐND}), if the document has one. */
    public Optional<String> displayNumber() {
        return number.map(DocumentNumber::display);
    }

    /** The title to show: the trích yếu, else the file name. */
    public String displayTitle() {
        return title.filter(t -> !t.isBlank()).orElse(filename);
    }

    /**
     * The issuer named in full: a unit written alone in the header ("Thường trực") is completed by
     * the body above it ("Thường trực HĐND huyện Khoa").
     */
    public Optional<String> fullIssuer() {
        if (issuer.isPresent() && parentIssuer.isPresent() && !issuer.get().contains(parentIssuer.get())) {
            return Optional.of(issuer.get() + " " + parentIssuer.get());
        }
        return issuer.or(() -> parentIssuer);
    }

    /** A short name: the number, else the file name. */
    public String label() {
        return displayNumber().orElse(filename);
    }
}
