package vn.vanthu.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.NumberMention;

/**
 * scripts/bench-extract: precision and recall per field of the citation reader against the
 * labelled citations of the Pháp điển compendium ({@code source_citation} against
 * {@code src_so_hieu}, {@code src_loai}, {@code src_ngay_ban_hanh}, {@code src_co_quan}), beside a
 * plain regular-expression baseline run on the same rows. Labels that are themselves wrong are
 * listed (in {@code target/bench-extract-label-errors.tsv}) and left out of the scores.
 */
public final class ExtractBenchmark {

    // The baseline: one regular expression per field, first match wins.
    private static final Pattern BASE_NUMBER = Pattern.compile("\\d+/(?:\\d{4}/)?[\\p{Lu}][\\p{L}\\d&.()/-]*[\\p{L}\\d)]");
    private static final Pattern BASE_TYPE = Pattern.compile("^\\S+\\s+\\S+\\s+(.+?)\\s+số");
    private static final Pattern BASE_DATE = Pattern.compile("ngày (\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern BASE_ISSUER = Pattern.compile("của ([^,]+)");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern MALFORMED_ISSUER = Pattern.compile(
            "(?iu)ngày \\d|(?<!\\p{L})(?:về|quy định|hướng dẫn|sửa đổi|ban hành|phê duyệt|trong|thành lập|chế độ|chính sách)(?!\\p{L})|[(!.]$|\\(");

    /** Hits, predictions and gold counts for one field. */
    private static final class Score {
        long correct;
        long predicted;
        long gold;

        String p() {
            return predicted == 0 ? "—" : String.format(Locale.ROOT, "%.2f%%", 100.0 * correct / predicted);
        }

        String r() {
            return gold == 0 ? "—" : String.format(Locale.ROOT, "%.2f%%", 100.0 * correct / gold);
        }
    }

    private final MetadataParser parser;
    private final DocumentTypes types;
    private final IssuerTable issuers;
    private final Map<String, Score[]> scores = new LinkedHashMap<>();
    private final List<String> labelErrors = new ArrayList<>();
    private final Map<String, Integer> labelErrorKinds = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private long rows;
    private long effectiveDateTaken;
    private long baselineEffectiveDateTaken;
    private long kyHieuCovered;
    private long withNumber;

