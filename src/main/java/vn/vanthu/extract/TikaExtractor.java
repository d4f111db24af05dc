package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text out of any supported file through Apache Tika. The type is detected from the bytes (the
 * file name is only a hint), so HTML or RTF saved with a .doc name still parses.
 * Thread-safe: one instance serves every extraction thread.
 */
public final class TikaExtractor {
    /** Types an office archive holds; anything else is refused with a clear reason. */
    private static final Set<String> SUPPORTED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    private final AutoDetectParser parser;
    private final int maxChars;

    public TikaExtractor(int maxChars) {
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        this.maxChars = maxChars;
    }

    public TikaExtractor() {
        this(50_000_000);
    }

    /** Extracts text from the bytes of a file named {@code filename}. */
    public ExtractedText extract(byte[] bytes, String filename) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("the file is empty (0 bytes)");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        String mediaType = detect(bytes, metadata);
        if (!SUPPORTED.contains(mediaType)) {
            throw new ExtractionException("unsupported file type " + mediaType
                    + " (supported: .docx, .doc, .pdf, .odt, .rtf, .html, .txt)");
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        List<String> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("the file is encrypted or password-protected", e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException("the file is empty (0 bytes)", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add("text truncated at " + maxChars + " characters");
            } else {
                throw new ExtractionException("the file's content could not be read: " + e.getMessage(), e);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            throw new ExtractionException("the file is damaged or not a valid " + mediaType
                    + ": " + rootMessage(e), e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            warnings.add("no text layer: the file looks like a scan and needs OCR");
        }
        return new ExtractedText(text, mediaType, warnings);
    }

    private String detect(byte[] bytes, Metadata metadata) throws ExtractionException {
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            MediaType type = parser.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new ExtractionException("the file's type could not be detected: " + e.getMessage(), e);
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        // OCR is its own step (issue 4); until then never let Tika OCR scans in English by default.
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
