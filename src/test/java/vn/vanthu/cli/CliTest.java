package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    /** Runs the command line, returning its exit code and what it printed on stdout. */
    private record Run(int code, String out) {
    }

    private Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            return new Run(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void ingestSearchTraceAndReindexWorkFromTheCommandLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("kh.txt"), "HĐND HUYỆN KHOA\nSố: 40/KH-HĐND\nKẾ HOẠCH\nTổ chức tiếp xúc cử tri trước kỳ họp thứ ba\n");
        Files.writeString(in.resolve("bc.txt"), "HĐND HUYỆN KHOA\nSố: 45/BC-HĐND\nBÁO CÁO\nKết quả tiếp xúc\nThực hiện Kế hoạch số 40/KH-HĐND ngày 14/11/2016, các tổ đã tiếp xúc cử tri.\n");
        String data = "--data=" + dir.resolve("data");

        Run ingest = run("ingest", data, in.toString());
        assertEquals(0, ingest.code());
        assertTrue(ingest.out().contains("added 2, unchanged 0, failed 0"), ingest.out());
        assertTrue(run("ingest", data, in.toString()).out().contains("added 0, unchanged 2, failed 0"));

        Run search = run("search", data, "tiep", "xuc");
        assertTrue(search.out().startsWith("2 kết quả"), search.out());
        assertTrue(search.out().contains("[tiếp xúc]"), search.out());

        Run trace = run("trace", data, "40/kh-hdnd");
        assertTrue(trace.out().contains("Số 40/KH-HDND") && trace.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND"), trace.out());
        assertEquals(2, run("trace", data, "not-a-number").code());
        // Paged: past the only citation the page is empty and says so, the counts stay whole; --all shows it.
        assertTrue(trace.out().contains("Được dẫn chiếu bởi (1 dẫn chiếu, 1 văn bản): thực hiện 1"), trace.out());
        Run past = run("trace", data, "40/kh-hdnd", "--offset", "1");
        assertTrue(past.out().contains("Được dẫn chiếu bởi (1 dẫn chiếu, 1 văn bản)") && past.out().contains("dẫn chiếu 0 trong 1"),
                past.out());
        assertFalse(past.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND"), past.out());
        Run all = run("trace", data, "40/kh-hdnd", "--all");
        assertTrue(all.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND") && !all.out().contains("--offset"), all.out());
        assertEquals(2, run("trace", data, "40/kh-hdnd", "--offset", "-1").code());

        assertTrue(run("reindex", data).out().contains("reindexed 2 documents"));
        assertTrue(run("failures", data).out().contains("0 failed files"));
    }

    @Test
    void anInternalFolderIsHiddenFromPublicEyesUntilTheOperatorOpensIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("noi-bo"));
        Files.writeString(in.resolve("tb.txt"), "HĐND HUYỆN KHOA\nSố: 15/TB-HĐND\nTHÔNG BÁO\nPhân công chuẩn bị kỳ họp thứ ba\n");
        String data = "--data=" + dir.resolve("data");
        assertEquals(2, run("ingest", data, "--access", "secret", in.toString()).code());
        assertEquals(0, run("ingest", data, "--access", "internal", in.toString()).code());

        assertTrue(run("search", data, "phân", "công").out().startsWith("1 kết quả"));
        assertTrue(run("search", data, "--as", "staff", "phân", "công").out().startsWith("1 kết quả"));
        assertTrue(run("search", data, "--as", "public", "phân", "công").out().startsWith("0 kết quả"));
        assertTrue(run("trace", data, "--as", "public", "15/TB-HĐND").out().contains("chưa có trong kho"));

        Run shown = run("access", data, "1");
        assertTrue(shown.out().contains("internal"), shown.out());
        assertTrue(run("access", data, "1", "public").out().contains("internal → public"));
        assertTrue(run("search", data, "--as", "public", "phân", "công").out().startsWith("1 kết quả"));
        assertEquals(1, run("access", data, "99", "public").code());
        assertEquals(2, run("access", data, "1", "secret").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"ingest", "serve", "search", "reindex", "trace", "failures"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: vanthu " + c), r.out());
        }
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertEquals(2, run("ingest").code());
    }
}
