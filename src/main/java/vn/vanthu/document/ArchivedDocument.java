package vn.vanthu.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * @param corrections the fields staff corrected (already applied to {@code metadata}), with provenance
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
        List<String> warnings,
        List<FieldCorrection> corrections) {

    public ArchivedDocument {
        warnings = List.copyOf(warnings);
        corrections = List.copyOf(corrections);
    }

    /** A document nobody has corrected. */
    public ArchivedDocument(long id, String sha256, String filename, String mediaType, long size, Instant ingestedAt,
                            DocumentMetadata metadata, String text, List<String> warnings) {
        this(id, sha256, filename, mediaType, size, ingestedAt, metadata, text, warnings, List.of());
    }

    /** The same document with these corrections' provenance. */
    public ArchivedDocument withCorrections(List<FieldCorrection> fixes) {
        return new ArchivedDocument(id, sha256, filename, mediaType, size, ingestedAt, metadata, text, warnings, fixes);
    }

    /** The staff correction of a field, if any. */
    public Optional<FieldCorrection> correction(MetadataField field) {
        return corrections.stream().filter(c -> c.field() == field).findFirst();
    }

    /** The title to show: the trích yếu, else the file name. */
    public String displayTitle() {
        return metadata.title().filter(t -> !t.isBlank()).orElse(filename);
    }
}
