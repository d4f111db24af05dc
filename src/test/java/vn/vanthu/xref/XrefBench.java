package vn.vanthu.xref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import vn.vanthu.Archive;
import vn.vanthu.catalog.AccessStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.XrefStore;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.index.SearchRequest;

/**
 * Benchmark of number tracing and the citation graph on a generated archive (run by
 * scripts/bench-xref; not a test). Writes documents and citations straight into a fresh catalog
 * (deterministic: seeded), opens it as an archive (which resolves every citation and reads every
 * date), builds the search index, then times traces, graphs, the missing report, the date view
 * and, in the same run for scale, plain keyword searches.
 *
 * <p>The archive: 20 series (HĐND and UBND of a province and nine districts), ten years, eight
 * types; numbers restart per series, year and type, so a key such as 49/KH-HĐND is borne by up to
 * 100 documents of different issuers and years, which is what makes resolution work. Each
 * document cites 5–15 earlier ones (mostly its own series, some the province), a fifth of them
 * numbers missing from the archive. A tenth of the documents are internal or confidential, so the
 * anonymous visitor's trace leaves some out.
 */
public final class XrefBench {
    private static final String[] PLACES = {"Khoa", "Long Hòa", "Tân Phú", "Bình Sơn", "An Lạc", "Phú Mỹ", "Vĩnh Thạnh",
        "Thạnh Hưng", "Mỹ Xuyên"};
    private static final String[][] TYPES = {
        {"KH", "Kế hoạch"}, {"TB", "Thông báo"}, {"BC", "Báo cáo"}, {"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"},
        {"CV", "Công văn"}, {"TTr", "Tờ trình"}, {"GM", "Giấy mời"}};
    private static final String[] SUBJECTS = {"tổ chức kỳ họp thường lệ", "tiếp xúc cử tri trước kỳ họp",
        "giám sát việc giải quyết kiến nghị của cử tri", "dự toán thu, chi ngân sách nhà nước", "phân bổ vốn đầu tư công",
        "kế hoạch phát triển kinh tế - xã hội", "công tác phòng, chống thiên tai", "xây dựng nông thôn mới",
        "chương trình giám sát", "thẩm tra các báo cáo, tờ trình", "tuyên truyền về kỳ họp", "cải cách hành chính",
        "quản lý đất đai và tài nguyên", "bảo đảm trật tự an toàn giao thông", "chăm lo đời sống người có công",
        "phát triển giáo dục và đào tạo", "y tế cơ sở và bảo hiểm y tế", "mức chi bảo đảm hoạt động của HĐND"};
    private static final String[] RELATIONS = {"căn cứ", "căn cứ", "căn cứ", "căn cứ", "thực hiện", "thực hiện", "theo",
        "theo", "dẫn chiếu", "dẫn chiếu", "kèm theo", "sửa đổi", "thay thế"};
    private static final String[] WORDS = {"tiếp xúc cử tri", "ngân sách", "kỳ họp", "giám sát", "đại biểu",
        "nông thôn mới", "đầu tư công", "thiên tai", "giáo dục", "y tế", "đất đai", "giao thông", "cải cách", "tờ trình"};

    private record Series(String code, String issuer, String shortIssuer) {
    }

    private record Doc(int id, int series, int type, int year, int no, LocalDate issued, String raw, DocumentNumber number) {
    }

    public static void main(String[] args) throws Exception {
        int docs = intArg(args, "--docs", 100_000);
        int citations = intArg(args, "--citations", 1_000_000);
        Path dir = Path.of(strArg(args, "--data", "target/bench-xref"));
        new XrefBench().run(dir, docs, citations);
    }

    private final Random random = new Random(20161228);
    private final List<String[]> table = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();
    private String planKey = "";
    private static final List<String> PUBLIC = List.of("public");

