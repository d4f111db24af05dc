package vn.vanthu.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the legacy-encoded test files under src/test/resources/legacy (run by
 * scripts/make-legacy-test-files, which then turns the .rtf files into .doc with LibreOffice).
 * The bytes come from our own codecs; the .rtf files name the fonts a legacy document uses,
 * .VnTime / .VnTimeH for TCVN3 and VNI-Times for VNI, with the bytes as \'xx escapes.
 */
public final class LegacyTestFiles {

    /** The text every file holds, in Unicode. Capital lines are set in .VnTimeH in the TCVN3 .rtf. */
    public static final List<String> LINES = List.of(
        "UỶ BAN NHÂN DÂN",
        "HUYỆN THANH SƠN",
        "Số: 15/2010/QĐ-UBND",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thanh Sơn, ngày 29 tháng 11 năm 2011",
        "QUYẾT ĐỊNH",
        "Về việc ban hành quy chế tiếp công dân",
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
        "Xét đề nghị của Chánh Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân huyện,",
        "Điều 1. Ban hành kèm theo Quyết định này quy chế tiếp công dân của huyện.",
        "Điều 2. Quyết định này có hiệu lực sau 07 ngày kể từ ngày ký.",
        "Nơi nhận: Thường trực Huyện uỷ; Đảng bộ các xã, thị trấn; lưu văn thư.");

    private LegacyTestFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/legacy");
        Files.createDirectories(dir);
        String text = String.join("\n", LINES) + "\n";
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(dir.resolve("tcvn3.txt"), Tcvn3Codec.encode(text));
        Files.write(dir.resolve("vni.txt"), VniCodec.toMojibake(text).getBytes(cp1252));
        Files.write(dir.resolve("viqr.txt"), ViqrCodec.encode(text).getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("cp1258.txt"), Cp1258Codec.encode(text));
        Files.writeString(dir.resolve("tcvn3.rtf"), rtf(".VnTime", ".VnTimeH", true), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("vni.rtf"), rtf("VNI-Times", "VNI-Times", false), StandardCharsets.US_ASCII);
    }

    /** An RTF document whose runs use the legacy fonts; capital lines use the second font. */
    static String rtf(String font, String capitalsFont, boolean tcvn3) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\n");
        sb.append("{\\fonttbl{\\f0\\fnil\\fcharset0 ").append(font).append(";}{\\f1\\fnil\\fcharset0 ")
            .append(capitalsFont).append(";}}\n");
        for (String line : LINES) {
            boolean capitals = line.equals(line.toUpperCase(java.util.Locale.ROOT));
            byte[] bytes = tcvn3 ? Tcvn3Codec.encode(line) : VniCodec.toMojibake(line).getBytes(Charset.forName("windows-1252"));
            sb.append("{\\pard\\f").append(capitals ? 1 : 0).append("\\fs26 ");
            for (byte b : bytes) {
                int c = b & 0xFF;
                if (c >= 0x80) {
                    sb.append(String.format("\\'%02x", c));
                } else if (c == '\\' || c == '{' || c == '}') {
                    sb.append('\\').append((char) c);
                } else {
                    sb.append((char) c);
                }
            }
            sb.append("\\par}\n");
        }
        sb.append("}\n");
        return sb.toString();
    }
}
