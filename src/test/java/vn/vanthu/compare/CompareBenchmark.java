package vn.vanthu.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.index.SearchIndex;

/**
 * scripts/bench-compare: a generated archive of 100,000 documents (catalog rows written directly,
 * deterministic: fixed seed), then the time to compare two sessions beside baselines measured in
 * the same run (a plain count query; loading the two sessions' documents). Writes the table to
 * docs/BENCHMARKS-compare.md when given that path.
 */
public final class CompareBenchmark {
    private static final int DOCUMENTS = 100_000;
    private static final int TERMS = 15;
    private static final int SESSIONS_PER_TERM = 20;
    private static final int PER_SESSION = 60;
    private static final int RUNS = 7;
    private static final String[] ORDINALS = {"", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
            "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi"};
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
    private static final String[] TOPICS = {"dự toán ngân sách", "đầu tư công trung hạn", "chương trình giám sát", "quy hoạch sử dụng đất",
            "xây dựng nông thôn mới", "phòng chống thiên tai", "cải cách hành chính", "giáo dục và đào tạo", "y tế cơ sở",
            "giao thông nông thôn", "thủy lợi nội đồng", "an ninh trật tự"};
    private static final String[] PLACES = {"Long Hòa", "Phước Lộc", "Tân Phú", "Bình Đông", "Hòa Lợi", "An Thạnh", "thị trấn Khoa"};

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        // A second argument keeps the generated archive there and reuses it on the next run.
        if (args.length > 1) {
            run(Files.createDirectories(Path.of(args[1])), out);
            return;
        }
        Path dir = Files.createTempDirectory("vanthu-bench-compare-");
        try {
            run(dir, out);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, Path out) throws Exception {
        Path db = dir.resolve("catalog.db");
        int existing;
        try (Catalog init = Catalog.open(db)) {
            existing = init.count(); // opening creates the schema (all migrations)
        }
        long t0 = System.nanoTime();
        if (existing == 0) {
            generate(db);
        }
        double generateMs = ms(t0);

        try (Catalog catalog = Catalog.open(db); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            SessionStore store = new SessionStore(catalog);
            long t1 = System.nanoTime();
            List<SessionRecord> sessions = new SessionRegistry(store).refresh();
            double refreshMs = ms(t1);
            Comparer comparer = new Comparer(catalog, store, index, IndexConfig.bundled());
            SessionRecord a = sessions.stream().filter(s -> s.ref().number() == 2 && s.ref().term().orElse(0) == 11).findFirst().orElseThrow();
            SessionRecord b = sessions.stream().filter(s -> s.ref().number() == 3 && s.ref().term().orElse(0) == 11).findFirst().orElseThrow();

            double count = median(() -> catalog.count());
            double load = median(() -> store.documentsOf(a.id()).size() + store.documentsOf(b.id()).size());
            Comparison[] last = new Comparison[1];
            double compare = median(() -> {
                last[0] = comparer.compare(Long.toString(a.id()), Long.toString(b.id()));
                return last[0].pairs().size();
            });
            Comparison c = last[0];
            String table = table(catalog.count(), sessions.size(), c, generateMs, refreshMs, count, load, compare);
            System.out.println(table);
            if (out != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, document(table));
                System.out.println("written to " + out);
            }
        }
    }

    private static String table(int docs, int sessions, Comparison c, double generateMs, double refreshMs, double count,
                                double load, double compare) {
        return String.format(Locale.ROOT, """
                | measured (archive of %,d documents, %d sessions) | time |
                |---|---:|
                | baseline: plain count query (`SELECT count(*)`), median of %d | %.2f ms |
                | baseline: load the two sessions' %d + %d documents from the catalog, median of %d | %.1f ms |
                | **compare two sessions** (types, issuers, timeline, %d figures, bigram G², %d pairs with sentence diff), median of %d | **%.1f ms** |
                | read sessions and assign documents over the whole archive (once, after ingestion) | %.0f ms |
                | generate the %,d catalog rows (once) | %.0f ms |
                """, docs, sessions, RUNS, count, c.a().documents().size(), c.b().documents().size(), RUNS, load,
                c.figures().size(), c.pairs().size(), RUNS, compare, refreshMs, docs, generateMs);
    }

    private static String document(String table) {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, JVM args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", load average at the end "
                + loadAverage() + " (the machine is shared: other builds run beside the benchmark)";
        return "# Benchmark: comparing two council sessions\n\n"
                + "- date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " UTC\n"
                + "- machine: " + machine + "\n"
                + "- command: `scripts/bench-compare`\n"
                + "- archive: generated, deterministic (seed 7): " + TERMS + " terms × " + SESSIONS_PER_TERM + " sessions × "
                + PER_SESSION + " session documents (plans, notices, voter-meeting reports, submissions, review reports, "
                + "resolutions, lessons-learned reports, letters), the rest unrelated letters and decisions; rows written "
                + "straight into the SQLite catalog (no extraction, no index).\n"
                + "- target: comparison under 1 s.\n\n" + table;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(Supplier<Object> work) {
        work.get(); // warm-up
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = ms(s);
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    // ---- the generated archive ----

    private static void generate(Path db) throws SQLException, IOException {
        Random rnd = new Random(7);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (sha256, filename, source_path, media_type, size, "
                    + "ingested_at, text, number_raw, number_no, number_type, number_issuer, type_code, type_name, issued, place, "
                    + "issuer, title, session_number, session_term, session_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                LocalDate start = LocalDate.of(1990, 1, 1);
                for (int term = 1; term <= TERMS; term++) {
                    for (int s = 1; s <= SESSIONS_PER_TERM; s++) {
                        // Two sessions a year: July and December.
                        int index = (term - 1) * SESSIONS_PER_TERM + s - 1;
                        LocalDate opening = start.plusMonths(6L * index + 6).withDayOfMonth(10 + rnd.nextInt(12));
                        for (int k = 0; k < PER_SESSION; k++) {
                            add(ps, n++, sessionDocument(rnd, term, s, opening, k));
                        }
                    }
                }
                while (n < DOCUMENTS) {
                    add(ps, n, unrelated(rnd, n));
                    n++;
                    if (n % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private record Row(String code, String name, String issuer, LocalDate issued, String title, String text,
                       Integer sessionNumber, Integer term) {
    }

    private static void add(PreparedStatement ps, int n, Row r) throws SQLException {
        int i = 1;
        ps.setString(i++, String.format("%064x", n));
        ps.setString(i++, "gen-" + n + ".txt");
        ps.setString(i++, "bench:" + n);
        ps.setString(i++, "text/plain");
        ps.setLong(i++, r.text().length());
        ps.setString(i++, "2026-01-01T00:00:00Z");
        ps.setString(i++, r.text());
        String no = Integer.toString(1 + n % 400);
        ps.setString(i++, no + "/" + r.code() + "-" + (r.issuer().startsWith("UBND") ? "UBND" : "HĐND"));
        ps.setString(i++, no);
        ps.setString(i++, r.code());
        ps.setString(i++, r.issuer().startsWith("UBND") ? "UBND" : "HĐND");
        ps.setString(i++, r.code());
        ps.setString(i++, r.name());
        ps.setString(i++, r.issued().toString());
        ps.setString(i++, "Khoa");
        ps.setString(i++, r.issuer());
        ps.setString(i++, r.title());
        if (r.sessionNumber() != null) {
            ps.setInt(i++, r.sessionNumber());
            ps.setInt(i++, r.term());
            ps.setString(i, "thường lệ");
        } else {
            ps.setNull(i++, java.sql.Types.INTEGER);
            ps.setNull(i++, java.sql.Types.INTEGER);
            ps.setNull(i, java.sql.Types.VARCHAR);
        }
        ps.addBatch();
    }

    private static Row sessionDocument(Random rnd, int term, int s, LocalDate opening, int k) {
        String session = "kỳ họp thứ " + ORDINALS[s] + " HĐND huyện khóa " + ROMAN[term];
        String days = "Kỳ họp thứ " + ORDINALS[s] + " HĐND huyện khóa " + ROMAN[term] + " được tổ chức trong hai ngày "
                + opening.getDayOfMonth() + " và " + opening.plusDays(1).getDayOfMonth() + "/" + opening.getMonthValue() + "/"
                + opening.getYear() + " tại Hội trường UBND huyện Khoa.";
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        int delegates = 18 + rnd.nextInt(12);
        String figures = "Có " + delegates + "/30 đại biểu HĐND huyện (" + String.format(Locale.ROOT, "%.2f", delegates * 100 / 30.0).replace('.', ',')
                + "%) tham gia tiếp xúc cử tri, tại " + (5 + rnd.nextInt(6)) + " điểm với tổng số " + (350 + rnd.nextInt(250))
                + " cử tri tham dự; có " + (20 + rnd.nextInt(25)) + " lượt cử tri phát biểu với " + (50 + rnd.nextInt(40)) + " nội dung.";
        String body = filler(rnd, 6 + rnd.nextInt(8));
        return switch (k % 10) {
            case 0 -> new Row("KH", "Kế hoạch", "Thường trực HĐND huyện Khoa", opening.minusDays(40 + rnd.nextInt(10)),
                    "Chuẩn bị tổ chức " + session, "KẾ HOẠCH chuẩn bị tổ chức " + session + ".\n" + days + "\n" + body, s, term);
            case 1 -> new Row("TB", "Thông báo", "Thường trực HĐND huyện Khoa", opening.minusDays(40),
                    "Kết luận Hội nghị liên tịch chuẩn bị " + session, "Thông báo kết luận.\n" + days + "\n" + body, s, term);
            case 2 -> new Row("KH", "Kế hoạch", "Thường trực HĐND huyện Khoa", opening.minusDays(30),
                    "Tổ chức tiếp xúc cử tri trước " + session, "Kế hoạch tiếp xúc cử tri trước " + session + ".\n" + body, s, term);
            case 3 -> new Row("BC", "Báo cáo", "Thường trực HĐND huyện Khoa", opening.minusDays(12),
                    "Tổng hợp kết quả tiếp xúc cử tri trước " + session, "Báo cáo tổng hợp.\n" + figures + "\n" + body, s, term);
            case 4 -> new Row("TTr", "Tờ trình", "UBND huyện Khoa", opening.minusDays(2 + rnd.nextInt(9)),
                    "Về " + topic + " năm " + opening.getYear(), "UBND huyện kính trình HĐND huyện về " + topic + ".\n" + body, s, term);
            case 5 -> new Row("BC", "Báo cáo", "Ban Kinh tế - Xã hội HĐND huyện Khoa", opening.minusDays(3),
                    "Thẩm tra các báo cáo, tờ trình trình " + session, "Báo cáo thẩm tra về " + topic + ".\n" + body, s, term);
            case 6 -> new Row("NQ", "Nghị quyết", "HĐND huyện Khoa", opening.plusDays(1),
                    "Về " + topic + " năm " + (opening.getYear() + 1), "NGHỊ QUYẾT về " + topic + ", thông qua tại " + session + ".\n" + body, s, term);
            case 7 -> new Row("BC", "Báo cáo", "Thường trực HĐND huyện Khoa", opening.plusDays(10 + rnd.nextInt(10)),
                    "Rút kinh nghiệm công tác chuẩn bị, tổ chức, điều hành " + session,
                    "Báo cáo rút kinh nghiệm.\n" + days + "\n" + figures + "\n" + body, s, term);
            case 8 -> new Row("GM", "Giấy mời", "Thường trực HĐND huyện Khoa", opening.minusDays(5), "Dự " + session,
                    "Kính mời dự " + session + ".\n" + body, s, term);
            default -> new Row("CV", "Công văn", "Thường trực HĐND huyện Khoa", opening.minusDays(20 + rnd.nextInt(30)),
                    "V/v chuẩn bị nội dung trình " + session, "Công văn về việc chuẩn bị " + session + ".\n" + body, s, term);
        };
    }

    private static Row unrelated(Random rnd, int n) {
        LocalDate issued = LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(365 * 45));
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        boolean decision = n % 3 == 0;
        return new Row(decision ? "QĐ" : "CV", decision ? "Quyết định" : "Công văn", "UBND huyện Khoa", issued,
                (decision ? "Về việc " : "V/v ") + topic + " tại xã " + PLACES[rnd.nextInt(PLACES.length)],
                "Về " + topic + ".\n" + filler(rnd, 4 + rnd.nextInt(8)), null, null);
    }

    private static final String[] SENTENCES = {
            "Cử tri xã %s đề nghị sớm nâng cấp tuyến đường liên xã bị xuống cấp.",
            "UBND huyện chỉ đạo các phòng, ban chuyên môn phối hợp giải quyết dứt điểm các kiến nghị của cử tri.",
            "Tình hình kinh tế - xã hội tiếp tục phát triển, quốc phòng - an ninh được giữ vững.",
            "Việc gửi tài liệu đến đại biểu còn chậm so với thời gian quy định.",
            "Đề nghị tăng cường kiểm tra vệ sinh an toàn thực phẩm tại chợ %s.",
            "Thủ tục hành chính về đất đai còn kéo dài, gây khó khăn cho người dân.",
            "Các Tổ đại biểu đã chủ động phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn.",
            "Kinh phí thực hiện được bố trí từ nguồn ngân sách huyện năm sau.",
            "Thường trực HĐND huyện đề nghị UBND huyện báo cáo kết quả giải quyết tại kỳ họp tiếp theo.",
            "Công tác phòng chống dịch bệnh trên gia súc, gia cầm được triển khai kịp thời tại xã %s.",
    };

    private static String filler(Random rnd, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(String.format(SENTENCES[rnd.nextInt(SENTENCES.length)], PLACES[rnd.nextInt(PLACES.length)])).append(' ');
            if (i % 3 == 2) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private CompareBenchmark() {
    }
}