    private ExtractBenchmark(IndexConfig config) {
        this.parser = new MetadataParser(config);
        this.types = new DocumentTypes(config);
        this.issuers = new IssuerTable(config);
        for (String f : List.of("number", "type", "issue date (stated)", "issuer (stated)", "issuer from ký hiệu")) {
            scores.put(f, new Score[] {new Score(), new Score()});
        }
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path data = shared.resolve("corpus/text/phapdien_articles.jsonl.gz");
        if (!Files.exists(data)) {
            System.err.println("no labelled data at " + data);
            System.exit(2);
        }
        ExtractBenchmark bench = new ExtractBenchmark(IndexConfig.bundled());
        long t0 = System.nanoTime();
        bench.run(data);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        bench.print(ms);
        Path out = Path.of("target/bench-extract-label-errors.tsv");
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("kind\tlabel\tread\tcitation");
            bench.labelErrors.forEach(w::println);
        }
        Path missFile = Path.of("target/bench-extract-misses.tsv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(missFile, StandardCharsets.UTF_8))) {
            w.println("field\tlabel\tread\tcitation");
            bench.misses.forEach(w::println);
        }
        System.out.println("label errors listed in " + out + "; remaining misses in " + missFile);
        Path originals = shared.resolve("corpus/text/originals_reference_text.jsonl");
        if (Files.exists(originals)) {
            bench.compareOnOriginals(originals, Path.of("target/bench-extract-originals-diff.tsv"));
        }
    }

    // Baseline for running text: numbers as above, dates as d/m/yyyy or "ngày d tháng m năm yyyy".
    private static final Pattern BASE_ANY_DATE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})|ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");

    /**
     * On the shared originals (their reference text), the numbers and dates each reader finds, and
     * every difference with its context, for judging by hand (docs/BENCHMARKS-extract.md).
     */
    private void compareOnOriginals(Path jsonl, Path diffOut) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long oursNumbers = 0;
        long baseNumbers = 0;
        long oursDates = 0;
        long baseDates = 0;
        long citations = 0;
        long docs = 0;
        List<String> diffs = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            String file = row.path("file").asText();
            String text = Fold.nfc(row.path("text").asText(""));
            docs++;
            citations += parser.parse(text).citations().size();
            Map<Integer, String> ours = new LinkedHashMap<>();
            for (NumberMention m : DocumentNumber.findAll(text)) {
                ours.put(m.start(), text.substring(m.start(), m.end()));
            }
            Map<Integer, String> base = new LinkedHashMap<>();
            Matcher b = BASE_NUMBER.matcher(text);
            while (b.find()) {
                base.put(b.start(), b.group());
            }
            oursNumbers += ours.size();
            baseNumbers += base.size();
            diff("number", file, text, ours, base, diffs);
            Map<Integer, String> ourDates = new LinkedHashMap<>();
            vn.vanthu.document.DateMentions.findAll(text).forEach(d -> ourDates.put(d.start(), d.date().toString()));
            Map<Integer, String> baseDateMap = new LinkedHashMap<>();
            Matcher bd = BASE_ANY_DATE.matcher(text);
            while (bd.find()) {
                try {
                    LocalDate d = bd.group(1) != null
                            ? LocalDate.of(Integer.parseInt(bd.group(3)), Integer.parseInt(bd.group(2)), Integer.parseInt(bd.group(1)))
                            : LocalDate.of(Integer.parseInt(bd.group(6)), Integer.parseInt(bd.group(5)), Integer.parseInt(bd.group(4)));
                    baseDateMap.put(bd.group(1) != null ? bd.start() : bd.start(), d.toString());
                } catch (java.time.DateTimeException e) {
                    baseDateMap.put(bd.start(), "invalid:" + bd.group());
                }
            }
            oursDates += ourDates.size();
            baseDates += baseDateMap.size();
            diff("date", file, text, ourDates, baseDateMap, diffs);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(diffOut, StandardCharsets.UTF_8))) {
            w.println("what\twho\tfile\tvalue\tcontext");
            diffs.forEach(w::println);
        }
        System.out.printf(Locale.ROOT, "%nShared originals (reference text), %d documents: numbers ours %d, baseline %d; "
                + "dates ours %d, baseline %d; citations read %d; %d differences listed in %s%n",
                docs, oursNumbers, baseNumbers, oursDates, baseDates, citations, diffs.size(), diffOut);
    }

    /** Mentions one reader found and the other did not, keyed by where they start (dates: same start or same value nearby). */
    private static void diff(String what, String file, String text, Map<Integer, String> ours, Map<Integer, String> base, List<String> out) {
        for (Map.Entry<Integer, String> e : ours.entrySet()) {
            if (!near(base, e.getKey(), e.getValue(), what)) {
                out.add(what + "\tonly ours\t" + file + "\t" + e.getValue().replaceAll("\\s+", " ") + "\t" + context(text, e.getKey()));
            }
        }
        for (Map.Entry<Integer, String> e : base.entrySet()) {
            if (!near(ours, e.getKey(), e.getValue(), what)) {
                out.add(what + "\tonly baseline\t" + file + "\t" + e.getValue().replaceAll("\\s+", " ") + "\t" + context(text, e.getKey()));
            }
        }
    }

    private static boolean near(Map<Integer, String> other, int at, String value, String what) {
        for (Map.Entry<Integer, String> e : other.entrySet()) {
            if (Math.abs(e.getKey() - at) <= 12 && (what.equals("number")
                    ? e.getValue().replaceAll("\\s", "").equals(value.replaceAll("\\s", "")) : e.getValue().equals(value))) {
                return true;
            }
        }
        return false;
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
    }

    private void run(Path data) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = json.readTree(line);
                String citation = row.path("source_citation").asText("");
                String label = row.path("src_so_hieu").asText("").strip();
                if (citation.isEmpty() || label.isEmpty()) {
                    continue;
                }
                rows++;
                score(citation, label, row.path("src_loai").asText("").strip(), row.path("src_ngay_ban_hanh").asText("").strip(),
                        row.path("src_co_quan").asText("").strip(), row.path("src_ngay_hieu_luc").asText("").strip());
            }
        }
    }

    private void score(String citation, String numberLabel, String typeLabel, String dateLabel, String issuerLabel, String effectiveLabel) {
        List<Citation> read = parser.citations(citation);
        Optional<Citation> first = read.stream().filter(c -> c.number().isPresent()).findFirst();
        Optional<DocumentNumber> ours = first.flatMap(Citation::number);

        // number
        Optional<String> labelError = numberLabelError(numberLabel, citation);
        Matcher bm = BASE_NUMBER.matcher(citation);
        Optional<String> base = bm.find() ? Optional.of(bm.group()) : Optional.empty();
        if (labelError.isPresent()) {
            recordLabelError(labelError.get(), numberLabel, ours.map(DocumentNumber::display).orElse(""), citation);
        } else {
            String goldKey = DocumentNumber.parse(numberLabel).map(DocumentNumber::key).orElse(numberLabel);
            tally("number", 0, ours.map(DocumentNumber::key), goldKey, citation);
            tally("number", 1, base, numberLabel, null);
        }
        if (ours.isPresent()) {
            withNumber++;
        }

        // type: the type word as read, named through the table
        if (!typeLabel.isEmpty()) {
            Optional<String> t = first.flatMap(Citation::typeName).flatMap(types::byName).map(DocumentType::name)
                    .or(() -> first.flatMap(Citation::typeName));
            tallyFolded("type", 0, t, typeLabel, citation);
            Matcher tm = BASE_TYPE.matcher(citation);
            tallyFolded("type", 1, tm.find() ? Optional.of(tm.group(1)) : Optional.empty(), typeLabel, null);
        }

        // issue date: scored where the citation states it; a date read anywhere else is a false positive
        String head = citation.split(",\\s*có hiệu lực", 2)[0];
        boolean dateStated = !dateLabel.isEmpty() && head.contains("ngày " + dateLabel);
        Optional<String> ourDate = first.flatMap(Citation::date).map(d -> d.format(DMY));
        dateLabel = dateLabel.isEmpty() ? dateLabel : normaliseDate(dateLabel);
        Optional<Integer> numberYear = ours.flatMap(DocumentNumber::year);
        if (dateStated && numberYear.isPresent() && dateLabel.matches("\\d{2}/\\d{2}/\\d{4}")
                && !dateLabel.endsWith("/" + numberYear.get())) {
            recordLabelError("date label in another year than the number's", dateLabel, ourDate.orElse(""), citation);
        } else if (dateStated && ourDate.isPresent() && !ourDate.get().equals(dateLabel) && innerSays(read, first, c -> c.date().map(d -> d.format(DMY)), dateLabel)) {
            recordLabelError("date label is a cited document's date", dateLabel, ourDate.get(), citation);
        } else {
            scoreDates(citation, first, dateStated, dateLabel, effectiveLabel);
        }
        // issuer as stated ("ngày … của Quốc hội")
        boolean issuerStated = !issuerLabel.isEmpty() && head.contains(" của ");
        boolean issuerLabelBad = !issuerLabel.isEmpty() && MALFORMED_ISSUER.matcher(issuerLabel).find();
        Optional<String> ourStated = first.flatMap(Citation::issuer);
        final String il = issuerLabel;
        if (issuerStated && issuerLabelBad) {
            recordLabelError("issuer label runs past the issuer", issuerLabel, ourStated.orElse(""), citation);
        } else if (issuerStated && ourStated.isPresent() && !sameIssuer(ourStated.get(), il)
                && read.stream().filter(c -> c != first.get()).anyMatch(c -> c.issuer().filter(i -> sameIssuer(i, il)).isPresent())) {
            recordLabelError("issuer label is a cited document's issuer", issuerLabel, ourStated.get(), citation);
        } else {
            Optional<String> ourIssuer = first.flatMap(Citation::issuer);
            Matcher im = BASE_ISSUER.matcher(head);
            Optional<String> baseIssuer = Optional.empty();
            while (im.find()) {
                baseIssuer = Optional.of(im.group(1).strip());
            }
            tallyIssuer("issuer (stated)", 0, ourIssuer, issuerStated ? Optional.of(issuerLabel) : Optional.empty(), citation);
            tallyIssuer("issuer (stated)", 1, baseIssuer, issuerStated ? Optional.of(issuerLabel) : Optional.empty(), null);
        }

        // issuer from the ký hiệu, for every citation with a number
        Optional<String> fromKyHieu = ours.flatMap(issuers::fromNumber);
        if (fromKyHieu.isPresent()) {
            kyHieuCovered++;
        }
        if (!issuerLabel.isEmpty() && !issuerLabelBad) {
            tallyIssuer("issuer from ký hiệu", 0, fromKyHieu, Optional.of(issuerLabel), citation);
        }
    }

    private void scoreDates(String citation, Optional<Citation> first, boolean dateStated, String dateLabel, String effectiveLabel) {
        Optional<String> ourDate = first.flatMap(Citation::date).map(d -> d.format(DMY));
        Matcher dm = BASE_DATE.matcher(citation);
        Optional<String> baseDate = dm.find() ? Optional.of(normaliseDate(dm.group(1))) : Optional.empty();
        tallyStated("issue date (stated)", 0, ourDate, dateStated ? Optional.of(dateLabel) : Optional.empty(), citation);
        tallyStated("issue date (stated)", 1, baseDate, dateStated ? Optional.of(dateLabel) : Optional.empty(), null);
        if (ourDate.isPresent() && !effectiveLabel.isEmpty() && ourDate.get().equals(normaliseDate(effectiveLabel)) && !ourDate.get().equals(dateLabel)) {
            effectiveDateTaken++;
        }
        if (baseDate.isPresent() && !effectiveLabel.isEmpty() && baseDate.get().equals(normaliseDate(effectiveLabel)) && !baseDate.get().equals(dateLabel)) {
            baselineEffectiveDateTaken++;
        }

    }

    /** Whether a citation other than the first carries the labelled value. */
    private static boolean innerSays(List<Citation> read, Optional<Citation> first,
            java.util.function.Function<Citation, Optional<String>> field, String label) {
        return read.stream().filter(c -> c != first.orElse(null)).anyMatch(c -> field.apply(c).filter(label::equals).isPresent());
    }

    /**
     * A label that is not the number the citation writes: cut at a space ("11" for "11
     * /2018/TT-BGTVT", "16/2015/TT-" for "16/2015/TT- BVHTTDL") or carrying a stray quote.
     */
    private static Optional<String> numberLabelError(String label, String citation) {
        if (label.contains("\"") || label.contains("'")) {
            return Optional.of("stray quote in number label");
        }
        if (label.matches("\\d+") && citation.matches("(?s).*(?<!\\d)" + label + "\\s+[-/]?\\s*\\p{Lu}.*")) {
            return Optional.of("number label cut at a space");
        }
        List<NumberMention> found = DocumentNumber.findAll(citation);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String written = citation.substring(found.get(0).start(), found.get(0).end()).replaceAll("\\s+", "");
        String compact = label.replaceAll("\\s+", "");
        if (!written.equals(compact) && written.startsWith(compact)) {
            int at = citation.indexOf(label);
            if (at >= 0 && at + label.length() < citation.length() && Character.isWhitespace(citation.charAt(at + label.length()))) {
                return Optional.of("number label cut at a space");
            }
        }
        return Optional.empty();
    }

    private void recordLabelError(String kind, String label, String read, String citation) {
        labelErrorKinds.merge(kind, 1, Integer::sum);
        labelErrors.add(kind + "\t" + label + "\t" + read + "\t" + citation.replace('\t', ' '));
    }

    private void tally(String field, int who, Optional<String> predicted, String gold, String citation) {
        Score s = scores.get(field)[who];
        s.gold++;
        if (predicted.isPresent()) {
            s.predicted++;
            if (predicted.get().equals(gold)) {
                s.correct++;
                return;
            }
        }
        miss(field, gold, predicted, citation);
    }

    private void tallyFolded(String field, int who, Optional<String> predicted, String gold, String citation) {
        tally(field, who, predicted.map(ExtractBenchmark::norm), norm(gold), citation);
    }

    /** Scored only where the label is stated; a prediction elsewhere counts against precision. */
    private void tallyStated(String field, int who, Optional<String> predicted, Optional<String> gold, String citation) {
        Score s = scores.get(field)[who];
        if (gold.isPresent()) {
            s.gold++;
        }
        if (predicted.isPresent()) {
            s.predicted++;
            if (gold.isPresent() && predicted.get().equals(gold.get())) {
                s.correct++;
                return;
            }
        }
        if (gold.isPresent() || predicted.isPresent()) {
            miss(field, gold.orElse(""), predicted, citation);
        }
    }

    private void tallyIssuer(String field, int who, Optional<String> predicted, Optional<String> gold, String citation) {
        Score s = scores.get(field)[who];
        if (gold.isPresent()) {
            s.gold++;
        }
        if (predicted.isPresent()) {
            s.predicted++;
            if (gold.isPresent() && sameIssuer(predicted.get(), gold.get())) {
                s.correct++;
                return;
            }
        }
        if (gold.isPresent() || predicted.isPresent()) {
            miss(field, gold.orElse(""), predicted, citation);
        }
    }

    private void miss(String field, String gold, Optional<String> predicted, String citation) {
        if (citation != null && misses.size() < 20_000) {
            misses.add(field + "\t" + gold + "\t" + predicted.orElse("") + "\t" + citation.replace('\t', ' '));
        }
    }

    /**
     * Issuer names match when equal after folding case and tone-mark style, or when the label is
     * the table's name cut at a comma ("Bộ Văn hóa" for "Bộ Văn hóa, Thể thao và Du lịch"), or names
     * the body the table's name belongs to ("Tòa án nhân dân tối cao" for its Hội đồng Thẩm phán),
     * or drops the country ("Ngân hàng Nhà nước").
     */
    static boolean sameIssuer(String ours, String label) {
        if (sameBody(ours, label)) {
            return true;
        }
        // Joint documents: the label names the issuers in another order, or only the one written first.
        List<String> parts = List.of(ours.split(" và (?=\\p{Lu})"));
        List<String> labelled = List.of(label.split(" và (?=\\p{Lu})"));
        return parts.size() > 1 && labelled.stream().allMatch(l -> parts.stream().anyMatch(p -> sameBody(p, l)));
    }

    private static boolean sameBody(String ours, String label) {
        String a = norm(ours);
        String b = norm(label);
        String withCommas = Fold.fold(Fold.nfc(ours)).replaceAll("\\s+", " ");
        return a.equals(b) || a.endsWith(" " + b) || a.startsWith(b + " ") && a.endsWith("viet nam")
                || withCommas.startsWith(Fold.fold(Fold.nfc(label.strip())) + ",");
    }

    private static String norm(String s) {
        return Fold.fold(Fold.nfc(s)).replaceAll("[.\\s]+$", "").replaceAll("[,\\-–]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String normaliseDate(String dmy) {
        String[] p = dmy.split("/");
        if (p.length != 3 || !dmy.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return dmy;
        }
        return String.format(Locale.ROOT, "%02d/%02d/%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]);
    }

    private void print(long ms) {
        System.out.printf(Locale.ROOT, "Pháp điển labelled citations: %d rows with a citation and a number (%d ms, %.0f rows/s)%n%n",
                rows, ms, rows * 1000.0 / Math.max(1, ms));
        System.out.println("| field | ours P | ours R | baseline P | baseline R | scored |");
        System.out.println("|---|---|---|---|---|---|");
        scores.forEach((f, s) -> System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n",
                f, s[0].p(), s[0].r(), s[1].p(), s[1].r(), s[0].gold));
        System.out.printf(Locale.ROOT, "%nissuer from ký hiệu covers %d of %d citations with a number read (%.2f%%)%n",
                kyHieuCovered, withNumber, 100.0 * kyHieuCovered / Math.max(1, withNumber));
        System.out.printf(Locale.ROOT, "effective date taken as issue date: ours %d, baseline %d%n", effectiveDateTaken, baselineEffectiveDateTaken);
        System.out.println("label errors (listed, not scored):");
        labelErrorKinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %d%n", k, v));
    }
}
