package vn.vanthu.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The order in which a run hands its files to the extraction threads. On several threads the
 * largest files go first (longest-processing-time order): a large file taken late keeps one
 * thread busy after the others ran out of work, and on a folder of mixed sizes that tail bounds
 * the run. On one thread the order changes nothing in the run's length, so the files go in the
 * order given (a folder's sorted paths), and so do the catalog's ids and the progress lines.
 */
public final class DispatchOrder {
    private DispatchOrder() {
    }

    /**
     * {@code files} as the threads should take them: by size, largest first, files of the same
     * size in the order given; unchanged on one thread.
     */
    public static List<Path> forThreads(List<Path> files, int threads, ToLongFunction<Path> size) {
        if (threads <= 1 || files.size() <= 1) {
            return files;
        }
        record Sized(Path path, long bytes) {
        }
        List<Sized> sized = new ArrayList<>(files.size());
        for (Path f : files) {
            sized.add(new Sized(f, size.applyAsLong(f)));
        }
        // List.sort is stable: equal sizes keep the order given.
        sized.sort(Comparator.comparingLong(Sized::bytes).reversed());
        List<Path> out = new ArrayList<>(files.size());
        for (Sized s : sized) {
            out.add(s.path());
        }
        return out;
    }
}
