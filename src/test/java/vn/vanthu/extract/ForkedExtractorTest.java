package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ForkedExtractorTest {
    private static final Duration LONG = Duration.ofMinutes(2);

    private static ForkedExtractor hanging(int filesPerProcess) {
        return new ForkedExtractor(new ForkedExtractor.Settings(64, filesPerProcess, Duration.ofMinutes(3), Optional.empty(),
                HangingWorker.class.getName(), List.of()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHungParserIsStoppedAtTheTimeLimitAndTheNextFileIsServed() throws Exception {
        try (ForkedExtractor x = hanging(100)) {
            String pid = x.extract(utf8("?"), "pid", LONG).text();
            long start = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> x.extract(utf8("?"), "hang.doc", Duration.ofMillis(1500)));
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("longer than 1500 ms"), e.getMessage());
            assertTrue(tookMs < 10_000, "the caller waited " + tookMs + " ms");
            assertTrue(ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true),
                    "the hung process was killed");
            assertEquals("đi tiếp", x.extract(utf8("đi tiếp"), "next.txt", LONG).text());
            assertNotEquals(pid, x.extract(utf8("?"), "pid", LONG).text(), "a new process serves after the kill");
        }
    }

    @Test
    void aCrashedProcessIsReportedAndReplaced() throws Exception {
        try (ForkedExtractor x = hanging(100)) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("?"), "crash.doc", LONG));
            assertTrue(e.getMessage().contains("died (exit 7)"), e.getMessage());
            assertEquals("còn sống", x.extract(utf8("còn sống"), "ok.txt", LONG).text());
        }
    }

    @Test
    void aProcessIsRetiredAfterItsQuotaAndClosingStopsThemAll() throws Exception {
        ForkedExtractor x = hanging(2);
        String first = x.extract(utf8("?"), "pid", LONG).text();
        assertEquals(first, x.extract(utf8("?"), "pid", LONG).text(), "one process serves consecutive files");
        assertNotEquals(first, x.extract(utf8("?"), "pid", LONG).text(), "a fresh process after two files");
        assertEquals(1, x.processes());
        x.close();
        assertEquals(0, x.processes());
    }

    @Test
    void theRealWorkerExtractsWithTika() throws Exception {
        try (ForkedExtractor x = new ForkedExtractor(ForkedExtractor.Settings.tika(1_000_000, OcrSettings.disabled(), Optional.empty()))) {
            ExtractedText t = x.extract(TestDocuments.docx(TestDocuments.SENTENCE), "kh.doc", LONG);
            assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", t.mediaType());
            assertTrue(t.text().contains(TestDocuments.SENTENCE), t.text());
            ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(utf8("%PDF-1.4\nxx"), "b.pdf", LONG));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
    }
}
