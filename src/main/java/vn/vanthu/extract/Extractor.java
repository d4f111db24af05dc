package vn.vanthu.extract;

import java.time.Duration;

/** Turns a file's bytes into text. Implementations are thread-safe. */
public interface Extractor extends AutoCloseable {
    /**
     * Extracts the text of {@code bytes}, a file named {@code filename} (the name is only a hint),
     * giving up after {@code timeout} where the implementation can stop a parser.
     */
    ExtractedText extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException;

    @Override
    default void close() {
    }
}
