package vn.vanthu.trust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.maintenance.ConsistencyReport;

/**
 * Kills {@code vanthu ingest} (a separate JVM) with SIGKILL at random moments while it ingests,
 * and after every kill checks the archive: consistent, or made so by a repair; no document the
 * catalog had committed is lost; the index passes CheckIndex. A last run ingests the rest.
 * {@code main WORKDIR DOCUMENTS KILLS [SEED]} prints the figures (scripts/crash-test).
 */
public final class CrashDrill {
    /** The figures of one drill. */
    public record Result(int documents, int kills, int killedMidIngest, int repairsNeeded, int reindexedByRepair,
                         int tempFilesRemoved, int orphanOriginalsSeen, int corruptIndexes, int documentsLost,
                         int inconsistentAfterRepair, int finalDocuments, int finalSearchable, boolean finalConsistent) {
        List<String> lines() {
            return List.of(
                    "documents generated          " + documents,
                    "SIGKILLs                     " + kills + " (" + killedMidIngest + " while documents were being added)",
                    "kills survived               " + (kills - inconsistentAfterRepair - (documentsLost > 0 ? 1 : 0)),
                    "repairs needed               " + repairsNeeded + " (documents reindexed " + reindexedByRepair
                            + ", temporary files removed " + tempFilesRemoved + ")",
                    "orphan originals seen        " + orphanOriginalsSeen + " (kept; re-ingest adopts them)",
                    "corrupt index (CheckIndex)   " + corruptIndexes,
                    "committed documents lost     " + documentsLost,
                    "inconsistent after repair    " + inconsistentAfterRepair,
                    "after the final ingest       " + finalDocuments + " documents, " + finalSearchable + " found by their token, "
                            + (finalConsistent ? "consistent" : "INCONSISTENT"));
        }
    }

    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int docs = Integer.parseInt(args[1]);
        int kills = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.out.println("crash drill: " + docs + " documents, " + kills + " kills, seed " + seed);
        Result r = run(work, docs, kills, seed, System.getProperty("java.class.path"), System.out::println);
        r.lines().forEach(System.out::println);
        boolean ok = r.documentsLost() == 0 && r.corruptIndexes() == 0 && r.inconsistentAfterRepair() == 0
                && r.finalConsistent() && r.finalDocuments() == docs && r.finalSearchable() == docs;
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    public static Result run(Path work, int docs, int kills, long seed, String classpath, Consumer<String> log)
            throws IOException, InterruptedException {
        Random random = new Random(seed);
        Path in = work.resolve("in");
        Path data = work.resolve("data");
        SmallDocuments.write(in, docs, seed);
        Set<String> committed = new HashSet<>();
        int midIngest = 0, repairs = 0, reindexed = 0, temps = 0, orphans = 0, corrupt = 0, lost = 0, stillBad = 0;
        for (int k = 1; k <= kills; k++) {
            int remaining = docs - committed.size();
            // Spread the kills over what is left: kill after a random number of this run's progress lines.
            // The files already archived come first (sorted) and only print "unchanged": count past them.
            int target = committed.size() + 1 + random.nextInt(Math.max(1, 2 * remaining / (kills - k + 2)));
            int added = ingestAndKill(classpath, data, in, target, random, work.resolve("ingest-" + k + ".log"));
            try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
                ConsistencyReport found = archive.check();
                orphans += found.orphanOriginals().size();
                if (!found.index().clean()) {
                    corrupt++;
                }
                if (!found.consistent()) {
                    repairs++;
                    reindexed += found.missingFromIndex().size();
                    temps += found.tempFiles().size();
                    ConsistencyReport after = archive.repair(Optional.empty(), line -> { });
                    if (!after.consistent()) {
                        stillBad++;
                        log.accept("kill " + k + ": still inconsistent after repair:\n" + String.join("\n", after.lines(5)));
                    }
                }
                Set<String> now = shas(archive);
                if (now.size() > committed.size()) {
                    midIngest++;
                }
                for (String sha : committed) {
                    if (!now.contains(sha)) {
                        lost++;
                    }
                }
                if (!archive.verify(line -> { }).intact()) {
                    lost++;
                    log.accept("kill " + k + ": an original failed its fixity check");
                }
                committed.addAll(now);
                log.accept("kill " + k + ": killed after " + added + " progress lines; catalog " + now.size()
                        + ", index " + found.indexed() + (found.consistent() ? ", consistent" : ", repaired")
                        + (found.orphanOriginals().isEmpty() ? "" : ", " + found.orphanOriginals().size() + " orphan original(s)"));
            }
        }
        ingestAndKill(classpath, data, in, Integer.MAX_VALUE, random, work.resolve("ingest-final.log"));
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            ConsistencyReport last = archive.check();
            if (!last.consistent()) {
                log.accept("after the final ingest:\n" + String.join("\n", last.lines(5)));
            }
            int searchable = 0;
            for (int i = 0; i < docs; i++) {
                if (archive.search(request(SmallDocuments.token(i))).total() >= 1) {
                    searchable++;
                }
            }
            return new Result(docs, kills, midIngest, repairs, reindexed, temps, orphans, corrupt, lost, stillBad,
                    archive.documentCount(), searchable, last.consistent());
        }
    }

    /** Runs `vanthu ingest` and SIGKILLs it once it has printed {@code target} progress lines; returns the lines seen. */
    private static int ingestAndKill(String classpath, Path data, Path in, int target, Random random, Path logFile)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classpath,
                "vn.vanthu.cli.Main", "ingest", "--data", data.toString(), in.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(logFile.toFile()).start();
        AtomicInteger lines = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("added ") || line.startsWith("unchanged ") || line.startsWith("failed ")) {
                        if (lines.incrementAndGet() >= target) {
                            // A random moment inside the next document's work, not only between documents.
                            sleep(random.nextInt(40));
                            p.destroyForcibly();
                        }
                    }
                }
            } catch (IOException e) {
                // The stream ends when the process dies.
            }
        });
        reader.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        reader.join();
        return lines.get();
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> shas(Archive archive) {
        Set<String> out = new HashSet<>();
        for (ArchivedDocument d : archive.documents(0, Integer.MAX_VALUE)) {
            out.add(d.sha256());
        }
        return out;
    }

    static SearchRequest request(String q) {
        return new SearchRequest(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, 10);
    }
}
