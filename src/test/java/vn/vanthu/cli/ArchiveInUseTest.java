package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;

/**
 * While a server (or an ingest) holds the archive, a command needing its index says so: the old
 * message told the operator to run {@code vanthu reindex}, which fails the same way.
 */
class ArchiveInUseTest {
    @TempDir
    Path dir;

    @Test
    void aCommandOnAnArchiveAnotherProcessHoldsSaysItIsInUse() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("tb.txt"), "THÔNG BÁO\nVề việc tổ chức kỳ họp thứ ba\n");
        String data = dir.resolve("data").toString();
        assertEquals(0, CliRun.of("ingest", "--data", data, in.toString()).code());
        try (Archive held = Archive.open(Path.of(data), IndexConfig.bundled())) {
            CliRun r = CliRun.of("search", "--data", data, "kỳ", "họp");
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("in use by another vanthu process"), r.err());
            assertFalse(r.err().contains("run `vanthu reindex`"), r.err());
        }
        assertEquals(0, CliRun.of("search", "--data", data, "kỳ", "họp").code());
    }
}
