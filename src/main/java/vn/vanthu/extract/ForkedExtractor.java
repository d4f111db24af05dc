package vn.vanthu.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Extraction in a child JVM, so that a per-file time limit really stops a hung parser and a
 * parser that exhausts memory (a zip bomb, an entity expansion) takes only the child down.
 *
 * <p>One child serves all extraction threads at once: it parses up to {@code parsers} files at a
 * time, requests and answers tagged with ids over its pipes, so Tika is loaded and compiled once
 * and memory is one JVM's (a second child starts only when more threads extract at once than one
 * child has parsers for). A file that overruns its time limit gets the child killed; a child dies
 * on its own when a parser crashes or exhausts the heap. Either way the other files it was parsing
 * are tried once more, each alone (on a new child, or one another thread started meanwhile, but
 * with no other file in flight and so the whole heap), so that a second failure is the file's own
 * and its reason is the one it gets; a file that overran fails at once with the time-limit reason. A child serves at most {@code filesPerProcess} files, then
 * takes no more and is stopped once its last file is answered, bounding any leak in a parser.
 */
public final class ForkedExtractor implements Extractor {
    /**
     * How the children run. {@code mainClass} answers {@link WorkerProtocol}; {@code args} are its
     * arguments; {@code heapMb} is a child's whole heap, shared by its {@code parsers}.
     */
    public record Settings(int heapMb, int parsers, int filesPerProcess, Duration startTimeout, Optional<Path> log,
                           String mainClass, List<String> args) {
        public Settings {
            if (parsers < 1 || heapMb < 1 || filesPerProcess < 1) {
                throw new IllegalArgumentException("parsers, heap and files per process must be positive");
            }
            args = List.copyOf(args);
        }

        /** The standard worker with a parser per core, as many as an ingest's default threads. */
        public static Settings tika(int maxChars, OcrSettings ocr, Optional<Path> log) {
            return tika(maxChars, ocr, log, Runtime.getRuntime().availableProcessors());
        }

        /**
         * The standard worker: Tika with these limits and OCR settings, parsing up to {@code parsers}
         * files at once. A child serves 10 000 files: starting one and warming Tika up costs ~4 CPU
         * seconds, while its heap limit already bounds what a leaking parser can hold.
         */
        public static Settings tika(int maxChars, OcrSettings ocr, Optional<Path> log, int parsers) {
            return new Settings(tikaHeapMb(parsers), parsers, 10_000, Duration.ofSeconds(90), log,
                    ExtractionWorker.class.getName(),
                    List.of(Integer.toString(maxChars), Boolean.toString(ocr.enabled()), ocr.language()));
        }

        /**
         * 768 MB for one parser, as a child had when it parsed one file at a time, and 512 MB more for
         * each other: Tika's own data is shared, and a file that needs more than its share while
         * others parse is tried again alone, with the whole heap.
         */
        public static int tikaHeapMb(int parsers) {
            return 256 + 512 * parsers;
        }
    }

    /**
     * A system property: more JVM options for the children, separated by spaces (e.g. {@code
     * -XX:TieredStopAtLevel=1}), for measuring them (docs/BENCHMARKS-ingest.md); none by default.
     * Nothing that writes to stdout, which carries the answers.
     */
    public static final String CHILD_JVM_OPTIONS = "vanthu.extraction.jvm";

