package vn.vanthu.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Indexing speed, one thread, of the analysis chains side by side in one run: each chain indexes the
 * same texts into an in-memory index (IndexWriter included, as in real indexing), after a warm-up
 * pass, and the best of several rounds is reported in MB of UTF-8 text per second.
 *
 * <p>Usage: {@code AnalysisBenchmark FILE [MB] [ROUNDS]}; FILE is JSONL with a {@code text} field, or
 * gzipped JSONL ({@code .gz}).
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: AnalysisBenchmark FILE.jsonl[.gz] [MB=20] [ROUNDS=3]");
            System.exit(2);
        }
        double limitMb = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> texts = readTexts(Path.of(args[0]), limitMb);
        double mb = 0;
        for (String t : texts) {
            mb += t.getBytes(StandardCharsets.UTF_8).length / 1e6;
        }
        List<LuceneVariant> chains = List.of(
                Variants.icuFolding(),
                Variants.standard(),
                Variants.vanthuFourFields(),
                Variants.vanthu());
        System.out.printf(Locale.ROOT, "texts: %d, %.1f MB UTF-8, best of %d interleaved rounds after a warm-up, "
                + "java %s, %d cores%n", texts.size(), mb, rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        double[] best = new double[chains.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (LuceneVariant chain : chains) {
            index(chain, texts); // warm-up
        }
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < chains.size(); c++) {
                long t0 = System.nanoTime();
                index(chains.get(c), texts);
                best[c] = Math.min(best[c], (System.nanoTime() - t0) / 1e9);
            }
        }
        double baseline = mb / best[0];
        System.out.printf(Locale.ROOT, "%-28s %6s %10s %10s %12s%n", "chain", "fields", "best s", "MB/s", "vs icu");
        for (int c = 0; c < chains.size(); c++) {
            LuceneVariant chain = chains.get(c);
            int fields = chain.document("x", "x").getFields().size() - 1;
            System.out.printf(Locale.ROOT, "%-28s %6d %10.2f %10.2f %11.2fx%n", chain.name(), fields, best[c],
                    mb / best[c], mb / best[c] / baseline);
        }
    }

    private static void index(LuceneVariant chain, List<String> texts) throws IOException {
        IndexWriterConfig iwc = new IndexWriterConfig(chain.indexAnalyzer()).setRAMBufferSizeMB(512)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, iwc)) {
            int i = 0;
            for (String t : texts) {
                w.addDocument(chain.document(Integer.toString(i++), t));
            }
            w.commit();
        }
    }

    static List<String> readTexts(Path file, double limitMb) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        double mb = 0;
        try (BufferedReader r = file.toString().endsWith(".gz")
                ? new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && mb < limitMb) {
                if (line.isBlank()) {
                    continue;
                }
                String text = json.readTree(line).path("text").asText("");
                if (!text.isEmpty()) {
                    out.add(text);
                    mb += text.getBytes(StandardCharsets.UTF_8).length / 1e6;
                }
            }
        }
        return out;
    }
}
