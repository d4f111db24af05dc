package vn.vanthu.web;

import java.util.List;
import java.util.Optional;

import vn.vanthu.index.HighlightedText;

/**
 * The document page's reading aids: the query the reader came with and its hits marked in the
 * text, the versions before and after this one, and the zip it came in or the files it holds.
 *
 * @param query           the search the reader came from ("" when none)
 * @param highlighted     the text with the query's hits marked (escaped by the index), when there is a query
 * @param previousVersion the document this one replaced (earlier bytes from the same path)
 * @param nextVersion     the document that replaced this one
 * @param container       the zip this document was unpacked from
 * @param entryPath       its path inside that zip
 * @param entries         the documents unpacked from this one, when it is a zip
 * @param needsOcr        a scan kept without text because OCR was not installed ("Cần OCR")
 */
public record DocumentReading(String query, Optional<HighlightedText> highlighted, Optional<DocumentLink> previousVersion,
                              Optional<DocumentLink> nextVersion, Optional<DocumentLink> container,
                              Optional<String> entryPath, List<DocumentLink> entries, boolean needsOcr) {

    /** A document with its text (not waiting for OCR). */
    public DocumentReading(String query, Optional<HighlightedText> highlighted, Optional<DocumentLink> previousVersion,
                           Optional<DocumentLink> nextVersion, Optional<DocumentLink> container,
                           Optional<String> entryPath, List<DocumentLink> entries) {
        this(query, highlighted, previousVersion, nextVersion, container, entryPath, entries, false);
    }

    /** A link to another document of the archive. */
    public record DocumentLink(long id, String label) {
        public String href() {
            return "/documents/" + id;
        }
    }

    static DocumentReading none() {
        return new DocumentReading("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** The search the reader came from. */
    public String searchHref() {
        return SearchLink.query(query).href();
    }

    public boolean hasVersions() {
        return previousVersion.isPresent() || nextVersion.isPresent();
    }
}
