package vn.vanthu.extract;

import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;

/** TEMPORARY until the reading branch lands: reads nothing. */
public final class MetadataParser {
    public MetadataParser(IndexConfig config) {
    }

    public DocumentMetadata parse(String text) {
        return DocumentMetadata.empty();
    }
}
