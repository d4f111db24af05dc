package vn.vanthu.catalog;

import java.util.List;

import vn.vanthu.document.DocumentMetadata;

/** A document about to enter the catalog: its original is already in the blob store. */
public record NewDocument(
        String sha256,
        String filename,
        String sourcePath,
        String mediaType,
        long size,
        String text,
        List<String> warnings,
        DocumentMetadata metadata) {

    public NewDocument {
        warnings = List.copyOf(warnings);
    }
}
