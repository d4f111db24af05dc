package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;

/**
 * The titles of the 59 real files of ../shared/corpus/originals against the titles a person gives
 * them ({@code corpus-expected/original-titles.tsv}), each file read as ingestion reads it: Tika,
 * the text repairs, the metadata reader. Skipped when ../shared is absent. Scans need Tesseract and
 * minutes of OCR: they are read only with {@code -Dvanthu.titles.ocr=true} (and Tesseract's "vie").
 */
class OriginalTitlesTest {

    /** The files whose title is still read wrong, and why (docs/BENCHMARKS-extract.md, branches titles and titles2). */
    private static final Map<String, String> KNOWN_WRONG = Map.of(
            "hpbaotho_qlvb_2011/File Test 01.doc", "an RTF form whose cells come out of order: the heading is far below",
            "hpbaotho_qlvb_2011/report.doc", "the register's heading follows its office's line with no rule or motto between",
            "local_gov_hdnd_misc/1676950750_hop-thuong-truc-mo-rong-11.202012.11.2020_07h00p21_signed.pdf",
            "an invitation with no summary line: its subject is in the body",
            "local_gov_hdnd_misc/335-cp.signed.pdf", "OCR: a received stamp over the type word and the summary's first words");

    private record Label(String file, boolean ocr, List<String> titles) {
    }

    @Test
    void titlesOfTheSharedOriginals() throws IOException {
        Path originals = SharedData.dir().resolve("corpus/originals");
        SharedData.assumeExists(originals.resolve("MANIFEST.tsv"));
        boolean ocr = Boolean.getBoolean("vanthu.titles.ocr");
        if (ocr) {
            Assumptions.assumeTrue(OcrSettings.tesseractHas(OcrSettings.VIETNAMESE), "no Tesseract with 'vie'");
        }
        TikaExtractor tika = new TikaExtractor(50_000_000, ocr ? OcrSettings.detect() : OcrSettings.disabled());
        TextRepair repair = new TextRepair();
        MetadataParser parser = new MetadataParser(IndexConfig.bundled());
        Map<String, String> wrong = new TreeMap<>();
        int read = 0;
        int right = 0;
        for (Label label : labels()) {
            if (label.ocr() && !ocr) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(originals.resolve(label.file()));
            String name = Path.of(label.file()).getFileName().toString();
            String text;
            try {
                text = repair.repair(tika.extract(bytes, name)).text();
            } catch (ExtractionException e) {
                throw new AssertionError(label.file() + ": " + e.getMessage(), e);
            }
            DocumentMetadata m = text.isBlank() ? DocumentMetadata.empty() : parser.parse(text);
            String got = m.title().orElse("");
            boolean ok = label.titles().isEmpty() ? got.isEmpty()
                    : label.titles().stream().anyMatch(t -> comparable(t).equals(comparable(got)));
            read++;
            if (ok) {
                right++;
            } else if (!KNOWN_WRONG.containsKey(label.file())) {
                wrong.put(label.file(), got);
            }
        }
        System.out.printf(Locale.ROOT, "original titles: %d of %d right%n", right, read);
        assertEquals(Map.of(), wrong, "titles read wrong (file → title read)");
    }

    /** Compared without case, punctuation or spacing: the words and their marks must be the same. */
    static String comparable(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    private static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (var in = OriginalTitlesTest.class.getResourceAsStream("/corpus-expected/original-titles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> titles = cols[2].equals("-") ? List.of() : List.of(cols[2].split(" \\|\\| "));
                labels.add(new Label(cols[0], cols[1].equals("ocr"), titles));
            }
        }
        return labels;
    }
}
