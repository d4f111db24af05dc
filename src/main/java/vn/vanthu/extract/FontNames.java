package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The names of legacy Vietnamese fonts (.VnTime, VNI-Times, …) a file declares: the surest sign of
 * TCVN3 or VNI text, which Tika's text does not carry. Office XML formats are read from their font
 * tables and styles; other files (.doc font tables in UTF-16, RTF font tables, PDF font
 * dictionaries) are scanned as bytes, which costs a pass over the file and no parsing.
 */
final class FontNames {
    /** A legacy Vietnamese font name (TCVN3 ".Vn…", VNI-…); package-visible for the scan's test. */
    static final Pattern LEGACY = Pattern.compile("\\.Vn[A-Za-z0-9]{2,24}|VNI[- ][A-Za-z][A-Za-z0-9-]{1,24}|VNtimes new roman");
    private static final int MAX_XML_BYTES = 8 << 20;

    private FontNames() {
    }

    static Set<String> legacyFonts(byte[] bytes, String mediaType) {
        Set<String> names = new TreeSet<>();
        if (mediaType.startsWith("application/vnd.openxmlformats") || mediaType.startsWith("application/vnd.oasis")) {
            scanZip(bytes, names);
        } else {
            // As text in ISO-8859-1, then in UTF-16LE from an even and from an odd offset.
            scanThreeWays(bytes, names);
        }
        return names;
    }

    private static void scanZip(byte[] bytes, Set<String> names) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String n = e.getName();
                if (n.endsWith("fontTable.xml") || n.endsWith("styles.xml") || n.equals("content.xml")
                        || n.equals("word/document.xml")) {
                    // UTF-8: the names are ASCII, whose bytes stand for themselves in UTF-8.
                    byte[] xml = zip.readNBytes(MAX_XML_BYTES);
                    scanBytes(xml, 0, 1, names);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged container: Tika reports it; no font names is the honest answer here.
        }
    }

    /**
     * What {@code scanBytes} from offset 0 in steps of 1, then from 0 and from 1 in steps of 2 finds,
     * in one pass over the bytes: the three scans cost the extraction child three passes over every
     * .doc and PDF (7 % of its parsing CPU on the shared originals, by JFR). Each of the three keeps
     * its own matches (not overlapping within it), and they are added in the order of the three
     * scans until there are 50 names, as the scans one after the other added them.
     */
    static void scanThreeWays(byte[] b, Set<String> names) {
        List<Set<String>> found = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        int[] end = {-1, -1, -1};
        for (int i = 0; i + 3 <= b.length; i++) {
            byte c = b[i];
            // Every match starts at a '.' or a 'V', in each of the three readings.
            if (c != '.' && c != 'V') {
                continue;
            }
            if (i >= end[0] && found.get(0).size() < 50 && mayStart(b, i, 1)) {
                end[0] = matchAt(b, i, 1, found.get(0), end[0]);
            }
            int k = 1 + (i & 1);
            if (i + 6 <= b.length && i >= end[k] && found.get(k).size() < 50 && mayStart(b, i, 2)) {
                end[k] = matchAt(b, i, 2, found.get(k), end[k]);
            }
        }
        for (Set<String> scan : found) {
            for (String name : scan) {
                if (names.size() >= 50) {
                    return;
                }
                names.add(name);
            }
        }
    }

    /** The match starting at {@code i} (added to {@code names}) and where it ends, or {@code end} if none. */
    private static int matchAt(byte[] b, int i, int step, Set<String> names, int end) {
        int n = Math.min(WINDOW, (b.length - i) / step);
        char[] window = new char[n];
        for (int k = 0; k < n; k++) {
            int at = i + k * step;
            window[k] = step == 2 && b[at + 1] != 0 ? '\uFFFF' : (char) (b[at] & 0xFF);
        }
        Matcher m = LEGACY.matcher(java.nio.CharBuffer.wrap(window));
        if (m.lookingAt()) {
            names.add(m.group());
            return i + m.end() * step;
        }
        return end;
    }

    /**
     * The matches of {@link #LEGACY}, left to right and not overlapping, in the text whose
     * characters are the bytes from {@code from} on in steps of {@code step} (1: ISO-8859-1; 2:
     * UTF-16LE, each character's high byte 0, as every character of a match is ASCII). The pattern
     * runs only where a match can start (".Vn", "VNI", "VNt"): running it at every position of a
     * PDF or .doc of megabytes was a fifth of the extraction process's time on the originals.
     */
    static void scanBytes(byte[] b, int from, int step, Set<String> names) {
        int end = -1;
        for (int i = from; i + 3 * step <= b.length && names.size() < 50; i += step) {
            if (i >= end && mayStart(b, i, step)) {
                end = matchAt(b, i, step, names, end);
            }
        }
    }

    /** Longer than any match of {@link #LEGACY} (29 characters), so a window decides as the whole text would. */
    private static final int WINDOW = 32;

    private static boolean mayStart(byte[] b, int i, int step) {
        if (step == 2 && (b[i + 1] != 0 || b[i + 3] != 0 || b[i + 5] != 0)) {
            return false;
        }
        byte c0 = b[i];
        byte c1 = b[i + step];
        byte c2 = b[i + 2 * step];
        return (c0 == '.' && c1 == 'V' && c2 == 'n') || (c0 == 'V' && c1 == 'N' && (c2 == 'I' || c2 == 't'));
    }
}
