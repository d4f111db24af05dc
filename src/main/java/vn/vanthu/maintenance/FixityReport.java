package vn.vanthu.maintenance;

import java.util.List;

import vn.vanthu.catalog.StoredOriginal;

/** The outcome of rehashing every original: how many and how many bytes, and which failed. */
public record FixityReport(int checked, long bytes, List<StoredOriginal> missing, List<StoredOriginal> damaged) {
    public FixityReport {
        missing = List.copyOf(missing);
        damaged = List.copyOf(damaged);
    }

    public boolean intact() {
        return missing.isEmpty() && damaged.isEmpty();
    }
}
