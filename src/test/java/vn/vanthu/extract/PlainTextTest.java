package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainText} reads a file in-process only where it gives exactly what Tika gives (text,
 * type, warnings, fonts): every file it takes is extracted both ways and compared, on the test
 * files, on shared texts and originals, and on random texts built to trip Tika's type detection,
 * charset detection and table sniffing.
 */
class PlainTextTest {
    private static TikaExtractor tika;

    @BeforeAll
    static void tika() {
        tika = new TikaExtractor(1_000_000, OcrSettings.disabled());
    }

    /** Extracts both ways when the plain path takes the file; returns whether it did. */
    private static boolean sameAsTika(byte[] bytes, String name) throws ExtractionException {
        Optional<ExtractedText> plain = tika.plainText().extract(bytes, name);
        if (plain.isEmpty()) {
            return false;
        }
        assertEquals(tika.extract(bytes, name), plain.get(), name);
        return true;
    }

    private static List<Path> files(Path... dirs) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    @Test
    void theTestFilesReadAsTikaReadsThem() throws Exception {
        int taken = 0;
        int texts = 0;
        for (Path f : files(Path.of("sample-docs"), Path.of("src/test/resources"))) {
            byte[] bytes = Files.readAllBytes(f);
            boolean took = sameAsTika(bytes, f.getFileName().toString());
            taken += took ? 1 : 0;
            if (f.toString().endsWith(".txt") && f.startsWith("sample-docs")) {
                texts++;
                assertTrue(took, "a UTF-8 sample text is read in-process: " + f);
            }
        }
        assertTrue(texts >= 5 && taken >= texts, "taken " + taken + " of which sample texts " + texts);
    }

    @Test
    void legacyEncodedTextsStillGoToTika() throws Exception {
        for (String name : List.of("tcvn3.txt", "vni.txt", "cp1258.txt")) {
            byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/legacy", name));
            assertTrue(tika.plainText().extract(bytes, name).isEmpty(), name + " is 8-bit, not UTF-8");
        }
        // VIQR is ASCII: read here, to the very text Tika gives (the repair after it is the same).
        byte[] viqr = Files.readAllBytes(Path.of("src/test/resources/legacy/viqr.txt"));
        assertTrue(sameAsTika(viqr, "viqr.txt"));
        String repaired = new TextRepair().repair(tika.plainText().extract(viqr, "viqr.txt").get()).text();
        assertTrue(repaired.contains("NHÂN DÂN"), "VIQR still converted: " + repaired.substring(0, 60));
    }

