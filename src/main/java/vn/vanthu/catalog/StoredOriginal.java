package vn.vanthu.catalog;

/** What the catalog says about one document's original: its id, SHA-256 and size in bytes. */
public record StoredOriginal(long id, String sha256, long size) {
}
