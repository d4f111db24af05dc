package vn.vanthu.extract;

/** A file whose text could not be extracted; the message says why in words a person can act on. */
public final class ExtractionException extends Exception {
    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExtractionException(String message) {
        super(message);
    }
}
