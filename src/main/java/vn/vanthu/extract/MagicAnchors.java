package vn.vanthu.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * For each media type whose every magic pattern is a plain byte string at a fixed offset or a
 * range of offsets (most of Tika's ~400), the byte each pattern starts with and where: a file
 * whose first bytes hold none of them at those places cannot match the type, and Tika need not
 * evaluate its patterns (each evaluation copies the file's first bytes: most of the detection's
 * cost on small files). Read from the same tika-mimetypes.xml Tika reads; a type with any other
 * kind of pattern (regex, numbers, masks, nested groups, escapes this does not read) has no
 * anchors and is always asked.
 */
final class MagicAnchors {
    /** A pattern starts with {@code a} or {@code b} somewhere in {@code [from, to]}. */
    record Anchor(int from, int to, byte a, byte b) {
    }

    private static final String RESOURCE = "org/apache/tika/mime/tika-mimetypes.xml";
    private static final String CUSTOM = "org/apache/tika/mime/custom-mimetypes.xml";

    private MagicAnchors() {
    }

    /** Media type name → its anchors; empty when a custom-mimetypes.xml could add patterns unseen here. */
    static Map<String, List<Anchor>> read() {
        ClassLoader loader = MagicAnchors.class.getClassLoader();
        if (loader.getResource(CUSTOM) != null) {
            return Map.of();
        }
        Map<String, List<Anchor>> out = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
            for (Element type : children(root, "mime-type")) {
                List<Element> magics = children(type, "magic");
                if (magics.isEmpty()) {
                    continue;
                }
                List<Anchor> anchors = new ArrayList<>();
                boolean all = true;
                for (Element magic : magics) {
                    for (Node n = magic.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element e) {
                            Anchor a = "match".equals(e.getTagName()) ? anchor(e) : null;
                            if (a == null) {
                                all = false;
                            } else {
                                anchors.add(a);
                            }
                        }
                    }
                }
                if (all && !anchors.isEmpty()) {
                    out.put(type.getAttribute("type").strip(), List.copyOf(anchors));
                }
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            return Map.of();
        }
        return out;
    }

    /** Whether a file starting with {@code header} can match a type with these anchors. */
    static boolean mayMatch(List<Anchor> anchors, byte[] header, int[] firstAt) {
        for (Anchor x : anchors) {
            if (x.from() == 0) {
                int first = Math.min(firstAt[x.a() & 0xFF], firstAt[x.b() & 0xFF]);
                if (first <= x.to()) {
                    return true;
                }
            } else {
                int to = Math.min(x.to(), header.length - 1);
                for (int i = x.from(); i <= to; i++) {
                    if (header[i] == x.a() || header[i] == x.b()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where each byte value first occurs in {@code header} (Integer.MAX_VALUE: nowhere). */
    static int[] firstAt(byte[] header) {
        int[] first = new int[256];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = header.length - 1; i >= 0; i--) {
            first[header[i] & 0xFF] = i;
        }
        return first;
    }

    /** The anchor of a top-level match, or null where it is not a plain string this reads. */
    private static Anchor anchor(Element m) {
        String type = m.getAttribute("type");
        boolean ignoreCase = type.equals("stringignorecase");
        if (!(type.equals("string") || ignoreCase) || m.hasAttribute("mask") || !m.hasAttribute("value")) {
            return null;
        }
        for (int i = 0; i < m.getAttributes().getLength(); i++) {
            String name = m.getAttributes().item(i).getNodeName();
            if (!name.equals("type") && !name.equals("offset") && !name.equals("value")) {
                return null;
            }
        }
        int from;
        int to;
        try {
            String offset = m.getAttribute("offset").strip();
            int colon = offset.indexOf(':');
            from = Integer.parseInt(colon < 0 ? offset : offset.substring(0, colon));
            to = colon < 0 ? from : Integer.parseInt(offset.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        int first = firstByte(m.getAttribute("value"));
        if (first < 0 || from < 0 || to < from) {
            return null;
        }
        int other = first;
        if (ignoreCase && first < 0x80 && Character.isLetter(first)) {
            other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        } else if (ignoreCase && first >= 0x80) {
            return null;
        }
        return new Anchor(from, to, (byte) first, (byte) other);
    }

    /** The first byte of a match value as Tika decodes it, or -1 where this does not read it. */
    private static int firstByte(String v) {
        if (v.isEmpty()) {
            return -1;
        }
        if (v.startsWith("0x")) {
            return v.length() >= 4 && isHex(v.charAt(2)) && isHex(v.charAt(3)) ? Integer.parseInt(v.substring(2, 4), 16) : -1;
        }
        char c = v.charAt(0);
        if (c != '\\') {
            return c < 0x80 ? c : -1;
        }
        if (v.length() < 2) {
            return -1;
        }
        // Tika reads \\, \n, \r and \xNN; any other escape as an octal number (so "\ " is a zero byte).
        return switch (v.charAt(1)) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case '\\' -> '\\';
            case 'x' -> v.length() >= 4 && isHex(v.charAt(2)) && isHex(v.charAt(3)) ? Integer.parseInt(v.substring(2, 4), 16) : -1;
            default -> -1;
        };
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
