package vn.vanthu.document;

import java.time.Instant;
import java.util.List;

/**
 * A document as the archive holds it: its identity (the SHA-256 of the original's bytes), what
 * was ingested, the extracted text and what was read from it.
 *
 * @param id         the catalog's id
 * @param sha256     hex SHA-256 of the original file
 * @param filename   the file name it was ingested under
 * @param mediaType  the type detected from its content
 * @param size       the original's size in bytes
 * @param ingestedAt when it entered the archive
 * @param metadata   what its text says about it
 * @param text       the extracted text
 * @param warnings   what a person should know about its extraction
 */
public record ArchivedDocument(
        long id,
        String sha256,
        String filename,
        String mediaType,
        long size,
        Instant ingestedAt,
        DocumentMetadata metadata,
        String text,
        List<String> warnings) {

    public ArchivedDocument {
        warnings = List.copyOf(warnings);
    }

    /** The title to show: the trích yếu, else the file name. */
    public String displayTitle() {
        return metadata.title().filter(t -> !t.isBlank()).orElse(filename);
    }
}
