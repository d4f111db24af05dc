package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Whether Tika's type detection would call a file {@code text/plain}, for bytes already known to
 * be text (strict UTF-8, no control bytes but tab and line breaks): none of Tika's magic patterns
 * matches the file's first bytes, and its name does not narrow the type to a kind of text the
 * archive does not take (a .csv name makes it text/csv). The container detectors (zip, OLE2,
 * gzip, Matroska, …) need bytes such text cannot hold, except two ASCII signatures checked here.
 *
 * <p>Tika's own patterns decide, evaluated by Tika, so the verdict follows Tika's registry. A type
 * is asked of Tika only when a cheap test that every one of its matches passes does not rule it
 * out: for the patterns that scan thousands of offsets (five types took 72 % of the detection's
 * time on small texts) the tests below; for the types whose patterns are all plain strings, their
 * first bytes ({@link MagicAnchors}).
 */
final class PlainTextType {
    /** Bytes Tika's type detection reads from the start of a file (its {@code getMinLength()}). */
    private final int headerLength;
    private final MimeTypes types;
    private final MediaTypeRegistry registry;
    /** The types whose magic Tika is always asked about. */
    private final List<MimeType> alwaysAsked = new ArrayList<>();
    /** The types whose patterns all start with known bytes at known places ({@link MagicAnchors}), and those anchors. */
    private final List<MimeType> anchored = new ArrayList<>();
    private final List<List<MagicAnchors.Anchor>> anchors = new ArrayList<>();
    private final MimeType html;
    private final MimeType xhtml;
    private final MimeType illustrator;
    private final List<MimeType> headerLike = new ArrayList<>();

    /**
     * Types whose every pattern is UTF-16LE text at a range of offsets ("Windows Media Audio"…):
     * a match needs zero bytes, which the texts given here do not hold.
     */
    private static final Set<String> UTF16_SIGNATURES = Set.of("audio/x-ms-wma", "video/x-ms-wmv");

    PlainTextType(MimeTypes types) {
        this.types = types;
        this.registry = types.getMediaTypeRegistry();
        this.headerLength = types.getMinLength();
        this.html = forName("text/html");
        this.xhtml = forName("application/xhtml+xml");
        this.illustrator = forName("application/illustrator+ps");
        headerLike.add(forName("message/rfc822"));
        headerLike.add(forName("text/x-robots"));
        java.util.Map<MimeType, List<MagicAnchors.Anchor>> byType = new java.util.HashMap<>();
        MagicAnchors.read().forEach((name, a) -> {
            try {
                byType.put(types.forName(name), a);
            } catch (MimeTypeException e) {
                // Not a type Tika registered under that name: it stays always asked.
            }
        });
        for (MediaType t : registry.getTypes()) {
            MimeType m = forName(t.toString());
            if (m.hasMagic() && !UTF16_SIGNATURES.contains(m.getName()) && m != html && m != xhtml && m != illustrator
                    && !headerLike.contains(m)) {
                if (byType.containsKey(m)) {
                    anchored.add(m);
                    anchors.add(byType.get(m));
                } else {
                    alwaysAsked.add(m);
                }
            }
        }
    }

    private MimeType forName(String name) {
        try {
            return types.forName(name);
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika's registry lacks " + name, e);
        }
    }

    /**
     * Whether Tika would detect {@code bytes} (strict UTF-8 text with no control bytes but tab,
     * line feed and carriage return) named {@code filename} as {@code text/plain}.
     */
    boolean isPlainText(byte[] bytes, String filename) {
        byte[] header = bytes.length <= headerLength ? bytes : java.util.Arrays.copyOf(bytes, headerLength);
        if (startsWith(header, "bplist") || startsWith(header, "OggS")) {
            return false;
        }
        for (MimeType m : alwaysAsked) {
            if (m.matchesMagic(header)) {
                return false;
            }
        }
        int[] firstAt = MagicAnchors.firstAt(header);
        for (int i = 0; i < anchored.size(); i++) {
            if (MagicAnchors.mayMatch(anchors.get(i), header, firstAt) && anchored.get(i).matchesMagic(header)) {
                return false;
            }
        }
        // Every pattern of text/html and application/xhtml+xml holds a '<'.
        if (indexOf(header, (byte) '<') >= 0 && (html.matchesMagic(header) || xhtml.matchesMagic(header))) {
            return false;
        }
        if (contains(header, "%AI5_FileFormat") && illustrator.matchesMagic(header)) {
            return false;
        }
        // message/rfc822 and text/x-robots: every pattern is a header line "Name:" at the start of
        // the file, after a UTF-8 byte order mark or after a line feed; or starts "#!", "N#!",
        // "Forward", "Pipe".
        if (hasHeaderLine(header) || startsWith(header, "#!") || startsWith(header, "N#!")
                || startsWith(header, "Forward") || startsWith(header, "Pipe")) {
            for (MimeType m : headerLike) {
                if (m.matchesMagic(header)) {
                    return false;
                }
            }
        }
        return nameKeepsPlainText(filename);
    }

    /**
     * Tika narrows text/plain to the type the name gives when that is a kind of text/plain (a .csv
     * name gives text/csv, which the archive refuses): only a name that does not narrow keeps it.
     */
    private boolean nameKeepsPlainText(String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        MediaType hint;
        try {
            // Without content Tika answers the name's type (or octet-stream): its own reading of
            // the name, URI syntax included.
            hint = types.detect(null, metadata);
        } catch (java.io.IOException e) {
            return false;
        }
        return !registry.isSpecializationOf(hint, MediaType.TEXT_PLAIN);
    }

    /** A line (at offset 0, 3 after a byte order mark, or after '\n') that starts with [A-Za-z0-9-]+ then ':'. */
    static boolean hasHeaderLine(byte[] b) {
        boolean lineStart = true;
        boolean inName = false;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (i == 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
                lineStart = true;
                inName = false;
            }
            boolean nameChar = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (lineStart) {
                inName = nameChar;
                lineStart = false;
            } else if (inName) {
                if (c == ':') {
                    return true;
                }
                inName = nameChar;
            }
            if (c == '\n') {
                lineStart = true;
                inName = false;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(byte[] b, String ascii) {
        int first = ascii.charAt(0);
        outer:
        for (int i = 0; i + ascii.length() <= b.length; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int j = 1; j < ascii.length(); j++) {
                if (b[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
