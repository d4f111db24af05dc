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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Extraction in child JVMs, so that a per-file time limit really stops a hung parser and a
 * parser that exhausts memory (a zip bomb, an entity expansion) takes only its child down. Each
 * extracting thread borrows an idle child (starting one when none is idle); a child that times
 * out or dies is killed and replaced on the next call. A child serves at most
 * {@code filesPerProcess} files, then is retired, bounding any leak in a parser.
 */
public final class ForkedExtractor implements Extractor {
    /** How the children run. {@code mainClass} answers {@link WorkerProtocol}; {@code args} are its arguments. */
    public record Settings(int heapMb, int filesPerProcess, Duration startTimeout, Optional<Path> log,
                           String mainClass, List<String> args) {
        public Settings {
            args = List.copyOf(args);
        }

        /**
         * The standard worker: Tika with these limits and OCR settings. A child serves 10 000 files:
         * starting one and warming Tika up costs ~4 CPU seconds (2 ms a file at the 2 000 it used to
         * serve, an eighth of a small text file's whole cost), while its heap limit already bounds
         * what a leaking parser can hold.
         */
        public static Settings tika(int maxChars, OcrSettings ocr, Optional<Path> log) {
            return new Settings(768, 10_000, Duration.ofSeconds(90), log, ExtractionWorker.class.getName(),
                    List.of(Integer.toString(maxChars), Boolean.toString(ocr.enabled()), ocr.language()));
        }
    }

    private final Settings settings;
    private final ConcurrentLinkedDeque<Child> idle = new ConcurrentLinkedDeque<>();
    private final Set<Child> all = ConcurrentHashMap.newKeySet();
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "extraction-reader");
        t.setDaemon(true);
        return t;
    });
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
        Child child = idle.pollFirst();
        if (child == null) {
            child = start();
        }
        boolean reusable = false;
        try {
            ExtractedText text = child.extract(bytes, filename, timeout);
            reusable = true;
            return text;
        } catch (ExtractionException e) {
            reusable = child.alive();
            throw e;
        } finally {
            if (reusable && !closed && child.served < settings.filesPerProcess()) {
                idle.offerFirst(child);
            } else if (child.alive()) {
                child.stop();
            }
        }
    }

    /** How many child processes are running now (for tests and the benchmark). */
    public int processes() {
        return (int) all.stream().filter(Child::alive).count();
    }

    private Child start() throws ExtractionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heapMb() + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
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
            all.add(child);
            child.awaitReady(settings.startTimeout());
            return child;
        } catch (IOException e) {
            throw new ExtractionException("the extraction process could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Child c : all) {
            c.stop();
        }
        readers.shutdownNow();
    }

    /** One child process and its pipes; used by one thread at a time. */
    private final class Child {
        private final Process process;
        private final DataOutputStream toChild;
        private final DataInputStream fromChild;
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
            Future<Integer> ready = readers.submit(fromChild::readUnsignedByte);
            try {
                int b = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (b != WorkerProtocol.READY) {
                    throw new IOException("unexpected greeting " + b);
                }
            } catch (TimeoutException e) {
                kill();
                throw new ExtractionException("the extraction process did not start within " + timeout.toSeconds() + " s");
            } catch (ExecutionException | IOException e) {
                kill();
                throw new ExtractionException("the extraction process could not start: " + TikaExtractor.rootMessage(e), e);
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
                throw new ExtractionException("interrupted while starting the extraction process", e);
            }
        }

        ExtractedText extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException {
            served++;
            Future<ExtractedText> answer = readers.submit(() -> {
                WorkerProtocol.writeRequest(toChild, filename, bytes);
                return WorkerProtocol.readAnswer(fromChild);
            });
            try {
                return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                kill();
                answer.cancel(true);
                throw new ExtractionException("extraction took longer than " + describe(timeout)
                        + " and was stopped (the parser hung or the file is too complex)");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ExtractionException x) {
                    throw x;
                }
                int exit = waitForExit();
                kill();
                throw new ExtractionException(exit == 3
                        ? "extraction ran out of memory (limit " + settings.heapMb() + " MB): the file expands too much"
                        : "the extraction process died (exit " + exit + ") while reading this file", e.getCause());
            } catch (InterruptedException e) {
                kill();
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

        /** Closing stdin ends the worker's loop; kill it if it does not go. */
        void stop() {
            try {
                toChild.close();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
            all.remove(this);
        }

        /** Kills the child (and any tesseract it started) and waits for it to be gone. */
        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            all.remove(this);
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
