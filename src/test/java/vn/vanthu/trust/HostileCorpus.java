package vn.vanthu.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a corpus of hostile files: damaged, truncated, encrypted, bombs, wrong names, garbage,
 * nesting, enormous lines, broken encodings, scripts. {@code main DIR [--full]}: --full adds the
 * large files (a sparse file of several hundred MB, a 1 GB zip bomb, a 40 MB single line).
 */
public final class HostileCorpus {
    private final Path dir;
    private final boolean full;
    private final Random random = new Random(20261127L);
    private final List<Path> files = new ArrayList<>();

    private HostileCorpus(Path dir, boolean full) {
        this.dir = dir;
        this.full = full;
    }

    public static void main(String[] args) throws Exception {
        boolean full = Arrays.asList(args).contains("--full");
        List<Path> files = write(Path.of(args[0]), full);
        for (Path f : files) {
            System.out.printf("%,15d  %s%n", Files.size(f), f.getFileName());
        }
        System.out.println(files.size() + " hostile files in " + args[0]);
    }

    /** Writes the corpus; {@code full} adds the big files (hundreds of MB on disk or when inflated). */
    public static List<Path> write(Path dir, boolean full) throws IOException {
        Files.createDirectories(dir);
        HostileCorpus c = new HostileCorpus(dir, full);
        c.writeAll();
        return c.files;
    }

    private void writeAll() throws IOException {
        byte[] pdf = pdf("Báo cáo kết quả kỳ họp thứ ba (Bao cao ket qua ky hop thu ba)");
        byte[] docx = docx("Báo cáo kết quả kỳ họp thứ ba");
        put("valid-control.pdf", pdf);
        put("valid-control.docx", docx);
        put("empty.txt", new byte[0]);
        put("empty.pdf", new byte[0]);
        put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        put("truncated-header-only.pdf", Arrays.copyOf(pdf, 16));
        put("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
        put("corrupt.pdf", scribble(pdf));
        put("corrupt.docx", scribble(docx));
        put("encrypted.pdf", encryptedPdf("Báo cáo mật", "mat-khau"));
        put("encrypted-owner-password-only.pdf", encryptedPdf("Báo cáo chỉ khóa quyền sửa", ""));
        put("encrypted.docx", encryptedDocx(docx, "mat-khau"));
        put("xml-entity-bomb.docx", xmlBombDocx());
        put("xml-external-entity.docx", xxeDocx());
        put("zip-bomb.zip", zipBomb("bomb.txt", full ? 1L << 30 : 16L << 20));
        put("zip-bomb-inside.docx", docxWithHugeBody(full ? 1L << 30 : 16L << 20));
        put("nested-zips.zip", nestedZips(40));
        put("pdf-named.docx", pdf("Van ban PDF dat ten .docx"));
        put("docx-named.pdf", docx("Văn bản Word đặt tên .pdf"));
        put("text-named.pdf", "Đây là văn bản thuần, đặt tên .pdf.\n".getBytes(StandardCharsets.UTF_8));
        put("garbage.doc", garbage(1 << 20));
        put("garbage.pdf", garbage(64 << 10));
        put("garbage-no-extension", garbage(256 << 10));
        put("ole-header-garbage.doc", withPrefix(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, garbage(200 << 10)));
        put("pdf-header-garbage.pdf", withPrefix("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage(200 << 10)));
        put("invalid-utf8.txt", invalidUtf8());
        put("nul-bytes.txt", withPrefix("Văn bản có byte NUL ".getBytes(StandardCharsets.UTF_8), new byte[4096]));
        put("scripts.html", scriptsHtml());
        put("deeply-nested.html", deeplyNestedHtml(100_000));
        oneLine("one-enormous-line.txt", full ? 40 << 20 : 2 << 20);
        if (full) {
            sparse("several-hundred-mb.txt", 400L << 20);
        }
    }

    private void put(String name, byte[] bytes) throws IOException {
        files.add(Files.write(dir.resolve(name), bytes));
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writePage(doc, text);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writePage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            // The standard fonts have no Vietnamese glyphs: write the unaccented form.
            cs.showText(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D'));
            cs.endText();
        }
    }

    private static byte[] encryptedPdf(String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writePage(doc, text);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        Path tmp = Files.createTempFile("hostile", ".docx");
        try {
            SmallDocuments.docx(tmp, text, "Nội dung " + text);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] encryptedDocx(byte[] docx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A .docx whose main part declares a billion-laughs entity. */
    private static byte[] xmlBombDocx() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 12; i++) {
            String prev = "&l" + (i - 1) + ";";
            dtd.append("<!ENTITY l").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>");
        return docxWithBody(dtd + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&l12;</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A .docx whose main part asks for a local file through an external entity. */
    private static byte[] xxeDocx() throws IOException {
        return docxWithBody("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");
    }

    private static byte[] docxWithBody(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            docxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A .docx whose document.xml inflates to {@code size} bytes (mostly whitespace inside one run). */
    static byte[] docxWithHugeBody(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            docxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            repeat(zip, (byte) 'a', size);
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void docxSkeleton(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] zipBomb(String entry, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entry));
            repeat(zip, (byte) 0, size);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void repeat(OutputStream out, byte b, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, b);
        for (long left = size; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static byte[] nestedZips(int depth) throws IOException {
        byte[] inner = "Văn bản ở tầng sâu nhất.".getBytes(StandardCharsets.UTF_8);
        String name = "van-ban.txt";
        for (int level = 0; level < depth; level++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(inner);
                zip.closeEntry();
            }
            inner = bytes.toByteArray();
            name = "tang-" + level + ".zip";
        }
        return inner;
    }

    private byte[] scribble(byte[] good) {
        byte[] bad = good.clone();
        for (int i = bad.length / 4; i < bad.length * 3 / 4; i += 7) {
            bad[i] = (byte) random.nextInt(256);
        }
        return bad;
    }

    private byte[] garbage(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] good = "Nghị quyết về kỳ họp thứ ba ".getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        for (int i = 0; i < 200; i++) {
            out.writeBytes(good);
            out.writeBytes(bad[i % bad.length]);
        }
        return out.toByteArray();
    }

    static byte[] scriptsHtml() {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tờ trình <script>alert(1)</script>"
                + "\"><img src=x onerror=alert(2)></title><script>while(true){}</script>"
                + "<style>body{background:url(javascript:alert(3))}</style></head>"
                + "<body onload=\"alert(4)\"><h1>Tờ trình về kỳ họp <script>alert(5)</script></h1>"
                + "<p>Nội dung \"><img src=x onerror=alert(6)> có thẻ độc hại.</p>"
                + "<iframe src=\"javascript:alert(7)\"></iframe><a href=\"javascript:alert(8)\">liên kết</a>"
                + "<svg onload=alert(9)></svg></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deeplyNestedHtml(int depth) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><body>");
        s.append("<div>".repeat(depth)).append("Văn bản lồng sâu").append("</div>".repeat(depth)).append("</body></html>");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void oneLine(String name, int size) throws IOException {
        Path file = dir.resolve(name);
        byte[] words = "hội đồng nhân dân tỉnh kỳ họp thứ ba ".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long written = 0; written < size; written += words.length) {
                out.write(words);
            }
        }
        files.add(file);
    }

    /** A sparse file: it claims hundreds of MB but takes no disk until read. */
    private void sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("Văn bản rất lớn ".getBytes(StandardCharsets.UTF_8));
            raf.setLength(size);
        }
        files.add(file);
    }
}
