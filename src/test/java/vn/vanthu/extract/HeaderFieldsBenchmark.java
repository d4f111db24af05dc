package vn.vanthu.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.SignatureBlock;

/**
 * Precision and recall of the header fields of issue 5's second pass (markings, "Kính gửi:",
 * "Nơi nhận:", signature block, term years) against the labels of the sample documents (text as
 * Tika gives it) and of six shared originals (their reference text), beside a plain
 * regular-expression baseline run on the same texts. Lists are scored item by item; single
 * values by equality (a value read where the label has none counts against precision).
 *
 * <p>Run by {@code scripts/bench-extract} after the citation benchmark; prints a table.
 */
public final class HeaderFieldsBenchmark {
    private static final List<String> FIELDS = List.of("security", "urgency", "recipients", "distribution", "signature", "termYears");

    // Baseline: what a first regular expression per field would do.
    private static final Pattern B_SECURITY = Pattern.compile("(?imu)^\\s*(tuyệt mật|tối mật|mật)\\s*$");
    private static final Pattern B_URGENCY = Pattern.compile("(?imu)^\\s*(hỏa tốc hẹn giờ|hỏa tốc|thượng khẩn|khẩn)\\s*$");
    private static final Pattern B_KINH_GUI = Pattern.compile("(?iu)Kính gửi\\s*:([^\\n]*)");
    private static final Pattern B_NOI_NHAN = Pattern.compile("(?iu)Nơi nhận\\s*:[^\\n]*\\n((?:[ \\t]*-[^\\n]*\\n)+)");
    private static final Pattern B_AUTHORITY = Pattern.compile("(?mu)^[ \\t]*((?:TM|KT|Q|TL|TUQ)\\.[^\\n]*)\\n[ \\t]*([^\\n]+)");
    private static final Pattern B_TERM = Pattern.compile("(?iu)nhiệm kỳ\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})");

    /** Counts for one field: true positives, values read, values labelled. */
    private static final class Score {
        int tp;
        int read;
        int labelled;

        void add(List<String> expected, List<String> got) {
            labelled += expected.size();
            read += got.size();
            List<String> left = new ArrayList<>(expected);
            for (String g : got) {
                if (left.remove(g)) {
                    tp++;
                }
            }
        }

        String p() {
            return read == 0 ? "—" : String.format("%.1f%%", 100.0 * tp / read);
        }

        String r() {
            return labelled == 0 ? "—" : String.format("%.1f%%", 100.0 * tp / labelled);
        }
    }

    private final MetadataParser parser;
    private final Map<String, Map<String, Score[]>> scores = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    HeaderFieldsBenchmark(MetadataParser parser) {
        this.parser = parser;
    }