    private void run(Path dir, int docCount, int citationCount) throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        try (Archive empty = Archive.open(dir, IndexConfig.bundled())) {
            // creates the schema
        }
        List<Series> series = series();
        long t0 = System.nanoTime();
        List<Doc> docs = documents(series, docCount);
        int written = write(dir.resolve("catalog.db"), series, docs, citationCount);
        row("generate and write " + docCount + " documents, " + written + " citations", seconds(t0), "", "", "");

        t0 = System.nanoTime();
        Archive archive = Archive.open(dir, IndexConfig.bundled());
        row("open: resolve every citation, read every date", seconds(t0), "", "", "");
        t0 = System.nanoTime();
        archive.reindex(line -> { });
        row("build the search index (reindex)", seconds(t0), "", "", "");
        try (archive) {
            measure(archive, docs);
        }
        recountBaseline(dir.resolve("catalog.db"));
        try (Catalog catalog = Catalog.open(dir.resolve("catalog.db"))) {
            XrefStore store = new XrefStore(catalog);
            store.tracePlans(planKey, AccessStore.ALL_LEVELS).forEach((what, plan) -> plans.add("administrator, " + what + ": " + plan));
            store.tracePlans(planKey, PUBLIC).forEach((what, plan) -> plans.add("anonymous, " + what + ": " + plan));
        }
        print(docCount, written);
    }

    private void measure(Archive archive, List<Doc> docs) {
        Random pick = new Random(7);
        int n = 1000;
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            // Most traces ask for an archived number, some for a missing one; spellings vary like people's.
            keys[i] = i % 10 == 9 ? (900 + pick.nextInt(90)) + "/KH-HĐND"
                    : docs.get(pick.nextInt(docs.size())).raw().toLowerCase(Locale.ROOT).replace("đ", "d");
        }
        long[] cited = {0};
        long[] read = {0};
        timed("trace a number, first page of 50 (/api/numbers)", n, i -> {
            NumberTrace t = archive.trace(keys[i]).orElseThrow();
            cited[0] += t.counts().citations();
            read[0] += t.citedBy().size();
        });
        table.get(table.size() - 1)[4] = String.format(Locale.ROOT, "%.0f citations/trace, %.0f read", cited[0] / (n * 1.25),
                read[0] / (n * 1.25));
        cited[0] = 0;
        read[0] = 0;
        // The same traces as an anonymous visitor: a tenth of the archive is internal or confidential,
        // left out in SQL before counting and paging.
        timed("trace a number, first page, as an anonymous visitor", n, i -> {
            NumberTrace t = archive.trace(keys[i], PUBLIC, NumberTrace.Page.FIRST).orElseThrow();
            cited[0] += t.counts().citations();
        });
        table.get(table.size() - 1)[4] = String.format(Locale.ROOT, "%.0f citations/trace", cited[0] / (n * 1.25));
        read[0] = 0;
        // Before paging a trace read every citation of the number; vanthu trace --all still does.
        timed("baseline: trace with every citation (before paging; vanthu trace --all)", n / 5, i -> read[0] +=
                archive.trace(keys[i], AccessStore.ALL_LEVELS, NumberTrace.Page.ALL).orElseThrow().citedBy().size());
        table.get(table.size() - 1)[4] = String.format(Locale.ROOT, "%.0f read/trace", read[0] / (n / 5 * 1.25));
        planKey = DocumentNumber.parse(keys[0]).orElseThrow().key();
        long[] ids = pick.longs(n, 1, docs.size() + 1).toArray();
        long[] size = {0};
        timed("graph, depth 1", n, i -> size[0] += archive.graph(ids[i], 1).orElseThrow().nodes().size());
        table.get(table.size() - 1)[4] = String.format(Locale.ROOT, "%.0f nodes", size[0] / (n * 1.25));
        size[0] = 0;
        timed("graph, depth 2", 200, i -> size[0] += archive.graph(ids[i], 2).orElseThrow().nodes().size());
        table.get(table.size() - 1)[4] = String.format(Locale.ROOT, "%.0f nodes (cap %d)", size[0] / 250.0,
                CitationGraphBuilder.MAX_NODES);
        timed("document citations + cited by + status", n, i -> {
            var d = archive.document(ids[i]).orElseThrow();
            archive.citationsOf(d);
            archive.citedBy(d);
            archive.status(d.id());
        });
        timed("missing report, first page of 50", 8, i -> archive.missingNumbers(0, 50));
        LocalDate[] months = new LocalDate[100];
        for (int i = 0; i < months.length; i++) {
            months[i] = LocalDate.of(2016 + pick.nextInt(10), 1 + pick.nextInt(12), 1);
        }
        timed("dates of one month (/api/dates, 200 each)", months.length,
                i -> archive.dates(months[i], months[i].plusMonths(1).minusDays(1), 200));
        String[] queries = new String[n];
        for (int i = 0; i < n; i++) {
            queries[i] = WORDS[pick.nextInt(WORDS.length)] + " " + WORDS[pick.nextInt(WORDS.length)];
        }
        timed("baseline: keyword search, two phrases (/api/search)", n,
                i -> archive.search(SearchRequest.of(queries[i])));
    }

    /**
     * The missing report's first page as it was computed before the per-number summary (V9): every
     * missing citation regrouped on each call. Timed in the same run as the summary's reading.
     */
    private void recountBaseline(Path catalog) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + catalog.toAbsolutePath())) {
            timed("baseline: missing report by recount (before V9), first page of 50", 8, i -> {
                try (PreparedStatement ps = db.prepareStatement("SELECT c.number_key, count(*), count(DISTINCT c.document_id), "
                        + "min(d.issued), max(d.issued) FROM citations c "
                        + "JOIN citation_resolutions r ON r.citation_id = c.id JOIN documents d ON d.id = c.document_id "
                        + "WHERE r.status = 'missing' GROUP BY c.number_key ORDER BY count(*) DESC, c.number_key LIMIT 50");
                     var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** Runs {@code op} n times after a warm-up of n/4 (the same first calls), recording p50/p99/max in ms. */
    private void timed(String what, int n, IntConsumer op) {
        for (int i = 0; i < n / 4; i++) {
            op.accept(i);
        }
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            op.accept(i);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        row(what + " ×" + n, "", ms(ns[n / 2]), ms(ns[(int) Math.ceil(n * 0.99) - 1]), ms(ns[n - 1]));
    }

    private void row(String what, String seconds, String p50, String p99, String max) {
        table.add(new String[] {what, seconds, p50, p99, max});
        System.err.println(what + "  " + seconds + " " + p50 + " " + p99 + " " + max);
    }

    private void print(int docs, int citations) {
        System.out.println("| operation | total s | p50 ms | p99 ms | max ms / note |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : table) {
            System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " | " + r[3] + " | " + r[4] + " |");
        }
        System.out.println();
        System.out.println("Archive: " + docs + " documents, " + citations + " citations.");
        System.out.println();
        System.out.println("SQLite's plan for a trace's statements (EXPLAIN QUERY PLAN, number " + planKey + "):");
        System.out.println();
        plans.forEach(p -> System.out.println("- " + p));
    }

    // ---- the generated archive ------------------------------------------------------------

    private static List<Series> series() {
        List<Series> out = new ArrayList<>();
        out.add(new Series("HĐND", "HĐND tỉnh Hòa Nam", "HĐND tỉnh"));
        out.add(new Series("UBND", "UBND tỉnh Hòa Nam", "UBND tỉnh"));
        for (String p : PLACES) {
            out.add(new Series("HĐND", "Thường trực HĐND huyện " + p, "Thường trực HĐND huyện"));
            out.add(new Series("UBND", "UBND huyện " + p, "UBND huyện"));
        }
        return out;
    }

    private List<Doc> documents(List<Series> series, int count) {
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        }
        Arrays.sort(dates);
        Map<String, Integer> counters = new HashMap<>();
        List<Doc> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(series.size());
            int t = random.nextInt(TYPES.length);
            int year = dates[i].getYear();
            int no = counters.merge(s + "/" + t + "/" + year, 1, Integer::sum);
            String code = TYPES[t][0] + "-" + series.get(s).code();
            String raw = TYPES[t][0].equals("NQ") ? no + "/" + year + "/" + code : no + "/" + code;
            out.add(new Doc(i + 1, s, t, year, no, dates[i], raw, DocumentNumber.parse(raw).orElseThrow()));
        }
        return out;
    }

    private int write(Path catalog, List<Series> series, List<Doc> docs, int citationCount) throws SQLException {
        int perDoc = Math.max(1, citationCount / docs.size());
        int written = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + catalog.toAbsolutePath())) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA synchronous=OFF");
            }
            db.setAutoCommit(false);
            String now = Instant.now().toString();
            try (PreparedStatement pd = db.prepareStatement("INSERT INTO documents (id, sha256, filename, source_path, "
                    + "media_type, size, ingested_at, text, warnings, number_raw, number_no, number_year, number_type, "
                    + "number_issuer, number_key, type_code, type_name, issued, place, issuer, parent_issuer, title, access_level) "
                    + "VALUES (?,?,?,?,?,?,?,?,'',?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement pc = db.prepareStatement("INSERT INTO citations (document_id, ordinal, relation, "
                         + "type_name, number_raw, number_no, number_year, number_type, number_issuer, number_key, date, "
                         + "issuer, start_offset, end_offset, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Doc d : docs) {
                    Series se = series.get(d.series());
                    String title = capitalise(SUBJECTS[random.nextInt(SUBJECTS.length)]) + " năm " + d.year();
                    StringBuilder text = new StringBuilder();
                    text.append(se.issuer().toUpperCase(Locale.ROOT)).append("\nSố: ").append(d.raw())
                            .append("\n").append(place(se)).append(", ngày ").append(d.issued().getDayOfMonth())
                            .append(" tháng ").append(d.issued().getMonthValue()).append(" năm ").append(d.year())
                            .append("\n").append(TYPES[d.type()][1].toUpperCase(Locale.ROOT)).append("\n").append(title).append("\n");
                    int n = d.id() == 1 ? 0 : perDoc / 2 + random.nextInt(perDoc + 1);
                    for (int k = 0; k < n && written < citationCount; k++) {
                        Cited c = cited(docs, d, series);
                        String sentence = capitalise(c.relation) + " " + TYPES[c.type][1] + " số " + c.number.raw()
                                + c.date.map(x -> " ngày " + x.getDayOfMonth() + "/" + x.getMonthValue() + "/" + x.getYear()).orElse("")
                                + c.issuer.map(x -> " của " + x).orElse("") + " về " + SUBJECTS[random.nextInt(SUBJECTS.length)] + ";";
                        int start = text.length();
                        text.append(sentence).append('\n');
                        DocumentNumber num = c.number;
                        int i = 1;
                        pc.setInt(i++, d.id());
                        pc.setInt(i++, k);
                        pc.setString(i++, c.relation);
                        pc.setString(i++, TYPES[c.type][1]);
                        pc.setString(i++, num.raw());
                        pc.setString(i++, num.number());
                        pc.setObject(i++, num.year().orElse(null));
                        pc.setString(i++, num.typeCode());
                        pc.setString(i++, num.issuerCode());
                        pc.setString(i++, num.key());
                        pc.setString(i++, c.date.map(LocalDate::toString).orElse(null));
                        pc.setString(i++, c.issuer.orElse(null));
                        pc.setInt(i++, start);
                        pc.setInt(i++, start + sentence.length());
                        pc.setString(i, sentence);
                        pc.addBatch();
                        written++;
                    }
                    text.append("Nội dung về ").append(WORDS[random.nextInt(WORDS.length)]).append(", ")
                            .append(WORDS[random.nextInt(WORDS.length)]).append(" và ").append(WORDS[random.nextInt(WORDS.length)])
                            .append(", hoàn thành trước ngày ").append(d.issued().plusDays(30).getDayOfMonth()).append('/')
                            .append(d.issued().plusDays(30).getMonthValue()).append('/').append(d.issued().plusDays(30).getYear()).append(".\n");
                    DocumentNumber num = d.number();
                    int i = 1;
                    pd.setInt(i++, d.id());
                    pd.setString(i++, String.format("%064x", d.id()));
                    pd.setString(i++, "gen-" + d.id() + ".txt");
                    pd.setString(i++, "/generated/" + d.id());
                    pd.setString(i++, "text/plain");
                    pd.setInt(i++, text.length());
                    pd.setString(i++, now);
                    pd.setString(i++, text.toString());
                    pd.setString(i++, num.raw());
                    pd.setString(i++, num.number());
                    pd.setObject(i++, num.year().orElse(null));
                    pd.setString(i++, num.typeCode());
                    pd.setString(i++, num.issuerCode());
                    pd.setString(i++, num.key());
                    pd.setString(i++, TYPES[d.type()][0]);
                    pd.setString(i++, TYPES[d.type()][1]);
                    pd.setString(i++, d.issued().toString());
                    pd.setString(i++, place(se));
                    pd.setString(i++, se.issuer());
                    pd.setString(i++, null);
                    pd.setString(i++, title);
                    // A tenth of an office's papers are not public (internal, a few confidential).
                    pd.setString(i, d.id() % 50 == 0 ? "confidential" : d.id() % 10 == 0 ? "internal" : "public");
                    pd.addBatch();
                    if (d.id() % 2000 == 0) {
                        pd.executeBatch();
                        pc.executeBatch();
                    }
                }
                pd.executeBatch();
                pc.executeBatch();
            }
            db.commit();
        }
        return written;
    }

    private record Cited(String relation, int type, DocumentNumber number, java.util.Optional<LocalDate> date,
                         java.util.Optional<String> issuer) {
    }

    /** An earlier document of the same series (mostly) or the province, or a number missing from the archive. */
    private Cited cited(List<Doc> docs, Doc citer, List<Series> series) {
        String relation = RELATIONS[random.nextInt(RELATIONS.length)];
        if (random.nextInt(5) == 0) {
            int t = random.nextInt(TYPES.length);
            String raw = (500 + random.nextInt(400)) + "/" + TYPES[t][0] + "-" + series.get(citer.series()).code();
            return new Cited(relation, t, DocumentNumber.parse(raw).orElseThrow(), java.util.Optional.empty(),
                    java.util.Optional.empty());
        }
        int wanted = random.nextInt(4) == 0 ? random.nextInt(2) : citer.series();
        Doc target = null;
        // Walk back from a recent earlier document to one of the wanted series.
        int from = citer.id() - 2 - random.nextInt(Math.min(citer.id() - 1, 3000));
        for (int i = Math.max(0, from); i >= 0 && i >= from - 400; i--) {
            if (docs.get(i).series() == wanted) {
                target = docs.get(i);
                break;
            }
        }
        if (target == null) {
            target = docs.get(Math.max(0, from));
        }
        boolean crossSeries = target.series() != citer.series();
        java.util.Optional<LocalDate> date = random.nextInt(10) < 7 ? java.util.Optional.of(target.issued()) : java.util.Optional.empty();
        java.util.Optional<String> issuer = crossSeries || random.nextInt(3) == 0
                ? java.util.Optional.of(series.get(target.series()).shortIssuer()) : java.util.Optional.empty();
        return new Cited(relation, target.type(), target.number(), date, issuer);
    }

    private static String place(Series s) {
        return s.issuer().substring(s.issuer().indexOf(s.issuer().contains("tỉnh") ? "tỉnh" : "huyện")).replaceFirst("^(tỉnh|huyện) ", "");
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static String seconds(long t0) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
    }

    private static String ms(long ns) {
        return String.format(Locale.ROOT, "%.2f", ns / 1e6);
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(strArg(args, name, Integer.toString(fallback)));
    }

    private static String strArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
