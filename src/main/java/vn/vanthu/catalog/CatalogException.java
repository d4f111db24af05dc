package vn.vanthu.catalog;

/** The catalog could not be read or written; wraps the database's error with what was being done. */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
