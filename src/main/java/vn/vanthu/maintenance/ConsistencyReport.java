package vn.vanthu.maintenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vanthu.catalog.StoredOriginal;
import vn.vanthu.index.IndexHealth;

/**
 * What a consistency check found. The archive is consistent when every catalog document has its
 * original at the recorded size, the index holds exactly the catalog's documents, Lucene's and
 * SQLite's own checks pass, no change waits for the index ({@code IndexPending}) and no temporary file is left over. Orphan originals (stored, but no
 * document refers to them: a crash between storing and cataloguing) lose nothing and are only
 * reported.
 */
public record ConsistencyReport(
        int documents,
        int indexed,
        List<StoredOriginal> missingOriginals,
        List<StoredOriginal> wrongSize,
        List<Long> missingFromIndex,
        List<Long> strayInIndex,
        List<Long> staleInIndex,
        List<Path> orphanOriginals,
        List<Path> tempFiles,
        IndexHealth.Result index,
        String catalogIntegrity) {

    public ConsistencyReport {
        missingOriginals = List.copyOf(missingOriginals);
        wrongSize = List.copyOf(wrongSize);
        missingFromIndex = List.copyOf(missingFromIndex);
        strayInIndex = List.copyOf(strayInIndex);
        staleInIndex = List.copyOf(staleInIndex);
        orphanOriginals = List.copyOf(orphanOriginals);
        tempFiles = List.copyOf(tempFiles);
    }

    public boolean consistent() {
        return missingOriginals.isEmpty() && wrongSize.isEmpty() && missingFromIndex.isEmpty()
                && strayInIndex.isEmpty() && staleInIndex.isEmpty() && tempFiles.isEmpty() && index.clean() && catalogIntegrity.equals("ok");
    }

    /** One line per finding, then a verdict; lists are cut at {@code shown} entries. */
    public List<String> lines(int shown) {
        List<String> out = new ArrayList<>();
        out.add("catalog: " + documents + " documents, SQLite integrity " + catalogIntegrity);
        out.add("index: " + indexed + " documents, Lucene CheckIndex " + (index.clean() ? "clean" : "BROKEN: " + index.details()));
        add(out, "missing original", missingOriginals.stream().map(o -> "document " + o.id() + " " + o.sha256()).toList(), shown);
        add(out, "original of the wrong size", wrongSize.stream().map(o -> "document " + o.id() + " " + o.sha256()).toList(), shown);
        add(out, "in the catalog, not in the index", missingFromIndex.stream().map(id -> "document " + id).toList(), shown);
        add(out, "in the index, not in the catalog", strayInIndex.stream().map(id -> "document " + id).toList(), shown);
        add(out, "changed in the catalog, the index entry maybe not (an interrupted correction, access change or OCR)",
                staleInIndex.stream().map(id -> "document " + id).toList(), shown);
        add(out, "leftover temporary file", tempFiles.stream().map(Path::toString).toList(), shown);
        add(out, "orphan original (no document refers to it; kept)", orphanOriginals.stream().map(Path::toString).toList(), shown);
        out.add(consistent() ? "consistent" : "INCONSISTENT");
        return out;
    }

    private static void add(List<String> out, String what, List<String> items, int shown) {
        if (items.isEmpty()) {
            return;
        }
        out.add(items.size() + " × " + what);
        items.stream().limit(shown).forEach(i -> out.add("  " + i));
        if (items.size() > shown) {
            out.add("  … and " + (items.size() - shown) + " more");
        }
    }
}