    private final Settings settings;
    /** Children that may still be given files (not retiring, not dead). Guarded by {@code this}. */
    private final List<Child> children = new ArrayList<>();
    /** Every child process not yet gone, retiring ones included. Guarded by {@code this}. */
    private final List<Child> running = new ArrayList<>();
    /** One child starts at a time, so threads arriving together share it rather than each start one. */
    private final Lock starting = new ReentrantLock();
    /** Shared by first attempts; a retry holds it alone, so nothing else can take its child down. */
    private final ReentrantReadWriteLock attempts = new ReentrantReadWriteLock(true);
    private final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "extraction-io");
        t.setDaemon(true);
        return t;
    });
    private int nextId;
    private volatile boolean closed;

    public ForkedExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public ExtractedText extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException {
        if (closed) {
            throw new IllegalStateException("the extractor is closed");
        }
        if (bytes.length == 0) {
            throw new ExtractionException("the file is empty (0 bytes)");
        }
        Attempt first = attempt(attempts.readLock(), bytes, filename, timeout);
        if (first.text() != null) {
            return first.text();
        }
        Attempt second = attempt(attempts.writeLock(), bytes, filename, timeout);
        if (second.text() != null) {
            return second.text();
        }
        // Alone on its child, the file took that child down: the reason is its own.
        throw new ExtractionException(second.lost());
    }

    /** How a try ended, when the file's own failure did not end it: its text, or how its child was lost. */
    private record Attempt(ExtractedText text, String lost) {
    }

    /** One try on a child, holding {@code lock}; the file's own failure is thrown. */
    private Attempt attempt(Lock lock, byte[] bytes, String filename, Duration timeout) throws ExtractionException {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted", e);
        }
        try {
            Child child = acquire();
            try {
                return child.extract(bytes, filename, timeout);
            } finally {
                release(child);
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many child processes are running now (for tests and the benchmark). */
    public synchronized int processes() {
        return (int) running.stream().filter(Child::alive).count();
    }

    /** A child with a free parser, started if none has one; counted as serving one more file. */
    private Child acquire() throws ExtractionException {
        while (true) {
            Child c = take();
            if (c != null) {
                return c;
            }
            starting.lock();
            try {
                if (closed) {
                    throw new ExtractionException("extraction stopped: the archive is closing");
                }
                c = take();
                if (c != null) {
                    return c;
                }
                Child fresh = start();
                synchronized (this) {
                    if (closed) {
                        fresh.kill(null);
                        throw new ExtractionException("extraction stopped: the archive is closing");
                    }
                    children.add(fresh);
                    running.add(fresh);
                }
            } finally {
                starting.unlock();
            }
        }
    }

    private synchronized Child take() {
        for (Child c : children) {
            if (c.inFlight < settings.parsers() && c.alive()) {
                c.inFlight++;
                if (++c.served >= settings.filesPerProcess()) {
                    children.remove(c); // retiring: it finishes the files it has, takes no more
                }
                return c;
            }
        }
        return null;
    }

    private void release(Child c) {
        boolean stop;
        synchronized (this) {
            c.inFlight--;
            if (!c.alive()) {
                children.remove(c);
            }
            stop = c.inFlight == 0 && !children.contains(c) && running.contains(c);
        }
        if (stop) {
            c.stop();
        }
    }

    private synchronized void gone(Child c) {
        children.remove(c);
        running.remove(c);
    }

    private synchronized int newId() {
        return nextId++;
    }

    private Child start() throws ExtractionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heapMb() + "m");
        // The parallel collector sizes its young generation for throughput: the serial one kept the
        // child at its initial heap (~365 MB) and collected three times as often, copying the parse's
        // live objects each time (docs/BENCHMARKS-ingest.md, tenth session).
        command.add("-XX:+UseParallelGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-D" + WorkerProtocol.PARSERS + "=" + settings.parsers());
        for (String o : System.getProperty(CHILD_JVM_OPTIONS, "").trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(settings.mainClass());
        command.addAll(settings.args());
        ProcessBuilder pb = new ProcessBuilder(command);
        // Tesseract is ~3x faster single-threaded here, and extraction threads already use the cores.
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(settings.log().map(p -> Redirect.appendTo(p.toFile())).orElse(Redirect.DISCARD));
        try {
            Child child = new Child(pb.start());
            child.awaitReady(settings.startTimeout());
            return child;
        } catch (IOException e) {
            throw new ExtractionException("the extraction process could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Child> all;
        synchronized (this) {
            all = List.copyOf(running);
        }
        for (Child c : all) {
            c.stop();
        }
        io.shutdownNow();
    }

    /** The child ended while a file was in it: the file may or may not be at fault. */
    private static final class ChildLost extends Exception {
        ChildLost(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One child process, its pipes and the requests it is answering. */
    private final class Child {
        private final Process process;
        private final DataOutputStream toChild;
        private final DataInputStream fromChild;
        /** Held while a whole request is written, so that requests from several threads do not interleave. */
        private final Lock writing = new ReentrantLock();
        /** Requests sent and not answered, by id. Guarded by this child. */
        private final Map<Integer, CompletableFuture<WorkerProtocol.Answer>> pending = new HashMap<>();
        /** Why the child was killed on purpose (null: it was not, or it was stopped when idle). Guarded by this child. */
        private String killedBecause;
        private boolean ended;
        /** Guarded by the extractor. */
        int inFlight;
        int served;

        Child(Process process) {
            this.process = process;
            this.toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            this.fromChild = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }

        boolean alive() {
            return process.isAlive();
        }

        void awaitReady(Duration timeout) throws ExtractionException {
            Future<Integer> ready = io.submit(fromChild::readUnsignedByte);
            try {
                int b = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (b != WorkerProtocol.READY) {
                    throw new IOException("unexpected greeting " + b);
                }
            } catch (TimeoutException e) {
                kill(null);
                throw new ExtractionException("the extraction process did not start within " + timeout.toSeconds() + " s");
            } catch (ExecutionException | IOException e) {
                kill(null);
                throw new ExtractionException("the extraction process could not start: " + TikaExtractor.rootMessage(e), e);
            } catch (InterruptedException e) {
                kill(null);
                Thread.currentThread().interrupt();
                throw new ExtractionException("interrupted while starting the extraction process", e);
            }
            Thread reader = new Thread(this::readAnswers, "extraction-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** Answers in the order the child finishes them, each to its waiting request, until the pipe ends. */
        private void readAnswers() {
            try {
                while (true) {
                    WorkerProtocol.Answer a = WorkerProtocol.readAnswer(fromChild);
                    CompletableFuture<WorkerProtocol.Answer> waiting;
                    synchronized (this) {
                        waiting = pending.remove(a.id());
                    }
                    if (waiting != null) {
                        waiting.complete(a);
                    }
                }
            } catch (IOException | RuntimeException e) {
                lost();
            }
        }

        /** The pipe ended: every request still waiting learns how the child went. */
        private void lost() {
            gone(this); // no new file for it, even while a JVM out of memory takes seconds to exit
            String reason;
            synchronized (this) {
                reason = killedBecause;
            }
            if (reason == null) {
                int exit = waitForExit();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                reason = exit == 3
                        ? "extraction ran out of memory (limit " + settings.heapMb() + " MB): the file expands too much"
                        : "the extraction process died (exit " + exit + ") while reading this file";
            }
            List<CompletableFuture<WorkerProtocol.Answer>> left;
            synchronized (this) {
                ended = true;
                left = List.copyOf(pending.values());
                pending.clear();
            }
            for (CompletableFuture<WorkerProtocol.Answer> f : left) {
                f.completeExceptionally(new ChildLost(reason));
            }
        }

        /**
         * Sends the file and waits for its answer at most {@code timeout}: its text, or how the child
         * was lost meanwhile; the file's own failure (the parser's reason, its time limit) is thrown.
         */
        Attempt extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException {
            int id = newId();
            CompletableFuture<WorkerProtocol.Answer> answer = new CompletableFuture<>();
            synchronized (this) {
                if (ended) {
                    return new Attempt(null, "the extraction process ended before it read this file");
                }
                pending.put(id, answer);
            }
            try {
                // Written on another thread, so that a child too stalled to read its pipe is still caught by the time limit.
                io.execute(() -> {
                    writing.lock();
                    try {
                        WorkerProtocol.writeRequest(toChild, id, filename, bytes);
                    } catch (IOException e) {
                        // The child is gone: its reader fails the request with the reason.
                    } finally {
                        writing.unlock();
                    }
                });
            } catch (RejectedExecutionException e) {
                throw new ExtractionException("extraction stopped: the archive is closing");
            }
            try {
                WorkerProtocol.Answer a = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (a.failure() != null) {
                    throw new ExtractionException(a.failure());
                }
                return new Attempt(a.text(), null);
            } catch (TimeoutException e) {
                String why = "extraction took longer than " + describe(timeout)
                        + " and was stopped (the parser hung or the file is too complex)";
                kill("the extraction process was stopped because another file overran its time limit");
                throw new ExtractionException(why);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ChildLost lost) {
                    if (closed) {
                        throw new ExtractionException("extraction stopped: the archive is closing");
                    }
                    return new Attempt(null, lost.getMessage());
                }
                throw new ExtractionException("extraction failed: " + TikaExtractor.rootMessage(e), e);
            } catch (InterruptedException e) {
                // As at a time limit: nothing will wait for this parse, so it must not run on unwatched.
                kill("the extraction process was stopped because another file's extraction was interrupted");
                Thread.currentThread().interrupt();
                throw new ExtractionException("interrupted", e);
            }
        }

        private int waitForExit() {
            try {
                // A JVM ending on OutOfMemoryError (exit 3) can take seconds to go: wait, so the reason says it.
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        /** Closing stdin ends the worker's loop once its files are answered; kill it if it does not go. */
        void stop() {
            try {
                // A write still blocked after 2 s is into a child that no longer reads: kill it.
                if (!writing.tryLock(2, TimeUnit.SECONDS)) {
                    kill("the extraction process was stopped");
                    return;
                }
                try {
                    toChild.close();
                } finally {
                    writing.unlock();
                }
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill("the extraction process was stopped");
                }
            } catch (IOException e) {
                kill("the extraction process was stopped");
            } catch (InterruptedException e) {
                kill("the extraction process was stopped");
                Thread.currentThread().interrupt();
            }
            gone(this);
        }

        /**
         * Kills the child (and any tesseract it started) and waits for it to be gone; the files it
         * was still parsing learn {@code why} (null before it served any).
         */
        void kill(String why) {
            gone(this); // first, so that no other thread gives it a file meanwhile
            synchronized (this) {
                if (killedBecause == null) {
                    killedBecause = why;
                }
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
