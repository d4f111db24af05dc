package vn.vanthu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a folder by polling: a file is handed over once its size and modification time have
 * stayed the same for {@code stable} (so a file still being copied or saved is never read), and
 * again only when it changes. Polling, not WatchService: it works the same on network shares, and
 * the stability check needs a clock anyway.
 */
public final class FolderWatcher {
    /** How often to look, and how long a file must stay unchanged before it is read. */
    public record Timing(Duration poll, Duration stable) {
        public static Timing defaults() {
            return new Timing(Duration.ofMillis(500), Duration.ofSeconds(2));
        }
    }

    private record Seen(long size, long modified, long since) {
    }

    private final Path dir;
    private final Timing timing;
    private final Consumer<List<Path>> sink;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Seen> handed = new HashMap<>();

    public FolderWatcher(Path dir, Timing timing, Consumer<List<Path>> sink) {
        this.dir = dir;
        this.timing = timing;
        this.sink = sink;
    }

    /** Polls until {@code stop} says so. */
    public void run(BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            List<Path> ready = poll(System.nanoTime());
            if (!ready.isEmpty()) {
                sink.accept(ready);
            }
            Thread.sleep(timing.poll().toMillis());
        }
    }

    /** One look at the folder: the files that have become stable and are new or changed. */
    List<Path> poll(long nowNanos) {
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> current = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(f -> !Ingester.isHidden(dir.relativize(f))).sorted().forEach(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    Seen before = seen.get(f);
                    long modified = a.lastModifiedTime().toMillis();
                    Seen now = before != null && before.size() == a.size() && before.modified() == modified
                            ? before : new Seen(a.size(), modified, nowNanos);
                    current.put(f, now);
                    Seen done = handed.get(f);
                    boolean changed = done == null || done.size() != now.size() || done.modified() != now.modified();
                    if (changed && nowNanos - now.since() >= timing.stable().toNanos()) {
                        handed.put(f, now);
                        ready.add(f);
                    }
                } catch (IOException e) {
                    // Vanished or unreadable between listing and reading: look again next time.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        seen.clear();
        seen.putAll(current);
        handed.keySet().retainAll(current.keySet());
        return ready;
    }
}
