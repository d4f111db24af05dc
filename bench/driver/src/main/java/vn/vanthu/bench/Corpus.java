package vn.vanthu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The generated corpus (docs.jsonl, streamed: it may not fit in memory) and its query set. */
final class Corpus {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One document as every engine receives it: the same text and the same metadata. */
    record Doc(String id, String number, String type, String typeCode, String issuer, String issued, int year,
               String session, String title, String text) {
        static Doc of(JsonNode n) {
            return new Doc(n.get("id").asText(), n.path("number").asText(""), n.path("type").asText(""),
                    n.path("type_code").asText(""), n.path("issuer").asText(""), n.path("issued").asText(""),
                    n.path("year").asInt(0), n.path("session").asText(""), n.path("title").asText(""), n.get("text").asText());
        }
    }

    /** One query of the set: its kind, what is typed, optional filters, and for numbers the documents bearing it. */
    record Query(String kind, String q, Optional<String> type, Optional<Integer> year, List<String> expect) {
        static Query of(JsonNode n) {
            List<String> expect = new ArrayList<>();
            n.path("expect").forEach(e -> expect.add(e.asText()));
            return new Query(n.get("kind").asText(), n.get("q").asText(),
                    n.hasNonNull("type") ? Optional.of(n.get("type").asText()) : Optional.empty(),
                    n.hasNonNull("year") ? Optional.of(n.get("year").asInt()) : Optional.empty(), expect);
        }

        boolean isPhrase() {
            return q.startsWith("\"") && q.endsWith("\"") && q.length() > 2;
        }

        boolean isTopic() {
            return kind.startsWith("topic") || kind.equals("unaccented") || kind.equals("phrase");
        }
    }

    private final Path dir;

    Corpus(Path dir) {
        this.dir = dir;
    }

    Path docsFile() {
        return dir.resolve("docs.jsonl");
    }

    long textBytes() {
        long[] n = {0};
        forEach(d -> n[0] += d.text().getBytes(StandardCharsets.UTF_8).length);
        return n[0];
    }

    /** The documents, read lazily from disk each time it is iterated. */
    Iterable<Doc> docs() {
        return () -> {
            BufferedReader r;
            try {
                r = Files.newBufferedReader(docsFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return r.lines().filter(l -> !l.isBlank()).map(Corpus::parse).onClose(() -> {
                try {
                    r.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).iterator();
        };
    }

    private static Doc parse(String line) {
        try {
            return Doc.of(JSON.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forEach(Consumer<Doc> each) {
        try (BufferedReader r = Files.newBufferedReader(docsFile(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    each.accept(Doc.of(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Query> queries() {
        try {
            List<Query> out = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Query.of(JSON.readTree(line)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
