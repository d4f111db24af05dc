package vn.vanthu.catalog;

import java.util.Optional;

/**
 * Where a document came from beyond its own bytes.
 *
 * @param containerId       the archive file (.zip) it was unpacked from
 * @param entryPath         its path inside that container
 * @param previousVersionId the document it replaces: earlier bytes ingested from the same path
 * @param needsOcr          it has no text layer and was not OCRed (Tesseract absent): kept, flagged
 */
public record DocumentOrigin(Optional<Long> containerId, Optional<String> entryPath,
                             Optional<Long> previousVersionId, boolean needsOcr) {

    public static DocumentOrigin file() {
        return new DocumentOrigin(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public DocumentOrigin withPreviousVersion(Optional<Long> id) {
        return new DocumentOrigin(containerId, entryPath, id, needsOcr);
    }

    public DocumentOrigin withNeedsOcr(boolean flag) {
        return new DocumentOrigin(containerId, entryPath, previousVersionId, flag);
    }

    public static DocumentOrigin entry(long containerId, String entryPath) {
        return new DocumentOrigin(Optional.of(containerId), Optional.of(entryPath), Optional.empty(), false);
    }
}
