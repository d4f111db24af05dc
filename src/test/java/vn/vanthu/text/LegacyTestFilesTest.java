package vn.vanthu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legacy test files (scripts/make-legacy-test-files) through Tika, as the extractor sees
 * them, then through {@link LegacyText}: the result is the Unicode text they were made from.
 */
class LegacyTestFilesTest {

    private static final AutoDetectParser TIKA = new AutoDetectParser();

    static String tika(String name, org.xml.sax.ContentHandler handler) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = LegacyTestFilesTest.class.getResourceAsStream("/legacy/" + name)) {
            TIKA.parse(in, handler, metadata, new ParseContext());
        }
        return handler.toString();
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource({
        "tcvn3.rtf, TCVN3", "tcvn3.doc, TCVN3", "tcvn3.txt, TCVN3",
        "vni.rtf, VNI", "vni.doc, VNI", "vni.docx, VNI", "vni.txt, VNI",
        "viqr.txt, VIQR", "cp1258.txt, CP1258",
    })
    void tikaTextOfEachFileIsRepaired(String file, LegacyEncoding expected) throws Exception {
        String extracted = tika(file, new BodyContentHandler(-1));
        assertNotEquals(LegacyTestFiles.LINES, lines(extracted), "Tika should give mojibake");
        LegacyRepair repair = LegacyText.repair(extracted);
        assertEquals(Optional.of(expected), repair.encoding());
        assertEquals(LegacyTestFiles.LINES, lines(repair.text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3.docx"})
    void docxFromLibreOfficeLosesTheSoftHyphenThatIsTcvn3U(String file) throws Exception {
        // LibreOffice reads byte 0xAD (TCVN3 ư) in the .rtf as a soft hyphen and drops it in
        // .docx; "th" → "thư" and "Thờng" → "Thường" come back, "lu" (a syllable) cannot
        String extracted = tika(file, new BodyContentHandler(-1));
        List<String> expected = LegacyTestFiles.LINES.stream()
            .map(l -> l.replace("lưu văn", "lu văn")).collect(Collectors.toList());
        assertEquals(expected, lines(LegacyText.repair(extracted).text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3.rtf", "tcvn3.doc", "tcvn3.docx", "vni.rtf", "vni.doc", "vni.docx"})
    void tikaDoesNotShowFontNames(String file) throws Exception {
        // the extractor has to read run fonts itself (POI for .doc/.docx, \\fonttbl for .rtf)
        String xhtml = tika(file, new ToXMLContentHandler());
        assertFalse(xhtml.contains("VnTime") || xhtml.contains("VNI-Times"), xhtml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3.doc", "vni.doc"})
    void fontNamesFromPoiConfirmTheEncoding(String file) throws Exception {
        Set<String> fonts;
        try (InputStream in = LegacyTestFilesTest.class.getResourceAsStream("/legacy/" + file);
             org.apache.poi.hwpf.HWPFDocument doc = new org.apache.poi.hwpf.HWPFDocument(in)) {
            org.apache.poi.hwpf.usermodel.Range range = doc.getRange();
            fonts = new java.util.TreeSet<>();
            for (int i = 0; i < range.numCharacterRuns(); i++) {
                fonts.add(range.getCharacterRun(i).getFontName());
            }
        }
        String text = tika(file, new BodyContentHandler(-1));
        LegacyRepair repair = LegacyText.repair(text, fonts);
        assertEquals(true, repair.detection().fromFontName(), fonts.toString());
        assertEquals(LegacyTestFiles.LINES, lines(repair.text()));
    }
}
