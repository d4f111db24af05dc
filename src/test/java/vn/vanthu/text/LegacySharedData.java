package vn.vanthu.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The team's shared data (../shared), which tests use when present and skip without. */
public final class LegacySharedData {

    private LegacySharedData() {
    }

    /** ../shared relative to the project, or the test is skipped. */
    public static Path sharedDir() {
        String projectDir = System.getProperty("vanthu.projectDir", System.getProperty("user.dir"));
        Path shared = Path.of(projectDir).resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "no shared data at " + shared);
        return shared;
    }

    /** file → reference text, from corpus/text/originals_reference_text.jsonl. */
    public static Map<String, String> referenceTexts() {
        Path jsonl = sharedDir().resolve("corpus/text/originals_reference_text.jsonl");
        assumeTrue(Files.isRegularFile(jsonl), "no " + jsonl);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.put(n.get("file").asText(), n.get("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String seedReport() {
        Path seed = sharedDir().resolve("seed/bao-cao-rut-kinh-nghiem-ky-hop-thu-ba.txt");
        assumeTrue(Files.isRegularFile(seed), "no " + seed);
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original files listed in corpus/originals/MANIFEST.tsv, relative path → path. */
    public static Map<String, Path> originals() {
        Path dir = sharedDir().resolve("corpus/originals");
        Map<String, Path> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String file = line.split("\t", 2)[0];
                out.put(file, dir.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