    public static void main(String[] args) throws IOException, ExtractionException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path project = Path.of(".");
        HeaderFieldsBenchmark b = new HeaderFieldsBenchmark(new MetadataParser(IndexConfig.at(project.resolve("index-config"))));
        ObjectMapper json = new ObjectMapper();
        TikaExtractor tika = new TikaExtractor();
        for (JsonNode label : json.readTree(project.resolve("src/test/resources/sample-expected/documents.json").toFile())) {
            String file = label.get("filename").asText();
            String text = tika.extract(Files.readAllBytes(project.resolve("sample-docs").resolve(file)), file).text();
            b.score("sample-docs", file, text, label);
        }
        Path originals = shared.resolve("corpus/text/originals_reference_text.jsonl");
        if (Files.exists(originals)) {
            Map<String, String> texts = new HashMap<>();
            for (String line : Files.readAllLines(originals, StandardCharsets.UTF_8)) {
                JsonNode row = json.readTree(line);
                texts.put(row.path("file").asText(), row.path("text").asText(""));
            }
            for (JsonNode label : json.readTree(project.resolve("src/test/resources/corpus-expected/header-fields.json").toFile())) {
                String file = label.get("file").asText();
                if (texts.containsKey(file)) {
                    b.score("shared originals", file, texts.get(file), label);
                }
            }
        } else {
            System.out.println("(no " + originals + ": the shared originals are not scored)");
        }
        b.print();
    }

    void score(String set, String file, String text, JsonNode label) {
        DocumentMetadata m = parser.parse(text);
        Map<String, Score[]> byField = scores.computeIfAbsent(set, k -> new LinkedHashMap<>());
        for (String field : FIELDS) {
            List<String> expected = expected(label, field);
            List<String> ours = ours(m, field);
            List<String> base = baseline(text, field);
            Score[] s = byField.computeIfAbsent(field, k -> new Score[] {new Score(), new Score()});
            s[0].add(expected, ours);
            s[1].add(expected, base);
            if (!expected.equals(ours)) {
                misses.add(set + "\t" + file + "\t" + field + "\texpected " + expected + "\tread " + ours);
            }
        }
    }

    private static List<String> expected(JsonNode label, String field) {
        JsonNode v = label.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (field.equals("signature")) {
            out.add(signature(v.get("authorities"), v.get("position").isNull() ? null : v.get("position").asText()));
        } else if (v.isArray()) {
            v.forEach(n -> out.add(n.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    private static String signature(JsonNode authorities, String position) {
        List<String> parts = new ArrayList<>();
        authorities.forEach(a -> parts.add(a.asText()));
        parts.add(String.valueOf(position));
        return String.join(" / ", parts);
    }

    private static List<String> ours(DocumentMetadata m, String field) {
        return switch (field) {
            case "security" -> m.security().stream().toList();
            case "urgency" -> m.urgency().stream().toList();
            case "recipients" -> m.recipients();
            case "distribution" -> m.distribution();
            case "signature" -> m.signature().map(s -> {
                List<String> parts = new ArrayList<>(s.authorities().stream().map(SignatureBlock.Authority::label).toList());
                parts.add(String.valueOf(s.position().orElse(null)));
                return List.of(String.join(" / ", parts));
            }).orElse(List.of());
            case "termYears" -> m.termYears().map(t -> List.of(t.from() + "-" + t.to())).orElse(List.of());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static List<String> baseline(String text, String field) {
        switch (field) {
            case "security": {
                Matcher s = B_SECURITY.matcher(text);
                return s.find() ? List.of(capitalise(s.group(1))) : List.of();
            }
            case "urgency": {
                Matcher u = B_URGENCY.matcher(text);
                return u.find() ? List.of(capitalise(u.group(1))) : List.of();
            }
            case "recipients": {
                Matcher k = B_KINH_GUI.matcher(text);
                return k.find() && !k.group(1).isBlank() ? List.of(clean(k.group(1))) : List.of();
            }
            case "distribution": {
                Matcher n = B_NOI_NHAN.matcher(text);
                List<String> out = new ArrayList<>();
                if (n.find()) {
                    for (String line : n.group(1).split("\\n")) {
                        out.add(clean(line));
                    }
                }
                return out;
            }
            case "signature": {
                Matcher a = B_AUTHORITY.matcher(text);
                return a.find() ? List.of(a.group(1).strip() + " / " + a.group(2).strip()) : List.of();
            }
            case "termYears": {
                Matcher t = B_TERM.matcher(text);
                return t.find() ? List.of(t.group(1) + "-" + t.group(2)) : List.of();
            }
            default:
                throw new IllegalArgumentException(field);
        }
    }

    private static String clean(String item) {
        return item.strip().replaceFirst("^-\\s*", "").replaceAll("[;.,\\s]+$", "");
    }

    private static String capitalise(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    void print() {
        for (Map.Entry<String, Map<String, Score[]>> set : scores.entrySet()) {
            System.out.println();
            System.out.println("## " + set.getKey());
            System.out.println("| field | ours P | ours R | baseline P | baseline R | labelled |");
            System.out.println("|---|---|---|---|---|---|");
            for (Map.Entry<String, Score[]> f : set.getValue().entrySet()) {
                Score[] s = f.getValue();
                System.out.println("| " + f.getKey() + " | " + s[0].p() + " | " + s[0].r() + " | " + s[1].p() + " | " + s[1].r()
                        + " | " + s[0].labelled + " |");
            }
        }
        System.out.println();
        System.out.println(misses.isEmpty() ? "no misses" : "misses:");
        misses.forEach(System.out::println);
    }
}
