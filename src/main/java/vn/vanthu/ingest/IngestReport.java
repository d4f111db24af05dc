package vn.vanthu.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one ingestion run did, file by file. */
public final class IngestReport {
    /** A file that became a new document. */
    public record Added(String path, long id, List<String> warnings) {
    }

    /** A file whose bytes were already archived. */
    public record Unchanged(String path, long id) {
    }

    /** A file that could not be ingested. */
    public record Failed(String path, String reason) {
    }

    private final List<Added> added = Collections.synchronizedList(new ArrayList<>());
    private final List<Unchanged> unchanged = Collections.synchronizedList(new ArrayList<>());
    private final List<Failed> failed = Collections.synchronizedList(new ArrayList<>());
    private volatile int reindexed;

    void added(String path, long id, List<String> warnings) {
        added.add(new Added(path, id, List.copyOf(warnings)));
    }

    void unchanged(String path, long id) {
        unchanged.add(new Unchanged(path, id));
    }

    void failed(String path, String reason) {
        failed.add(new Failed(path, reason));
    }

    void reindexed(int documents) {
        reindexed = documents;
    }

    /** Archived documents an interrupted earlier run had left out of the search index, indexed at the start of this one. */
    public int reindexed() {
        return reindexed;
    }

    /** A failure that was not tried again (an upload cannot be re-read from its path). */
    public void skipped(String path, String reason) {
        failed.add(new Failed(path, reason));
    }

    public List<Added> added() {
        return List.copyOf(added);
    }

    public List<Unchanged> unchanged() {
        return List.copyOf(unchanged);
    }

    public List<Failed> failed() {
        return List.copyOf(failed);
    }

    /** The summary printed at the end of a run. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("added %d, unchanged %d, failed %d%n", added.size(), unchanged.size(), failed.size()));
        if (reindexed > 0) {
            sb.append("  indexed ").append(reindexed).append(" archived documents the search index lacked (an earlier run was interrupted)\n");
        }
        for (Added a : added()) {
            for (String w : a.warnings()) {
                sb.append("  warning ").append(a.path()).append(": ").append(w).append('\n');
            }
        }
        for (Failed f : failed()) {
            sb.append("  failed  ").append(f.path()).append(": ").append(f.reason()).append('\n');
        }
        return sb.toString();
    }
}
