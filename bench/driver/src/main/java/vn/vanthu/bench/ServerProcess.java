package vn.vanthu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A server in its own process: started, waited for until it prints a ready line, stopped. Its output goes to a log. */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    final String readyLine;

    private ServerProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    static ServerProcess start(List<String> command, Path log, Predicate<String> ready, int timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> readyAt = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    if (!readyAt.isDone() && ready.test(line)) {
                        readyAt.complete(line);
                    }
                }
            } catch (IOException e) {
                readyAt.completeExceptionally(e);
            }
            readyAt.completeExceptionally(new IllegalStateException("the server exited before it was ready; see " + log));
        }, "server-log");
        pump.setDaemon(true);
        pump.start();
        try {
            return new ServerProcess(p, readyAt.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("server did not start: " + e.getMessage() + " (log: " + log + ")", e);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
