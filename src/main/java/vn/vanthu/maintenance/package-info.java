/**
 * Keeping the archive trustworthy: consistency check and repair of catalog, originals and index,
 * fixity (SHA-256 of every original), and backup/restore. Wired through {@link vn.vanthu.Archive}.
 */
package vn.vanthu.maintenance;
