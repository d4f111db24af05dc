package vn.vanthu.trust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Generates small, distinct Vietnamese documents (.txt, .html, .docx), each carrying a unique
 * searchable token {@code maso<i>x}, for the crash, backup and load tests.
 * {@code main DIR COUNT} writes them for the scripts.
 */
public final class SmallDocuments {
    private static final String[] SENTENCES = {
            "Hội đồng nhân dân tỉnh tổ chức kỳ họp thường lệ để xem xét báo cáo kinh tế xã hội.",
            "Ủy ban nhân dân huyện báo cáo kết quả tiếp xúc cử tri trước kỳ họp.",
            "Thường trực Hội đồng nhân dân giám sát việc giải quyết kiến nghị của cử tri.",
            "Nghị quyết về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh.",
            "Kế hoạch tổ chức lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng bầu.",
    };

    private SmallDocuments() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = write(Path.of(args[0]), Integer.parseInt(args[1]), 42);
        System.out.println("wrote " + files.size() + " documents to " + args[0]);
    }

    /** The token that only document {@code i} contains. */
    public static String token(int i) {
        return "maso" + i + "x";
    }

    public static List<Path> write(Path dir, int count, long seed) throws IOException {
        return write(dir, 0, count, seed);
    }

    /** Documents {@code first} to {@code first + count - 1}. */
    public static List<Path> write(Path dir, int first, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String title = "Báo cáo số " + (i + 1) + "/BC-HĐND về công tác " + token(i);
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 3 + random.nextInt(6); s++) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            body.append("Mã tra cứu ").append(token(i)).append('.');
            Path file = switch (i % 3) {
                case 0 -> Files.writeString(dir.resolve(String.format("van-ban-%04d.txt", i)),
                        title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
                case 1 -> Files.writeString(dir.resolve(String.format("van-ban-%04d.html", i)),
                        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                                + title + "</h1><p>" + body + "</p></body></html>", StandardCharsets.UTF_8);
                default -> docx(dir.resolve(String.format("van-ban-%04d.docx", i)), title, body.toString());
            };
            out.add(file);
        }
        return out;
    }

    public static Path docx(Path file, String title, String body) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(body);
            doc.write(out);
        }
        return file;
    }
}
