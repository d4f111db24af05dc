package vn.vanthu.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import vn.vanthu.Archive;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.trust.SmallDocuments;

/**
 * What {@link IndexCatchUp} costs at the start of an ingest: on a healthy archive (two counts) and
 * with a gap of {@code GAP} documents (the ids read from the index's terms, the missing ones
 * indexed), beside reading the ids from the stored documents as {@code SearchIndex.ids} did before.
 * {@code main DOCS GAP}; prints milliseconds of wall and CPU time (best of 5 for the reads).
 */
public final class IndexCatchUpBenchmark {
    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        int gap = Integer.parseInt(args[1]);
        Path tmp = Files.createTempDirectory("catchup-bench");
        SmallDocuments.write(tmp.resolve("in"), docs, 11);
        Path data = tmp.resolve("data");
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            archive.ingest(List.of(tmp.resolve("in")), IngestOptions.defaults().withThreads(2), IngestListener.lines(l -> { }));
        }
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db"));
             SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            System.out.printf("archive: %d documents, index %d%n", catalog.count(), index.count());
            time("healthy: IndexCatchUp.run (two counts)", 5, () -> IndexCatchUp.run(catalog, index));
            time("ids from the id terms (now)", 5, index::ids);
            time("ids from the stored documents (before)", 5, () -> storedIds(data.resolve("index")));
            for (long id = 1; id <= gap; id++) {
                index.delete(id * (docs / gap));
            }
            index.commit();
            time("gap of " + gap + ": IndexCatchUp.run", 1, () -> {
                int n = IndexCatchUp.run(catalog, index);
                if (n != gap) {
                    throw new IllegalStateException("indexed " + n + ", expected " + gap);
                }
                return n;
            });
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void time(String what, int runs, Work work) throws Exception {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            bestWall = Math.min(bestWall, (System.nanoTime() - t) / 1e6);
            bestCpu = Math.min(bestCpu, (bean.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        System.out.printf("%-45s wall %8.2f ms   cpu %8.2f ms%n", what, bestWall, bestCpu);
    }

    /** The ids as SearchIndex.ids read them before: each live document's stored id field. */
    private static Set<Long> storedIds(Path indexDir) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(indexDir))) {
            for (var leaf : r.leaves()) {
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        ids.add(Long.parseLong(stored.document(i, Set.of("id")).get("id")));
                    }
                }
            }
        }
        return ids;
    }
}
