package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;


    @Test
    void ingestSearchTraceAndReindexWorkFromTheCommandLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("kh.txt"), "HĐND HUYỆN KHOA\nSố: 40/KH-HĐND\nKẾ HOẠCH\nTổ chức tiếp xúc cử tri trước kỳ họp thứ ba\n");
        Files.writeString(in.resolve("bc.txt"), "HĐND HUYỆN KHOA\nSố: 45/BC-HĐND\nBÁO CÁO\nKết quả tiếp xúc\nThực hiện Kế hoạch số 40/KH-HĐND ngày 14/11/2016, các tổ đã tiếp xúc cử tri.\n");
        String data = "--data=" + dir.resolve("data");

        CliRun ingest = CliRun.of("ingest", data, in.toString());
        assertEquals(0, ingest.code());
        assertTrue(ingest.out().contains("added 2, unchanged 0, failed 0"), ingest.out());
        assertTrue(CliRun.of("ingest", data, in.toString()).out().contains("added 0, unchanged 2, failed 0"));

        CliRun search = CliRun.of("search", data, "tiep", "xuc");
        assertTrue(search.out().startsWith("2 kết quả"), search.out());
        assertTrue(search.out().contains("[tiếp xúc]"), search.out());

        CliRun trace = CliRun.of("trace", data, "40/kh-hdnd");
        assertTrue(trace.out().contains("Số 40/KH-HDND") && trace.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND"), trace.out());
        assertEquals(2, CliRun.of("trace", data, "not-a-number").code());
        // Paged: past the only citation the page is empty and says so, the counts stay whole; --all shows it.
        assertTrue(trace.out().contains("Được dẫn chiếu bởi (1 dẫn chiếu, 1 văn bản): thực hiện 1"), trace.out());
        CliRun past = CliRun.of("trace", data, "40/kh-hdnd", "--offset", "1");
        assertTrue(past.out().contains("Được dẫn chiếu bởi (1 dẫn chiếu, 1 văn bản)") && past.out().contains("dẫn chiếu 0 trong 1"),
                past.out());
        assertFalse(past.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND"), past.out());
        CliRun all = CliRun.of("trace", data, "40/kh-hdnd", "--all");
        assertTrue(all.out().contains("Thực hiện Kế hoạch số 40/KH-HĐND") && !all.out().contains("--offset"), all.out());
        assertEquals(2, CliRun.of("trace", data, "40/kh-hdnd", "--offset", "-1").code());

        assertTrue(CliRun.of("reindex", data).out().contains("reindexed 2 documents"));
        assertTrue(CliRun.of("failures", data).out().contains("0 failed files"));
    }

    @Test
    void anInternalFolderIsHiddenFromPublicEyesUntilTheOperatorOpensIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("noi-bo"));
        Files.writeString(in.resolve("tb.txt"), "HĐND HUYỆN KHOA\nSố: 15/TB-HĐND\nTHÔNG BÁO\nPhân công chuẩn bị kỳ họp thứ ba\n");
        String data = "--data=" + dir.resolve("data");
        assertEquals(2, CliRun.of("ingest", data, "--access", "secret", in.toString()).code());
        assertEquals(0, CliRun.of("ingest", data, "--access", "internal", in.toString()).code());

        assertTrue(CliRun.of("search", data, "phân", "công").out().startsWith("1 kết quả"));
        assertTrue(CliRun.of("search", data, "--as", "staff", "phân", "công").out().startsWith("1 kết quả"));
        assertTrue(CliRun.of("search", data, "--as", "public", "phân", "công").out().startsWith("0 kết quả"));
        assertTrue(CliRun.of("trace", data, "--as", "public", "15/TB-HĐND").out().contains("chưa có trong kho"));

        CliRun shown = CliRun.of("access", data, "1");
        assertTrue(shown.out().contains("internal"), shown.out());
        assertTrue(CliRun.of("access", data, "1", "public").out().contains("internal → public"));
        assertTrue(CliRun.of("search", data, "--as", "public", "phân", "công").out().startsWith("1 kết quả"));
        assertEquals(1, CliRun.of("access", data, "99", "public").code());
        assertEquals(2, CliRun.of("access", data, "1", "secret").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"ingest", "serve", "search", "reindex", "trace", "failures"}) {
            CliRun r = CliRun.of(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: vanthu " + c), r.out());
        }
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertEquals(2, CliRun.of("ingest").code());
    }
}
