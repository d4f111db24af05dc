package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aFileIsHandedOverOnlyOnceStableAndAgainOnlyWhenChanged() throws Exception {
        FolderWatcher w = new FolderWatcher(dir, new FolderWatcher.Timing(Duration.ofMillis(100), Duration.ofSeconds(2)), f -> { });
        Path f = dir.resolve("bc.txt");
        Files.writeString(f, "Báo cáo");
        assertEquals(List.of(), w.poll(0), "just seen: not yet");
        Files.writeString(f, "Báo cáo kết quả");  // still being written
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(List.of(), w.poll(1 * SECOND));
        assertEquals(List.of(), w.poll(2 * SECOND), "changed at 1 s: not stable for 2 s yet");
        assertEquals(List.of(f), w.poll(3 * SECOND + 1));
        assertEquals(List.of(), w.poll(10 * SECOND), "handed over once");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(f, "Báo cáo kết quả giám sát");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 9000));
        assertEquals(List.of(), w.poll(11 * SECOND));
        assertEquals(List.of(f), w.poll(13 * SECOND + 1), "changed and stable again");
    }
}
