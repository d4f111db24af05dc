package vn.vanthu.ingest;

import vn.vanthu.document.DocumentMetadata;

/** Reads what a document says about itself from its text (the parse stage of the flow). */
@FunctionalInterface
public interface DocumentReader {
    DocumentMetadata read(String text);
}
