package vn.vanthu.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;

/**
 * scripts/bench-reading: CPU time per document of {@link MetadataParser#parse} (what ingestion and
 * the peers benchmark run on every document before indexing it), beside a baseline measured on the
 * same texts in the same run: one tokenising, ICU-folding pass (StandardTokenizer + ICUFoldingFilter,
 * about what SQLite FTS5's unicode61 tokenizer with diacritics removed does to a text). The ratio
 * of the two is the figure to compare between builds; CPU time is this thread's
 * ({@link ThreadMXBean}), so the load of the shared machine inflates it less than wall time.
 *
 * <pre>
 *   ReadingBenchmark --generated FILE.jsonl [--phapdien FILE.jsonl.gz --articles N]
 *                    [--files DIR] [--rounds R] [--dump FILE]      (--rounds 0: dump only)
 * </pre>
 *
 * {@code --files} reads every file of a folder through Tika first (extraction is not timed);
 * {@code --dump} writes each text's metadata ({@code DocumentMetadata.toString()}) one a line, so
 * that two builds' outputs can be compared with diff.
 */
public final class ReadingBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One labelled text. */
    private record Text(String id, String text) {
    }

    /** The texts of one source, and its row of the table. */
    private record Source(String name, List<Text> texts) {
        long utf8Bytes() {
            return texts.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Path generated = null;
        Path phapdien = null;
        Path files = null;
        Path dump = null;
        int articles = 5000;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--generated" -> generated = Path.of(args[++i]);
                case "--phapdien" -> phapdien = Path.of(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--files" -> files = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Source> sources = new ArrayList<>();
        if (generated != null) {
            sources.add(new Source("generated (" + generated.getParent().getFileName() + ")", generated(generated)));
        }
        if (phapdien != null && Files.isRegularFile(phapdien)) {
            sources.add(new Source("phapdien articles", phapdien(phapdien, articles)));
        }
        if (files != null && Files.isDirectory(files)) {
            sources.add(new Source(files.getFileName() + " (Tika text)", extracted(files)));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no texts: give --generated, --phapdien or --files");
        }
        MetadataParser parser = new MetadataParser(IndexConfig.bundled());
        if (dump != null) {
            dump(parser, sources, dump);
        }
        if (rounds < 1) {
            return; // --rounds 0: the dump only
        }
        // Warm-up: one untimed pass of both over every text, so the JIT has compiled both before timing.
        for (Source s : sources) {
            parseAll(parser, s.texts());
            foldAll(s.texts());
        }
        System.out.printf(Locale.ROOT, "%-32s %6s %8s %14s %14s %8s %12s%n",
                "texts", "docs", "MB", "parse µs/doc", "fold µs/doc", "ratio", "parse MB/s");
        for (Source s : sources) {
            long parse = Long.MAX_VALUE;
            long fold = Long.MAX_VALUE;
            // Interleaved rounds, the least CPU time of each kept: the other sessions' load only ever adds time.
            for (int r = 0; r < rounds; r++) {
                parse = Math.min(parse, parseAll(parser, s.texts()));
                fold = Math.min(fold, foldAll(s.texts()));
            }
            int n = s.texts().size();
            double mb = s.utf8Bytes() / 1e6;
            System.out.printf(Locale.ROOT, "%-32s %6d %8.1f %14.1f %14.1f %7.1f× %12.2f%n",
                    s.name(), n, mb, parse / 1e3 / n, fold / 1e3 / n, (double) parse / fold,
                    mb / (parse / 1e9));
        }
        System.out.println("(MB: megabytes of UTF-8 text; parse MB/s: of text per CPU second of MetadataParser.parse on one thread)");
    }

    /** CPU nanoseconds of this thread to parse every text. */
    private static long parseAll(MetadataParser parser, List<Text> texts) {
        long sink = 0;
        long start = CPU.getCurrentThreadCpuTime();
        for (Text t : texts) {
            sink += parser.parse(t.text()).citations().size();
        }
        long spent = CPU.getCurrentThreadCpuTime() - start;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // keeps the results alive
        }
        return spent;
    }

    /** CPU nanoseconds of this thread for one tokenising, ICU-folding pass over every text. */
    private static long foldAll(List<Text> texts) {
        long sink = 0;
        long start = CPU.getCurrentThreadCpuTime();
        try (StandardTokenizer tokenizer = new StandardTokenizer();
             TokenStream folded = new ICUFoldingFilter(tokenizer)) {
            CharTermAttribute term = folded.addAttribute(CharTermAttribute.class);
            for (Text t : texts) {
                tokenizer.setReader(new StringReader(t.text()));
                folded.reset();
                while (folded.incrementToken()) {
                    sink += term.length();
                }
                folded.end();
                folded.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long spent = CPU.getCurrentThreadCpuTime() - start;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return spent;
    }

    private static void dump(MetadataParser parser, List<Source> sources, Path to) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8))) {
            for (Source s : sources) {
                for (Text t : s.texts()) {
                    DocumentMetadata m = parser.parse(t.text());
                    out.println(t.id() + "\t" + m.toString().replace("\n", "\\n"));
                }
            }
        }
    }

    private static List<Text> generated(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Text> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode d = json.readTree(line);
                out.add(new Text(d.get("id").asText(), d.get("text").asText()));
            }
        }
        return out;
    }

    private static List<Text> phapdien(Path gz, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Text> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; out.size() < limit && (line = r.readLine()) != null; ) {
                JsonNode d = json.readTree(line);
                out.add(new Text(d.get("id").asText(), d.get("text").asText()));
            }
        }
        return out;
    }

    private static List<Text> extracted(Path dir) throws IOException {
        TikaExtractor tika = new TikaExtractor();
        List<Text> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    out.add(new Text(f.getFileName().toString(), tika.extract(Files.readAllBytes(f), f.getFileName().toString()).text()));
                } catch (ExtractionException e) {
                    System.err.println("skipped " + f.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }
}
