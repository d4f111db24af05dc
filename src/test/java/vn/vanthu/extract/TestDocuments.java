package vn.vanthu.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files of every format, made in the test (never copied from shared data). */
public final class TestDocuments {
    public static final String SENTENCE = "Kế hoạch số 40/KH-HĐND tổ chức tiếp xúc cử tri trước kỳ họp thứ ba";
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TestDocuments() {
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx(String text) throws IOException {
        return workbook(new XSSFWorkbook(), text);
    }

    public static byte[] xls(String text) throws IOException {
        return workbook(new HSSFWorkbook(), text);
    }

    private static byte[] workbook(Workbook wb, String text) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("Tổng hợp").createRow(0);
            row.createCell(0).setCellValue(text);
            row.createCell(1).setCellValue(2016);
            wb.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] html(String text) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>" + text
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** RTF with the text as \\uN escapes, as Word writes non-Latin text. */
    public static byte[] rtf(String text) {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 ");
        for (char c : text.toCharArray()) {
            if (c < 128) {
                sb.append(c);
            } else {
                sb.append("\\u").append((int) (short) c).append('?');
            }
        }
        return sb.append("\\par}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A minimal OpenDocument text: the mimetype entry first and stored, then content.xml. */
    public static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A zip of named entries (a name ending in / is a folder). */
    public static byte[] zip(Object... nameAndBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndBytes[i]));
                zip.write((byte[]) nameAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A PDF with a real text layer (DejaVu Sans embedded), or empty when the font is missing. */
    public static Optional<byte[]> pdf(String text, Optional<String> password) throws IOException {
        if (!Files.isRegularFile(DEJAVU)) {
            return Optional.empty();
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 750);
                cs.showText(text);
                cs.endText();
            }
            if (password.isPresent()) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", password.get(), new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return Optional.of(out.toByteArray());
        }
    }

    /** Lines of Vietnamese text drawn large and black on white, as a scanner would see a page. */
    public static Optional<BufferedImage> scan(String... lines) {
        Font font = new Font("DejaVu Sans", Font.PLAIN, 40);
        if (Arrays.stream(lines).anyMatch(l -> font.canDisplayUpTo(l) != -1)) {
            return Optional.empty();
        }
        BufferedImage img = new BufferedImage(1700, 120 + 80 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 100 + 80 * i);
        }
        g.dispose();
        return Optional.of(img);
    }

    public static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A PDF whose only page is the image: no text layer, like a scanner's output. */
    public static byte[] scannedPdf(BufferedImage img) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(img.getWidth() * 72f / 200, img.getHeight() * 72f / 200));
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
