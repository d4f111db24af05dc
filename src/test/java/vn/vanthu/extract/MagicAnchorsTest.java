package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/**
 * {@link MagicAnchors} may only rule out a type that Tika's own evaluation would not match: on
 * headers built from every plain pattern of Tika's registry (placed where it is looked for, in
 * Vietnamese text), on real files of every format, and on random bytes, whenever Tika matches a
 * type its anchors must say it may.
 */
class MagicAnchorsTest {
    @Test
    void neverRulesOutATypeTikaMatches() throws Exception {
        MimeTypes types = MimeTypes.getDefaultMimeTypes();
        Map<String, List<MagicAnchors.Anchor>> anchors = MagicAnchors.read();
        assertTrue(anchors.size() > 150, "most types are anchored: " + anchors.size());
        List<byte[]> headers = new ArrayList<>();
        String background = "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng của Nghị định này.\n".repeat(40);
        String xml = new String(MagicAnchors.class.getClassLoader()
                .getResourceAsStream("org/apache/tika/mime/tika-mimetypes.xml").readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<match\\s[^>]*?value=\"([^\"\\\\]+)\"[^>]*?offset=\"(\\d+)(?::(\\d+))?\"|"
                + "<match\\s[^>]*?offset=\"(\\d+)(?::(\\d+))?\"[^>]*?value=\"([^\"\\\\]+)\"").matcher(xml);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(6);
            int from = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
            String toText = m.group(1) != null ? m.group(3) : m.group(5);
            int to = toText == null ? from : Integer.parseInt(toText);
            if (value.startsWith("0x")) {
                continue;
            }
            byte[] v = value.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"")
                    .getBytes(StandardCharsets.ISO_8859_1);
            for (int at : new int[] {from, (from + to) / 2, to}) {
                byte[] h = java.util.Arrays.copyOf(background.getBytes(StandardCharsets.UTF_8), Math.max(at + v.length, 4096));
                System.arraycopy(v, 0, h, at, v.length);
                headers.add(h);
                headers.add(java.util.Arrays.copyOf(h, at + v.length));
            }
        }
        for (Path dir : List.of(Path.of("sample-docs"), Path.of("src/test/resources"), SharedData.dir().resolve("corpus/originals"))) {
            if (Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        byte[] b = Files.readAllBytes(f);
                        headers.add(java.util.Arrays.copyOf(b, Math.min(b.length, types.getMinLength())));
                    }
                }
            }
        }
        Random r = new Random(3);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[1 + r.nextInt(600)];
            r.nextBytes(b);
            headers.add(b);
        }
        int matched = 0;
        for (Map.Entry<String, List<MagicAnchors.Anchor>> e : anchors.entrySet()) {
            MimeType type = types.forName(e.getKey());
            for (byte[] h : headers) {
                if (type.matchesMagic(h)) {
                    matched++;
                    assertTrue(MagicAnchors.mayMatch(e.getValue(), h, MagicAnchors.firstAt(h)),
                            e.getKey() + " matched by Tika but ruled out: " + new String(h, 0, Math.min(h.length, 80), StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertTrue(matched > 200, "Tika matched anchored types " + matched + " times");
    }
}
