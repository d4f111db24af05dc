package vn.vanthu.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/**
 * scripts/bench-searchui: a generated index (fixed seed) and the search page's costs: the query
 * with its facets and month counts (read from doc values), beside the baseline the month chart
 * must not become (every match's stored fields read to count months), and the 10,000-row exports.
 * Prints a table; writes it to the file given as the first argument.
 */
public final class SearchPageBenchmark {
    private static final int RUNS = 7;
    private static final String[] TOPICS = {"dự toán ngân sách", "đầu tư công trung hạn", "chương trình giám sát",
            "quy hoạch sử dụng đất", "xây dựng nông thôn mới", "phòng chống thiên tai", "cải cách hành chính",
            "giáo dục và đào tạo", "y tế cơ sở", "giao thông nông thôn", "tiếp xúc cử tri", "an ninh trật tự"};
    private static final String[][] TYPES = {{"KH", "Kế hoạch"}, {"BC", "Báo cáo"}, {"NQ", "Nghị quyết"},
            {"TB", "Thông báo"}, {"TTr", "Tờ trình"}};
    private static final String[] ISSUERS = {"Thường trực HĐND huyện Khoa", "HĐND huyện Khoa", "UBND huyện Khoa",
            "Ban Kinh tế - Xã hội HĐND huyện Khoa", "Ban Pháp chế HĐND huyện Khoa"};

    public static void main(String[] args) throws Exception {
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("vanthu-bench-searchui-");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long t0 = System.nanoTime();
            generate(index, docs);
            double indexMs = (System.nanoTime() - t0) / 1e6;
            SearchRequest broad = request("huyện", 10);
            SearchResults r = index.search(broad);
            double page = median(() -> index.search(broad));
            double baseline = median(() -> monthsFromStoredFields(index.rows(broad, docs)));
            double rows = median(() -> index.rows(broad, SearchExport.MAX_ROWS));
            List<SearchHit> exportRows = index.rows(broad, SearchExport.MAX_ROWS);
            double csv = median(() -> SearchExport.csv(index.rows(broad, SearchExport.MAX_ROWS)));
            double xlsx = median(() -> SearchExport.xlsx(index.rows(broad, SearchExport.MAX_ROWS)));
            int csvBytes = SearchExport.csv(exportRows).length;
            int xlsxBytes = SearchExport.xlsx(exportRows).length;
            int months = r.facets().get("month").size();
            boolean same = monthsFromStoredFields(index.rows(broad, docs)).equals(asMap(r));
            String table = String.format(java.util.Locale.ROOT, """
                    | measure (%,d generated documents, query "huyện" matching %,d; median of %d runs) | time |
                    |---|---|
                    | **search page query**: page 1 of 10 with snippets, 5 facets and the month counts (%d months) from doc values | **%.1f ms** |
                    | baseline: month counts by reading every match's stored fields (what the chart must not do) | %.1f ms |
                    | export rows: the first %,d results' stored fields, text not read | %.1f ms |
                    | CSV export of %,d rows (%,d bytes) | %.1f ms |
                    | .xlsx export of %,d rows (%,d bytes) | %.1f ms |

                    Month counts from doc values equal those from stored fields: %s. Indexing the generated documents took %.1f s.
                    """, docs, r.total(), RUNS, months, page, baseline, exportRows.size(), rows, exportRows.size(), csvBytes,
                    csv, exportRows.size(), xlsxBytes, xlsx, same ? "yes" : "NO", indexMs / 1000);
            System.out.print(table);
            if (args.length > 0 && !args[0].isBlank()) {
                Files.writeString(Path.of(args[0]), "# Search page benchmark\n\nCommand: `scripts/bench-searchui"
                        + (args.length > 1 ? " " + args[0] + " " + docs : "") + "` (run on " + LocalDate.now() + ")\n\n" + table);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static SearchRequest request(String q, int size) {
        return new SearchRequest(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, size);
    }

    private static void generate(SearchIndex index, int docs) {
        Random random = new Random(20161114);
        LocalDate start = LocalDate.of(2010, 1, 1);
        for (int i = 1; i <= docs; i++) {
            String[] type = TYPES[random.nextInt(TYPES.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String issuer = ISSUERS[random.nextInt(ISSUERS.length)];
            LocalDate issued = start.plusDays(random.nextInt(15 * 365));
            int term = 9 + (issued.getYear() - 2010) / 5;
            SessionRef session = new SessionRef(1 + random.nextInt(12), Optional.of(term), SessionRef.REGULAR);
            String number = i + "/" + type[0] + "-HĐND";
            String title = type[1] + " về " + topic + " năm " + issued.getYear();
            String text = issuer.toUpperCase(java.util.Locale.ROOT) + "\nSố: " + number + "\nKhoa, ngày " + issued.getDayOfMonth()
                    + " tháng " + issued.getMonthValue() + " năm " + issued.getYear() + "\n" + type[1].toUpperCase(java.util.Locale.ROOT)
                    + "\n" + title + "\nThực hiện chương trình công tác, " + issuer + " báo cáo kết quả " + topic
                    + " tại kỳ họp thứ " + session.number() + " HĐND huyện, các xã và thị trấn trên địa bàn huyện; đề nghị "
                    + TOPICS[random.nextInt(TOPICS.length)] + " tiếp tục được quan tâm trong thời gian tới.";
            DocumentMetadata m = new DocumentMetadata(DocumentNumber.parse(number), Optional.of(new DocumentType(type[0], type[1])),
                    Optional.of(issued), Optional.of("Khoa"), Optional.of(issuer), Optional.empty(), Optional.of(title),
                    Optional.of(session), Optional.empty(), List.of());
            index.put(new ArchivedDocument(i, Integer.toHexString(i), "doc-" + i + ".txt", "text/plain", text.length(),
                    Instant.EPOCH, m, text, List.of()));
        }
        index.commit();
    }

    private static Map<String, Integer> monthsFromStoredFields(List<SearchHit> hits) {
        Map<String, Integer> out = new TreeMap<>();
        hits.forEach(h -> h.issued().ifPresent(d -> out.merge(YearMonth.from(LocalDate.parse(d)).toString(), 1, Integer::sum)));
        return out;
    }

    private static Map<String, Integer> asMap(SearchResults r) {
        Map<String, Integer> out = new TreeMap<>();
        r.facets().get("month").forEach(f -> out.put(f.value(), f.count()));
        return out;
    }

    private static double median(Supplier<Object> work) {
        work.get();
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }
}
