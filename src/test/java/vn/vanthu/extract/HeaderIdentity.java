package vn.vanthu.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;

/**
 * scripts/header-identity: what the header reader and the metadata reader make of a fixed set of
 * texts, one text a line, so that two builds' outputs can be compared with diff (a refactoring of
 * the reader must leave every line as it was).
 *
 * <pre>
 *   HeaderIdentity texts OUT.jsonl [--originals DIR --labels TSV [--ocr]] [--files DIR]
 *                                  [--generated FILE.jsonl]... [--phapdien FILE.jsonl.gz --articles N]
 *                                  [--reference FILE.jsonl]
 *   HeaderIdentity dump TEXTS.jsonl OUT.tsv
 * </pre>
 *
 * {@code texts} gathers the texts once (files through Tika and the text repairs, as ingestion reads
 * them; scans through Tesseract only with {@code --ocr}), so both builds read the very same texts and
 * OCR runs once. {@code dump} writes, for each text, its source and id, the whole {@link Header}
 * (number and its offsets, date, place, issuer, parent, type word, title, letter, end, stamps) and
 * the whole {@link DocumentMetadata} (type, session, term, signer, citations…).
 */
public final class HeaderIdentity {

    private HeaderIdentity() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("texts")) {
            texts(Path.of(args[1]), List.of(args).subList(2, args.length));
        } else if (args.length == 3 && args[0].equals("dump")) {
            dump(Path.of(args[1]), Path.of(args[2]));
        } else {
            throw new IllegalArgumentException("usage: texts OUT.jsonl SOURCES… | dump TEXTS.jsonl OUT.tsv");
        }
    }

    private static void texts(Path out, List<String> args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path originals = null;
        Path labels = null;
        boolean ocr = false;
        int articles = 3000;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--originals" -> originals = Path.of(args.get(++i));
                case "--labels" -> labels = Path.of(args.get(++i));
                case "--ocr" -> ocr = true;
                case "--articles" -> articles = Integer.parseInt(args.get(++i));
                default -> {
                    // sources are read in a second pass, in the order given
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            if (originals != null && labels != null) {
                originals(json, w, originals, labels, ocr);
            }
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--files" -> files(json, w, Path.of(args.get(++i)));
                    case "--generated" -> jsonl(json, w, "generated", Path.of(args.get(++i)), "id", Integer.MAX_VALUE);
                    case "--phapdien" -> jsonl(json, w, "phapdien", Path.of(args.get(++i)), "id", articles);
                    case "--reference" -> jsonl(json, w, "reference", Path.of(args.get(++i)), "file", Integer.MAX_VALUE);
                    case "--originals", "--labels", "--articles" -> i++;
                    case "--ocr" -> {
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
                }
            }
        }
    }

    /** The labelled originals, read as OriginalTitlesTest reads them; scans only with OCR on. */
    private static void originals(ObjectMapper json, PrintWriter w, Path dir, Path labels, boolean ocr) throws IOException {
        TikaExtractor plain = new TikaExtractor(50_000_000, OcrSettings.disabled());
        TikaExtractor withOcr = ocr ? new TikaExtractor(50_000_000, OcrSettings.detect()) : null;
        TextRepair repair = new TextRepair();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean scan = cols[1].equals("ocr");
            if (scan && !ocr) {
                continue;
            }
            try {
                String text = repair.repair((scan ? withOcr : plain).extract(Files.readAllBytes(dir.resolve(cols[0])),
                        Path.of(cols[0]).getFileName().toString())).text();
                write(json, w, "originals", cols[0], text);
            } catch (ExtractionException e) {
                System.err.println("skipped " + cols[0] + ": " + e.getMessage());
            }
        }
    }

    private static void files(ObjectMapper json, PrintWriter w, Path dir) throws IOException {
        TikaExtractor tika = new TikaExtractor();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    write(json, w, dir.getFileName().toString(), f.getFileName().toString(),
                            tika.extract(Files.readAllBytes(f), f.getFileName().toString()).text());
                } catch (ExtractionException e) {
                    System.err.println("skipped " + f.getFileName() + ": " + e.getMessage());
                }
            }
        }
    }

    private static void jsonl(ObjectMapper json, PrintWriter w, String source, Path file, String idField, int limit)
            throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; n < limit && (line = r.readLine()) != null; n++) {
                JsonNode d = json.readTree(line);
                write(json, w, source, d.get(idField).asText(), d.get("text").asText());
            }
        }
    }

    private static void write(ObjectMapper json, PrintWriter w, String source, String id, String text) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("source", source);
        o.put("id", id);
        o.put("text", text);
        w.println(json.writeValueAsString(o));
    }

    private static void dump(Path texts, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        IndexConfig config = IndexConfig.bundled();
        HeaderReader headers = new HeaderReader(new DocumentTypes(config));
        MetadataParser parser = new MetadataParser(config);
        try (BufferedReader r = Files.newBufferedReader(texts, StandardCharsets.UTF_8);
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode d = json.readTree(line);
                String text = d.get("text").asText();
                // What MetadataParser.parse gives the header reader.
                String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
                String header = text.isBlank() ? "-" : headers.read(t).toString();
                String metadata = text.isBlank() ? "-" : parser.parse(text).toString();
                w.println(d.get("source").asText() + "\t" + d.get("id").asText() + "\t" + oneLine(header) + "\t" + oneLine(metadata));
            }
        }
    }

    private static String oneLine(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
