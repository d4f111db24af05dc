package vn.vanthu.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.CatalogInventory;
import vn.vanthu.catalog.IndexPending;
import vn.vanthu.catalog.StoredOriginal;
import vn.vanthu.index.IndexHealth;
import vn.vanthu.index.SearchIndex;

/**
 * Checks catalog, originals and index against each other (fast: an original's existence and
 * size; {@link FixityCheck} rehashes) and repairs what can be repaired without losing anything:
 * the index is derived, so it is corrected from the catalog; leftover temporary files are
 * removed; an original is never deleted, and orphans are moved aside only when asked.
 * Run it with the archive open in this process (so no other process is ingesting).
 */
public final class ConsistencyCheck {
    private final Catalog catalog;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final Path catalogFile;
    private final Path originalsDir;
    private final Path indexDir;

    public ConsistencyCheck(Catalog catalog, BlobStore blobs, SearchIndex index, Path dataDir) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.index = index;
        this.catalogFile = dataDir.resolve("catalog.db");
        this.originalsDir = dataDir.resolve("originals");
        this.indexDir = dataDir.resolve("index");
    }

    public ConsistencyReport check() {
        List<StoredOriginal> originals = new CatalogInventory(catalog).originals();
        List<StoredOriginal> missing = new ArrayList<>();
        List<StoredOriginal> wrongSize = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        Set<Long> catalogIds = new TreeSet<>();
        for (StoredOriginal o : originals) {
            catalogIds.add(o.id());
            referenced.add(o.sha256());
            Path file = blobs.path(o.sha256());
            if (!Files.isRegularFile(file)) {
                missing.add(o);
            } else if (size(file) != o.size()) {
                wrongSize.add(o);
            }
        }
        Set<Long> indexIds = index.ids();
        List<Long> missingFromIndex = catalogIds.stream().filter(id -> !indexIds.contains(id)).toList();
        List<Long> stray = new TreeSet<>(indexIds).stream().filter(id -> !catalogIds.contains(id)).toList();
        OriginalsFolder.Contents contents = new OriginalsFolder(originalsDir).walk();
        List<Path> orphans = new ArrayList<>(contents.others());
        contents.originals().stream().filter(p -> !referenced.contains(p.getFileName().toString())).forEach(orphans::add);
        List<Long> stale = new IndexPending(catalog).ids();
        return new ConsistencyReport(originals.size(), indexIds.size(), missing, wrongSize, missingFromIndex, stray, stale,
                orphans, contents.tempFiles(), IndexHealth.check(indexDir), CatalogInventory.integrityCheck(catalogFile));
    }

    /** What a repair did. */
    public record Repair(int reindexed, int removedFromIndex, int tempFilesRemoved, int orphansMoved, boolean rebuiltIndex) {
        public boolean anything() {
            return reindexed + removedFromIndex + tempFilesRemoved + orphansMoved > 0 || rebuiltIndex;
        }
    }

    /**
     * Repairs what {@code found} lists. A broken index is rebuilt by {@code rebuild} (the archive's
     * reindex); missing or wrong-size originals cannot be repaired here: they stay in the report.
     */
    public Repair repair(ConsistencyReport found, Optional<Path> moveOrphansTo, Runnable rebuild) {
        boolean rebuilt = false;
        int reindexed = 0;
        int removed = 0;
        if (!found.index().clean()) {
            rebuild.run();
            rebuilt = true;
        } else {
            // A document can be both missing from the index and marked stale: indexed (and counted) once.
            Set<Long> toIndex = new TreeSet<>(found.missingFromIndex());
            toIndex.addAll(found.staleInIndex());
            for (long id : toIndex) {
                Optional<vn.vanthu.document.ArchivedDocument> doc = catalog.get(id);
                if (doc.isPresent()) {
                    index.put(doc.get());
                    reindexed++;
                }
            }
            for (long id : found.strayInIndex()) {
                index.delete(id);
                removed++;
            }
            index.commit();
            new IndexPending(catalog).clear(found.staleInIndex());
        }
        int temps = 0;
        for (Path tmp : found.tempFiles()) {
            try {
                if (Files.deleteIfExists(tmp)) {
                    temps++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the temporary file " + tmp, e);
            }
        }
        int moved = 0;
        if (moveOrphansTo.isPresent()) {
            for (Path orphan : found.orphanOriginals()) {
                moveAside(orphan, moveOrphansTo.get());
                moved++;
            }
        }
        return new Repair(reindexed, removed, temps, moved, rebuilt);
    }

    private void moveAside(Path orphan, Path folder) {
        try {
            Path target = folder.resolve(originalsDir.relativize(orphan).toString().replace('/', '_'));
            Files.createDirectories(folder);
            Files.move(orphan, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the orphan original " + orphan + " to " + folder, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