    @Test
    void sharedTextsAndOriginalsReadAsTikaReadsThem() throws Exception {
        Path shared = SharedData.dir();
        Path jsonl = shared.resolve("corpus/text/phapdien_articles.jsonl.gz");
        SharedData.assumeExists(jsonl);
        ObjectMapper json = new ObjectMapper();
        int taken = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonl)),
                StandardCharsets.UTF_8))) {
            String line;
            for (int i = 0; i < 300 && (line = r.readLine()) != null; i++) {
                JsonNode a = json.readTree(line);
                String text = a.path("article_title").asText() + "\n" + a.path("text").asText() + "\n\n"
                        + a.path("source_citation").asText() + "\n";
                taken += sameAsTika(text.getBytes(StandardCharsets.UTF_8), String.format("%05d.txt", i)) ? 1 : 0;
            }
        }
        assertTrue(taken >= 290, "Pháp điển articles read in-process: " + taken);
        for (Path f : files(shared.resolve("corpus/originals"))) {
            sameAsTika(Files.readAllBytes(f), f.getFileName().toString());
        }
    }

    /** Pieces that trip Tika's magic (mail and robots headers, HTML, scripts), charsets and table sniffing. */
    private static final String[] PIECES = {"a", "b", "Điều", " ", "  ", ",", ";", "|", "\t", "\"", "\"\"", "\n", "\r\n", "\r",
            "\n\n", "Hội đồng", "nhân dân", "é", "Từ:", "From:", "Date: 2020", "Subject:", "Message-ID:", "user-agent:",
            "<html>", "<p>", "<b>", "<meta charset=\"windows-1258\">", "%PDF-1.4", "%", "#!/bin/sh", "<?xml version=\"1.0\"?>",
            "{\\rtf1", "BEGIN:VCARD", "graph {", "function x =", "\u00A0", "½", "\uFEFF", "'", "1,2,3", "x;y;z", "\u007F",
            "©", "Ã©", "Õ", "ﬁ"};

    @Test
    void randomTextsReadAsTikaReadsThem() throws Exception {
        Random r = new Random(7);
        int taken = 0;
        int rounds = 3_000;
        for (int round = 0; round < rounds; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 40);
            // Half the rounds from the first 17 pieces alone: text, delimiters, quotes, line breaks (table sniffing).
            int alphabet = r.nextBoolean() ? 17 : PIECES.length;
            for (int i = 0; i < parts; i++) {
                sb.append(PIECES[r.nextInt(alphabet)]);
            }
            String text = sb.toString();
            Charset cs = r.nextInt(10) == 0 ? Charset.forName("windows-1258") : StandardCharsets.UTF_8;
            byte[] bytes = text.getBytes(cs);
            if (r.nextInt(10) == 0) {
                bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            String name = switch (r.nextInt(6)) {
                case 0 -> "x.csv";
                case 1 -> "x.html";
                case 2 -> "x";
                case 3 -> "văn bản số 1.txt";
                default -> "x.txt";
            };
            taken += sameAsTika(bytes, name) ? 1 : 0;
        }
        // Not vacuous: many are taken, many are not.
        assertTrue(taken > rounds / 5 && taken < rounds * 9 / 10, "taken " + taken + " of " + rounds);
    }

    @Test
    void refusesWhatTikaWouldReadOtherwise() throws Exception {
        PlainText plain = tika.plainText();
        String letter = "Kính gửi: Ủy ban nhân dân tỉnh\nNội dung văn bản.\n";
        assertTrue(plain.extract(letter.getBytes(StandardCharsets.UTF_8), "a.txt").isPresent());
        assertFalse(plain.extract(letter.getBytes(StandardCharsets.UTF_8), "a.csv").isPresent(), "the name makes it text/csv");
        assertFalse(plain.extract(("From: a@b\nSubject: x\n\n" + letter).getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(),
                "a mail");
        assertFalse(plain.extract(("<html><body>" + letter).getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(), "HTML");
        String table = "a,b,c\n" + "1,2,3\n".repeat(12);
        assertFalse(tika.extract(table.getBytes(StandardCharsets.UTF_8), "a.txt").text().equals(table + "\n"), "Tika reads cells");
        assertFalse(plain.extract((letter + "\u007F").getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(), "DEL");
        assertFalse(plain.extract(table.getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(), "a table");
        assertFalse(plain.extract(letter.getBytes(Charset.forName("windows-1258")), "a.txt").isPresent(), "8-bit");
        assertFalse(plain.extract((letter + "\f" + letter).getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(), "form feed");
        assertFalse(plain.extract("   \n".getBytes(StandardCharsets.UTF_8), "a.txt").isPresent(), "blank");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void bytesThatAreNotUtf8GoToTikaWhileARealReplacementCharacterIsRead() throws Exception {
        byte[] text = "Kế hoạch tổ chức tiếp xúc cử tri trước kỳ họp thứ ba HĐND huyện.\n".getBytes(StandardCharsets.UTF_8);
        // 0xC3 0x28: a lead byte without its continuation, which a lenient decoder reads as U+FFFD.
        byte[] malformed = concat(concat(text, new byte[]{(byte) 0xC3, (byte) 0x28}), text);
        assertTrue(tika.plainText().extract(malformed, "hong.txt").isEmpty(), "not UTF-8: Tika reads it");
        byte[] replacement = concat(concat(text, "\uFFFD".getBytes(StandardCharsets.UTF_8)), text);
        Optional<ExtractedText> read = tika.plainText().extract(replacement, "thay-the.txt");
        assertTrue(read.isPresent(), "well-formed UTF-8 holding U+FFFD is read here");
        assertTrue(read.get().text().contains("\uFFFD"), "the character kept as written");
        assertTrue(sameAsTika(replacement, "thay-the.txt"));
    }
}
