package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
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
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Text out of any supported file through Apache Tika, in this JVM. The type is detected from the
 * bytes (the file name is only a hint), so HTML or RTF saved with a .doc name still parses.
 * Thread-safe: one instance serves every extraction thread. It cannot stop a hung parser: the
 * ingestion pipeline runs it inside {@link ForkedExtractor}'s child processes.
 */
public final class TikaExtractor implements Extractor {
    public static final String ZIP = "application/zip";

    /** Types an office archive holds; anything else is refused with a clear reason. */
    private static final Set<String> SUPPORTED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            // Tables kept as text: a .csv or .tsv name makes Tika type the text so (MANIFEST.tsv).
            "text/csv",
            "text/tab-separated-values",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel",
            "image/png",
            "image/jpeg",
            "image/tiff",
            "image/bmp",
            "image/gif");

    /**
     * What Tika's detector names an encrypted OOXML file (.docx/.xlsx under a password: an OLE2
     * container holding EncryptionInfo): it has no parser, so it is refused here as encrypted.
     */
    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected");

    private final AutoDetectParser parser;
    private final Detector detector;
    private final int maxChars;
    private final OcrSettings ocr;
    private final PackageLimits packageLimits = PackageLimits.defaults();
    private final TikaConfig config;
    /** Built on first use: the extraction child never asks for it. */
    private volatile PlainText plainText;

    public TikaExtractor(int maxChars, OcrSettings ocr) {
        this.config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = parser.getDetector();
        // The type is detected before parsing (to refuse, and to choose OCR); the parser takes it
        // from there rather than running the magic detection a second time.
        parser.setDetector(new DetectedType(detector));
        this.maxChars = maxChars;
        this.ocr = ocr;
    }

    public TikaExtractor(int maxChars) {
        this(maxChars, OcrSettings.detect());
    }

    public TikaExtractor() {
        this(50_000_000);
    }

    public OcrSettings ocr() {
        return ocr;
    }

    /** The in-process reader of plain UTF-8 text, with this extractor's Tika registry and limit. */
    public PlainText plainText() {
        PlainText p = plainText;
        if (p == null) {
            synchronized (this) {
                p = plainText;
                if (p == null) {
                    p = new PlainText(config.getMimeRepository(), config.getEncodingDetector(), maxChars);
                    plainText = p;
                }
            }
        }
        return p;
    }

    @Override
    public ExtractedText extract(byte[] bytes, String filename, Duration timeout) throws ExtractionException {
        return extract(bytes, filename);
    }

    /** Extracts text from the bytes of a file named {@code filename}. */
    public ExtractedText extract(byte[] bytes, String filename) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("the file is empty (0 bytes)");
        }
        // Before any parser opens a zip-based file (.docx, .xlsx, .odt): a bomb is refused with the limit it crosses.
        packageLimits.check(bytes);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        MediaType type = detectType(bytes, filename);
        String mediaType = type.getBaseType().toString();
        if (ENCRYPTED.contains(mediaType)) {
            throw new ExtractionException("the file is encrypted or password-protected (" + mediaType + ")");
        }
        if (!SUPPORTED.contains(mediaType)) {
            throw new ExtractionException("unsupported file type " + mediaType
                    + " (supported: .docx, .doc, .pdf, .odt, .rtf, .html, .txt, .csv, .tsv, .xlsx, .xls, .zip, scanned images)");
        }
        boolean scanLike = isScanLike(mediaType);
        WriteOutContentHandler out = new WriteOutContentHandler(maxChars);
        BodyContentHandler handler = new BodyContentHandler(new PageBreakHandler(out));
        List<String> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(bytes)) {
            DetectedType.preset(metadata, type);
            parser.parse(in, handler, metadata, context(scanLike && ocr.enabled()));
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("the file is encrypted or password-protected", e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException("the file is empty (0 bytes)", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add(String.format(java.util.Locale.ROOT, "text truncated at %,d characters: only that much is "
                        + "searchable; the original file is kept whole", maxChars));
            } else if (declaresEntities(e)) {
                throw new ExtractionException(ENTITIES_REFUSED, e);
            } else {
                throw new ExtractionException("the file's content could not be read: " + e.getMessage(), e);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            if (declaresEntities(e)) {
                throw new ExtractionException(ENTITIES_REFUSED, e);
            }
            if (isEncryption(e)) {
                throw new ExtractionException("the file is encrypted or password-protected", e);
            }
            throw new ExtractionException("the file is damaged or not a valid " + mediaType
                    + ": " + rootMessage(e), e);
        }
        String text = out.toString();
        boolean needsOcr = false;
        if (text.isBlank()) {
            if (scanLike && !ocr.enabled()) {
                needsOcr = true;
                warnings.add("needs OCR: no text layer (a scan?) and Tesseract with the '" + ocr.language()
                        + "' model is not installed; kept without text until it is OCRed");
            } else if (scanLike) {
                warnings.add("no text: OCR (" + ocr.language() + ") found no text in this scan");
            } else {
                warnings.add("no text: the file holds no text");
            }
        }
        return new ExtractedText(text, mediaType, warnings, needsOcr, List.copyOf(FontNames.legacyFonts(bytes, mediaType)));
    }

    /** The file's type from its content, e.g. {@code application/msword}; the name is only a hint. */
    public String detect(byte[] bytes, String filename) throws ExtractionException {
        return detectType(bytes, filename).getBaseType().toString();
    }

    private MediaType detectType(byte[] bytes, String filename) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new ExtractionException("the file's type could not be detected: " + e.getMessage(), e);
        }
    }

    /**
     * The parser's detector: answers the type already detected for the file being parsed (given
     * once through its metadata, and removed from it there), and asks Tika's detector for
     * everything else, such as the files embedded in it.
     */
    private static final class DetectedType implements Detector {
        private static final String KEY = "vanthu:detected-type";
        private final Detector tika;

        DetectedType(Detector tika) {
            this.tika = tika;
        }

        static void preset(Metadata metadata, MediaType type) {
            metadata.set(KEY, type.toString());
        }

        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws IOException {
            String preset = metadata.get(KEY);
            if (preset != null) {
                metadata.remove(KEY);
                return MediaType.parse(preset);
            }
            return tika.detect(input, metadata);
        }
    }

    private static boolean isScanLike(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.startsWith("image/");
    }

    /**
     * OCR only where a scan can be: page images of a PDF (pages without a text layer) and image
     * files. Images embedded in office files are not OCRed: it costs seconds each and their text
     * is rarely the document's.
     */
    private ParseContext context(boolean ocrThis) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage(ocr.language());
        tesseract.setSkipOcr(!ocrThis);
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocrThis ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static final String ENTITIES_REFUSED = "the file declares XML entities (a DOCTYPE), refused so that none is "
            + "expanded (an entity bomb, \"billion laughs\") or read from elsewhere: save it again from its office program";

    /**
     * Tika's secure XML settings refuse a DOCTYPE, or (the parser of .xlsx) stop after 20 entity
     * expansions (JAXP00010001): say why rather than "damaged".
     */
    private static boolean declaresEntities(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("DOCTYPE is disallowed") || m.contains("JAXP00010001"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("EncryptedDocumentException") || name.endsWith("InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        // External tools (tesseract) append their whole stderr; the first line says it.
        return m == null ? t.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }
}
