package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForkedExtractorTest {
    private static final Duration LONG = Duration.ofMinutes(2);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static ForkedExtractor hanging(int parsers, int filesPerProcess) {
        return new ForkedExtractor(new ForkedExtractor.Settings(64, parsers, filesPerProcess, Duration.ofMinutes(3), Optional.empty(),
                HangingWorker.class.getName(), List.of()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's extraction on another thread (another extraction thread of an ingest). */
    private Future<String> onAnotherThread(ForkedExtractor x, String name, Duration timeout) {
        return threads.submit(() -> x.extract(utf8(name), name, timeout).text());
    }

    private static String failure(Future<String> f) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(2, TimeUnit.MINUTES));
        assertTrue(e.getCause() instanceof ExtractionException, e.toString());
        return e.getCause().getMessage();
    }

    /** A process's arguments, from /proc (ProcessHandle.Info leaves out a command line as long as a classpath). */
    private static List<String> commandLine(long pid) throws java.io.IOException {
        return List.of(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/" + pid + "/cmdline")),
                StandardCharsets.UTF_8).split("\0"));
    }

    private static boolean dead(String pid) {
        return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    }

    @Test
    void aHungParserIsStoppedAtTheTimeLimitAndTheNextFileIsServed() throws Exception {
        try (ForkedExtractor x = hanging(1, 100)) {
            String pid = x.extract(utf8("?"), "pid", LONG).text();
            long start = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> x.extract(utf8("?"), "hang.doc", Duration.ofMillis(1500)));
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("longer than 1500 ms"), e.getMessage());
            assertTrue(tookMs < 10_000, "the caller waited " + tookMs + " ms");
            assertTrue(dead(pid), "the hung process was killed");
            assertEquals("đi tiếp", x.extract(utf8("đi tiếp"), "next.txt", LONG).text());
            assertNotEquals(pid, x.extract(utf8("?"), "pid", LONG).text(), "a new process serves after the kill");
        }
    }

    @Test
    void aCrashedProcessIsReportedAndReplaced() throws Exception {
        try (ForkedExtractor x = hanging(1, 100)) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("?"), "crash.doc", LONG));
            assertTrue(e.getMessage().contains("died (exit 7)"), e.getMessage());
            assertEquals("còn sống", x.extract(utf8("còn sống"), "ok.txt", LONG).text());
        }
    }

    @Test
    void aProcessIsRetiredAfterItsQuotaAndClosingStopsThemAll() throws Exception {
        ForkedExtractor x = hanging(1, 2);
        String first = x.extract(utf8("?"), "pid", LONG).text();
        assertEquals(first, x.extract(utf8("?"), "pid", LONG).text(), "one process serves consecutive files");
        assertNotEquals(first, x.extract(utf8("?"), "pid", LONG).text(), "a fresh process after two files");
        assertEquals(1, x.processes());
        x.close();
        assertEquals(0, x.processes());
    }

    @Test
    void twoThreadsShareOneProcessThatParsesTheirFilesAtOnce() throws Exception {
        try (ForkedExtractor x = hanging(2, 100)) {
            x.extract(utf8("?"), "pid", LONG); // started, so that the timing below is the parsing's
            long start = System.nanoTime();
            Future<String> a = onAnotherThread(x, "sleep1500-a", LONG);
            Future<String> b = onAnotherThread(x, "sleep1500-b", LONG);
            assertEquals(a.get(), b.get(), "one process served both threads");
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs < 2900, "the two files were parsed one after the other: " + tookMs + " ms");
            assertEquals(1, x.processes());
        }
    }

    @Test
    void moreThreadsThanAProcessHasParsersStartAnotherProcess() throws Exception {
        try (ForkedExtractor x = hanging(1, 100)) {
            Future<String> a = onAnotherThread(x, "sleep1500-a", LONG);
            Future<String> b = onAnotherThread(x, "sleep1500-b", LONG);
            assertNotEquals(a.get(), b.get());
            assertEquals(2, x.processes());
        }
    }

    @Test
    void aHangOnOneThreadLeavesTheOtherThreadsFilesServedAndTheFileInFlightIsRetried() throws Exception {
        try (ForkedExtractor x = hanging(2, 100)) {
            String pid = x.extract(utf8("?"), "pid", LONG).text();
            Future<String> hung = onAnotherThread(x, "hang.doc", Duration.ofSeconds(3));
            Thread.sleep(200);
            for (int i = 0; i < 10; i++) {
                assertEquals("văn bản " + i, x.extract(utf8("văn bản " + i), "ok.txt", LONG).text());
            }
            assertEquals(pid, x.extract(utf8("?"), "pid", LONG).text(), "the process with the hung parser served them");
            // In flight when the hung file's time runs out: its process is killed under it, and it is tried again.
            String retried = x.extract(utf8("?"), "sleep4000", LONG).text();
            assertTrue(failure(hung).contains("longer than 3 s"));
            assertNotEquals(pid, retried, "served again by a new process");
            assertTrue(dead(pid), "the hung process was killed");
            assertEquals(1, x.processes());
        }
    }

    @Test
    void aRetriedFileThatOverrunsItselfFailsWithItsOwnTimeLimit() throws Exception {
        try (ForkedExtractor x = hanging(2, 100)) {
            Future<String> first = onAnotherThread(x, "hang-a.doc", Duration.ofMillis(1500));
            Thread.sleep(200);
            Future<String> second = onAnotherThread(x, "hang-b.doc", Duration.ofSeconds(3));
            assertTrue(failure(first).contains("longer than 1500 ms"));
            String reason = failure(second);
            assertTrue(reason.contains("longer than 3 s") && !reason.contains("another file"), reason);
            assertEquals("tiếp", x.extract(utf8("tiếp"), "next.txt", LONG).text());
        }
    }

    @Test
    void aCrashFailsOnlyTheFileThatCausesItAfterOneRetry() throws Exception {
        try (ForkedExtractor x = hanging(2, 100)) {
            String pid = x.extract(utf8("?"), "pid", LONG).text();
            Future<String> innocent = onAnotherThread(x, "sleep2000", LONG);
            Thread.sleep(300);
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("?"), "crash.doc", LONG));
            assertTrue(e.getMessage().contains("died (exit 7)"), e.getMessage());
            String served = innocent.get();
            assertNotEquals(pid, served, "the file in flight was served again by a new process");
            assertTrue(dead(pid));
        }
    }

    @Test
    void runningOutOfTheSharedHeapFailsOnlyTheFileThatFillsIt() throws Exception {
        try (ForkedExtractor x = hanging(2, 100)) {
            String pid = x.extract(utf8("?"), "pid", LONG).text();
            List<String> args = commandLine(Long.parseLong(pid));
            assertTrue(args.contains("-Xmx64m") && args.contains("-XX:+ExitOnOutOfMemoryError"), args.toString());
            Future<String> innocent = onAnotherThread(x, "sleep2000", LONG);
            Thread.sleep(300);
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("?"), "oom.doc", LONG));
            assertTrue(e.getMessage().contains("ran out of memory (limit 64 MB)"), e.getMessage());
            assertNotEquals(pid, innocent.get());
        }
    }

    @Test
    void retiringAProcessLosesNoFileInFlight() throws Exception {
        try (ForkedExtractor x = hanging(2, 3)) {
            List<Future<List<String>>> perThread = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                perThread.add(threads.submit(() -> {
                    List<String> pids = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        pids.add(x.extract(utf8("?"), "sleep100", LONG).text());
                    }
                    return pids;
                }));
            }
            Map<String, Integer> filesByProcess = new HashMap<>();
            for (Future<List<String>> f : perThread) {
                f.get().forEach(p -> filesByProcess.merge(p, 1, Integer::sum));
            }
            assertEquals(12, filesByProcess.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(filesByProcess.values().stream().allMatch(n -> n <= 3), filesByProcess.toString());
            assertTrue(filesByProcess.size() >= 4, filesByProcess.toString());
            assertTrue(x.processes() <= 1, "retired processes were stopped");
        }
    }

    @Test
    void theRealWorkerExtractsWithTika() throws Exception {
        try (ForkedExtractor x = new ForkedExtractor(ForkedExtractor.Settings.tika(1_000_000, OcrSettings.disabled(), Optional.empty(), 1))) {
            ExtractedText t = x.extract(TestDocuments.docx(TestDocuments.SENTENCE), "kh.doc", LONG);
            assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", t.mediaType());
            assertTrue(t.text().contains(TestDocuments.SENTENCE), t.text());
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("%PDF-1.4\nxx"), "b.pdf", LONG));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
    }

    @Test
    void theChildrenGetTheExtraJvmOptionsOfTheProperty() throws Exception {
        System.setProperty(ForkedExtractor.CHILD_JVM_OPTIONS, " -XX:TieredStopAtLevel=1   -Dvanthu.test.marker=yes ");
        try (ForkedExtractor x = hanging(1, 100)) {
            long pid = Long.parseLong(x.extract(utf8("pid"), "pid", LONG).text());
            List<String> args = commandLine(pid);
            assertTrue(args.contains("-XX:TieredStopAtLevel=1") && args.contains("-Dvanthu.test.marker=yes"), args.toString());
            assertTrue(args.indexOf("-Dvanthu.test.marker=yes") < args.indexOf(HangingWorker.class.getName()), args.toString());
            assertTrue(!args.contains(""), "no empty argument from the spaces: " + args);
        } finally {
            System.clearProperty(ForkedExtractor.CHILD_JVM_OPTIONS);
        }
    }

    @Test
    void theRealWorkerParsesTwoThreadsFilesAtOnceWithAHeapForTwo() throws Exception {
        byte[] docx = TestDocuments.docx(TestDocuments.SENTENCE);
        try (ForkedExtractor x = new ForkedExtractor(ForkedExtractor.Settings.tika(1_000_000, OcrSettings.disabled(), Optional.empty(), 2))) {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                all.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 3; i++) {
                        try {
                            assertTrue(x.extract(docx, "kh.docx", LONG).text().contains(TestDocuments.SENTENCE));
                            assertThrows(ExtractionException.class, () -> x.extract(utf8("%PDF-1.4\nxx"), "b.pdf", LONG));
                        } catch (ExtractionException e) {
                            throw new AssertionError(e);
                        }
                    }
                }, threads));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            assertEquals(1, x.processes());
            ProcessHandle child = ProcessHandle.current().children().filter(ProcessHandle::isAlive).findFirst().orElseThrow();
            List<String> args = commandLine(child.pid());
            assertTrue(args.contains("-Xmx" + ForkedExtractor.Settings.tikaHeapMb(2) + "m")
                    && args.contains("-Dvanthu.extraction.parsers=2"), args.toString());
            assertEquals(1280, ForkedExtractor.Settings.tikaHeapMb(2));
        }
    }
}
