package vn.vanthu.compare;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison's tables as rows of text, with Vietnamese headings: one source for the .docx
 * and the .xlsx exports so they always show the same figures.
 */
public final class ComparisonTables {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A titled table: a heading row and rows of cells. */
    public record Table(String title, List<String> header, List<List<String>> rows) {
    }

    private ComparisonTables() {
    }

    public static List<Table> of(Comparison c) {
        List<Table> out = new ArrayList<>();
        String a = c.a().label();
        String b = c.b().label();
        out.add(counts("Văn bản theo loại", "Loại văn bản", a, b, c.byType()));
        out.add(counts("Văn bản theo cơ quan ban hành", "Cơ quan ban hành", a, b, c.byIssuer()));
        out.add(documents("Danh sách văn bản — A: " + a, c.a()));
        out.add(documents("Danh sách văn bản — B: " + b, c.b()));
        out.add(timeline("Tiến độ chuẩn bị — A: " + a, c.a()));
        out.add(timeline("Tiến độ chuẩn bị — B: " + b, c.b()));
        List<List<String>> figures = new ArrayList<>();
        for (Comparison.FigureRow f : c.figures()) {
            figures.add(List.of(f.measure(), figure(f.a()), figure(f.b()),
                    f.change().map(ComparisonTables::signed).orElse(""),
                    f.changePercent().map(p -> (p > 0 ? "+" : "") + String.valueOf(p).replace('.', ',') + "%").orElse(""),
                    f.a().map(Figure::document).orElse(""), f.b().map(Figure::document).orElse("")));
        }
        out.add(new Table("Số liệu chính", List.of("Chỉ tiêu", "A", "B", "Thay đổi", "Tỷ lệ thay đổi", "Nguồn A", "Nguồn B"), figures));
        List<List<String>> terms = new ArrayList<>();
        c.distinctiveA().forEach(t -> terms.add(term("đặc trưng A", t)));
        c.distinctiveB().forEach(t -> terms.add(term("đặc trưng B", t)));
        c.shared().forEach(t -> terms.add(term("chung", t)));
        out.add(new Table("Cụm từ đặc trưng và cụm từ chung", List.of("Nhóm", "Cụm từ", "Số lần ở A", "Số lần ở B", "G²"), terms));
        List<List<String>> pairs = new ArrayList<>();
        for (Comparison.DocumentPair p : c.pairs()) {
            pairs.add(List.of(p.a().number(), p.b().number(), p.a().type(), p.basis(), Long.toString(p.same()),
                    Long.toString(p.changed()), Long.toString(p.removed()), Long.toString(p.added())));
        }
        out.add(new Table("Văn bản tương ứng", List.of("Văn bản A", "Văn bản B", "Loại", "Cơ sở ghép cặp", "Câu giống",
                "Câu sửa", "Câu chỉ có ở A", "Câu chỉ có ở B"), pairs));
        return out;
    }

    private static Table counts(String title, String what, String a, String b, List<Comparison.CountRow> rows) {
        List<List<String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(List.of(r.value(), Integer.toString(r.a()), Integer.toString(r.b()), signed(r.change()))));
        return new Table(title, List.of(what, "A: " + a, "B: " + b, "Thay đổi"), out);
    }

    private static Table documents(String title, Comparison.Side side) {
        List<List<String>> out = new ArrayList<>();
        for (Comparison.DocumentRow d : side.documents()) {
            out.add(List.of(d.number(), d.type(), d.issuer(), d.issued().map(VN::format).orElse(""), d.title(), d.reason()));
        }
        return new Table(title, List.of("Số, ký hiệu", "Loại", "Cơ quan ban hành", "Ngày", "Trích yếu", "Lý do xếp vào"), out);
    }

    private static Table timeline(String title, Comparison.Side side) {
        List<List<String>> out = new ArrayList<>();
        for (Comparison.TimelineEntry t : side.timeline()) {
            out.add(List.of(t.issued().map(VN::format).orElse(""), t.number(), t.type(),
                    t.daysBeforeOpening().map(d -> d >= 0 ? d + " ngày trước khai mạc" : (-d) + " ngày sau khai mạc").orElse(""),
                    t.requiredDays().map(d -> "≥ " + d + " ngày").orElse(""), t.late() ? "CHẬM" : ""));
        }
        return new Table(title, List.of("Ngày", "Số, ký hiệu", "Loại", "So với ngày khai mạc", "Hạn", "Chậm"), out);
    }

    private static List<String> term(String group, Term t) {
        return List.of(group, t.phrase(), Integer.toString(t.countA()), Integer.toString(t.countB()),
                String.valueOf(t.logLikelihood()).replace('.', ','));
    }

    static String figure(Optional<Figure> f) {
        return f.map(x -> x.value() + x.outOf().map(o -> "/" + o).orElse("") + x.percent().map(p -> " (" + p + ")").orElse(""))
                .orElse("—");
    }

    static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
