package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped {@code --data} must not look like an empty archive: the commands that read an archive
 * say there is none there and exit 1, and leave no empty archive behind (token and audit too). Only
 * ingest (and restore, serve) start a new one; serve says so.
 */
class MissingArchiveTest {
    @TempDir
    Path dir;

    @Test
    void readingCommandsRefuseADirectoryWithoutAnArchive() {
        String typo = dir.resolve("dat").toString();
        String[][] commands = {{"search", "tiep"}, {"trace", "40/KH-HĐND"}, {"missing"}, {"failures"},
                {"access", "1"}, {"correct", "1", "--field", "title", "--value", "x"}, {"check"}, {"verify"},
                {"reindex"}, {"ocr"}};
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of(c));
            args.addAll(List.of("--data", typo));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, r.code(), c[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains("no archive at " + typo), c[0] + ": " + r.err());
            assertFalse(Files.exists(Path.of(typo)), c[0] + " created an empty archive at the mistyped path");
        }
    }

    @Test
    void anEmptyExistingFolderIsNoArchiveEither() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun r = CliRun.of("check", "--data", empty.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("no archive at"), r.err());
        assertFalse(Files.exists(empty.resolve("catalog.db")));
    }

    @Test
    void tokenAndAuditCommandsRefuseAFolderWithoutAnArchive() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        String[][] commands = {{"token", "create", "--role", "staff", "--label", "Lan"}, {"token", "list"},
                {"token", "revoke", "Lan"}, {"audit"}};
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of(c));
            args.addAll(List.of("--data", empty.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, r.code(), String.join(" ", c) + ": " + r.out() + r.err());
            assertTrue(r.err().contains("no archive at " + empty), String.join(" ", c) + ": " + r.err());
            assertFalse(Files.exists(empty.resolve("catalog.db")), String.join(" ", c) + " wrote a catalog into the folder");
        }
    }

    @Test
    void serveSaysItStartsANewEmptyArchiveOnlyWhenThereIsNone() throws Exception {
        Path fresh = dir.resolve("fresh");
        DataOptions options = new DataOptions();
        options.data = fresh;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            options.openOrStartEmpty().close();
            String first = said.toString(StandardCharsets.UTF_8);
            assertEquals(1, first.lines().count(), first);
            assertTrue(first.contains("starting a new empty archive at " + fresh), first);
            said.reset();
            options.openOrStartEmpty().close();
            assertEquals("", said.toString(StandardCharsets.UTF_8), "an existing archive is opened without a word");
        } finally {
            System.setErr(err);
        }
        assertEquals(0, CliRun.of("check", "--data", fresh.toString()).code(), "the new archive is an archive");
    }

    @Test
    void ingestStillStartsANewArchive() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("tb.txt"), "THÔNG BÁO\nVề việc tổ chức kỳ họp thứ ba\n");
        String data = dir.resolve("new").toString();
        CliRun r = CliRun.of("ingest", "--data", data, in.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, CliRun.of("check", "--data", data).code());
    }
}
