package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private static final Pattern LEGACY = Pattern.compile("\\.Vn[A-Za-z0-9]{2,24}|VNI[- ][A-Za-z][A-Za-z0-9-]{1,24}|VNtimes new roman");
    private static final int MAX_XML_BYTES = 8 << 20;

    private FontNames() {
    }

    static Set<String> legacyFonts(byte[] bytes, String mediaType) {
        Set<String> names = new TreeSet<>();
        if (mediaType.startsWith("application/vnd.openxmlformats") || mediaType.startsWith("application/vnd.oasis")) {
            scanZip(bytes, names);
        } else {
            scan(new String(bytes, StandardCharsets.ISO_8859_1), names);
            scan(new String(bytes, StandardCharsets.UTF_16LE), names);
            // A UTF-16 name may start at an odd offset.
            if (bytes.length > 1) {
                scan(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16LE), names);
            }
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
                    byte[] xml = zip.readNBytes(MAX_XML_BYTES);
                    scan(new String(xml, StandardCharsets.UTF_8), names);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged container: Tika reports it; no font names is the honest answer here.
        }
    }

    private static void scan(String s, Set<String> names) {
        Matcher m = LEGACY.matcher(s);
        while (m.find() && names.size() < 50) {
            names.add(m.group());
        }
    }
}
