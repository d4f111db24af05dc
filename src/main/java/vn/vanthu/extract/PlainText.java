package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * Plain UTF-8 text read in this process, without Tika's parser machinery: the same text, type and
 * warnings as {@link TikaExtractor} gives, for the files where that can be known without it
 * (most .txt files). Decoding is one linear pass that cannot hang, so such a file needs neither
 * the extraction child nor its time limit; everything else answers empty and goes to Tika.
 *
 * <p>Taken here, and only here: bytes that decode strictly as UTF-8 (with or without a byte order
 * mark), hold no control bytes but tab, line feed and carriage return, and no character outside
 * the Basic Multilingual Plane nor U+FFFE/U+FFFF (Tika's XML output would replace them); that Tika
 * would type {@code text/plain} ({@link PlainTextType}); that Tika's encoding detectors would read as
 * UTF-8 (or, for ASCII, as a charset that reads ASCII the same); that Tika's text parser would not
 * take for a table ({@link TableSniff}); not blank; within the character limit. A legacy 8-bit
 * file (TCVN3, VNI, CP1258 bytes) is not valid UTF-8 and still goes to Tika, whose charset
 * detection and the repair after it are unchanged; VIQR is ASCII, read here to the same text.
 */
public final class PlainText {
    /** Charsets that read ASCII bytes as ASCII: what Tika's detectors answer for an ASCII file. */
    private static final Set<String> ASCII_READERS = Set.of("US-ASCII", "ISO-8859-1", "windows-1252", "UTF-8");

    private final PlainTextType type;
    /** Tika's encoding detectors in the order its composite detector asks them (the first answer wins). */
    private final List<EncodingDetector> encodings;
    private final int maxChars;

    /**
     * @param types     Tika's type registry (the one its detector uses)
     * @param encodings Tika's encoding detector (the one its text parser uses)
     * @param maxChars  the extraction's character limit: longer files go to Tika, which truncates
     */
    public PlainText(MimeTypes types, EncodingDetector encodings, int maxChars) {
        this.type = new PlainTextType(types);
        this.encodings = inOrder(encodings);
        this.maxChars = maxChars;
    }

    /** The file's text as Tika would give it, or empty where Tika must read it. */
    public Optional<ExtractedText> extract(byte[] bytes, String filename) {
        if (bytes.length == 0 || bytes.length >= maxChars || !textBytes(bytes)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        // Tika's reader skips one byte order mark.
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        if (text.isBlank() || text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0
                || !type.isPlainText(bytes, filename) || !readAsUtf8(bytes, filename) || TableSniff.looksLikeTable(text)) {
            return Optional.empty();
        }
        // Tika writes the text as one paragraph, which its text output ends with a line break.
        String mediaType = MediaType.TEXT_PLAIN.toString();
        return Optional.of(new ExtractedText(text + "\n", mediaType, List.of(), false,
                List.copyOf(FontNames.legacyFonts(bytes, mediaType))));
    }

    /**
     * No control byte but tab, line feed and carriage return (Tika's XML output replaces a form
     * feed and DEL with U+FFFD; its text detection refuses the others), and no 4-byte UTF-8 sequence (Tika cuts
     * the text in 4 096-character pieces, and a pair of surrogates cut in two becomes two U+FFFD).
     */
    private static boolean textBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F || (b & 0xF8) == 0xF0
                    // C1 controls (U+0080..U+009F, bytes C2 80..C2 9F): Tika's output may replace them too.
                    || (b == (byte) 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) < 0xA0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether Tika's encoding detection (HTML meta, then universal, then ICU) reads these bytes as UTF-8 would. */
    private boolean readAsUtf8(byte[] bytes, String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        metadata.set(Metadata.CONTENT_TYPE, MediaType.TEXT_PLAIN.toString());
        Charset charset = null;
        // Tika's HTML detector answers only from a "<meta" tag: without a '<' it answers nothing,
        // so it is not asked (it decoded the bytes and compiled a pattern, a tenth of this path's time).
        boolean tags = indexOf(bytes, (byte) '<') >= 0;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            for (EncodingDetector d : encodings) {
                if (!(d instanceof HtmlEncodingDetector) || tags) {
                    charset = d.detect(in, metadata);
                    if (charset != null) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            return false;
        }
        if (charset == null) {
            return false;
        }
        return charset.equals(StandardCharsets.UTF_8) || (ascii(bytes) && ASCII_READERS.contains(charset.name()));
    }

    /** A composite detector's detectors, nested composites opened: asking them in turn gives its answer. */
    static List<EncodingDetector> inOrder(EncodingDetector detector) {
        if (!(detector instanceof CompositeEncodingDetector composite)) {
            return List.of(detector);
        }
        List<EncodingDetector> out = new java.util.ArrayList<>();
        composite.getDetectors().forEach(d -> out.addAll(inOrder(d)));
        return List.copyOf(out);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
