package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/**
 * {@link FontNames} looks for legacy font names only where one can start: it must find exactly
 * what its pattern finds run over the whole file as ISO-8859-1 and UTF-16LE text (how it used to
 * scan), on random bytes salted with font names and on real files.
 */
class FontNamesScanTest {
    private static final String[] PIECES = {".VnTime", ".VnTimeH", ".Vn", ".VnA", "VNI-Times", "VNI Helve", "VNI-", "VNI x",
            "VNtimes new roman", "VNtimes", "VNI VNI-Times", ".VnTime.VnArial", ".VnTimes New Roman 1234567890123456789012345",
            "VNI-Times-Bold-Italic-Extra-Long-Name-Here", "Arial", "Times New Roman", ".", "V", "N", "VN", " ", "-"};

    /**
     * The scan as it was: the pattern over the whole file decoded three ways. UTF-16LE is decoded
     * unit by unit here: Java's decoder also swallowed the unit after a lone high surrogate, so
     * in random bytes the old scan could miss a name right after one; the new scan does not.
     */
    private static Set<String> reference(byte[] bytes) {
        Set<String> names = new TreeSet<>();
        scan(new String(bytes, StandardCharsets.ISO_8859_1), names);
        scan(units(bytes, 0), names);
        scan(units(bytes, 1), names);
        return names;
    }

    private static String units(byte[] b, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i + 1 < b.length; i += 2) {
            sb.append((char) ((b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8));
        }
        return sb.toString();
    }

    private static void scan(String s, Set<String> names) {
        Matcher m = FontNames.LEGACY.matcher(s);
        while (m.find() && names.size() < 50) {
            names.add(m.group());
        }
    }

    @Test
    void findsWhatThePatternFindsOnRandomBytes() {
        Random r = new Random(42);
        int withNames = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(12);
            for (int i = 0; i < parts; i++) {
                sb.append(r.nextInt(3) == 0 ? (char) ('A' + r.nextInt(60)) : PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            byte[] bytes = switch (r.nextInt(4)) {
                case 0 -> text.getBytes(StandardCharsets.ISO_8859_1);
                case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
                case 2 -> concat(new byte[]{(byte) r.nextInt(256)}, text.getBytes(StandardCharsets.UTF_16LE));
                default -> noise(r, text);
            };
            Set<String> expected = reference(bytes);
            withNames += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, FontNames.legacyFonts(bytes, "application/msword"), text);
        }
        assertTrue(withNames > 5_000, "most rounds hold a name: " + withNames);
    }

    @Test
    void findsWhatThePatternFindsInRealFiles() throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (Path dir : List.of(Path.of("sample-docs"), Path.of("../shared/corpus/originals"), Path.of("src/test/resources"))) {
            if (Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".docx") && !f.toString().endsWith(".odt")
                            && !f.toString().endsWith(".xlsx")).forEach(files::add);
                }
            }
        }
        int found = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Set<String> expected = reference(bytes);
            found += expected.isEmpty() ? 0 : 1;
            // Real files: the same as Java's decoder too (the old scan exactly).
            Set<String> decoded = new TreeSet<>();
            scan(new String(bytes, StandardCharsets.ISO_8859_1), decoded);
            scan(new String(bytes, StandardCharsets.UTF_16LE), decoded);
            if (bytes.length > 1) {
                scan(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16LE), decoded);
            }
            assertEquals(decoded, expected, f.toString());
            assertEquals(expected, FontNames.legacyFonts(bytes, "application/msword"), f.toString());
        }
        assertTrue(found > 0, "some test files declare legacy fonts");
    }

    /**
     * The one pass adds what the three scans one after the other added, also where they stopped at
     * 50 names: which 50 depends on the order of the scans (ISO-8859-1, then UTF-16LE even, odd).
     */
    @Test
    void onePassStopsAtFiftyNamesAsTheThreeScansDid() {
        Random r = new Random(7);
        int capped = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder latin = new StringBuilder();
            StringBuilder utf16 = new StringBuilder();
            for (int i = 0; i < 40 + r.nextInt(200); i++) {
                (r.nextBoolean() ? latin : utf16).append(" .Vn").append((char) ('A' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)))
                        .append(r.nextInt(3) == 0 ? " VNI-X" + r.nextInt(9) : "").append(' ');
            }
            byte[] a = latin.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] u = utf16.toString().getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = r.nextBoolean() ? concat(a, concat(new byte[r.nextInt(2)], u)) : concat(concat(u, new byte[1]), a);
            Set<String> threeScans = new TreeSet<>();
            FontNames.scanBytes(bytes, 0, 1, threeScans);
            FontNames.scanBytes(bytes, 0, 2, threeScans);
            FontNames.scanBytes(bytes, 1, 2, threeScans);
            assertEquals(threeScans, FontNames.legacyFonts(bytes, "application/pdf"));
            capped += threeScans.size() == 50 ? 1 : 0;
        }
        assertTrue(capped > 50, "many rounds reach the 50 names: " + capped);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The text's bytes in one of the encodings, with random bytes around and inside. */
    private static byte[] noise(Random r, String text) {
        byte[] t = text.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
        byte[] out = new byte[t.length + 8];
        r.nextBytes(out);
        System.arraycopy(t, 0, out, 4, t.length);
        for (int i = 0; i < 2; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }
}
