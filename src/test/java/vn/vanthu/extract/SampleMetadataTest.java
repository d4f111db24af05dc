package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.vanthu.TestPaths;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;
import vn.vanthu.document.SignatureBlock;

/**
 * Every sample document's metadata, read from the text Tika gives, against the labels written
 * down for it (src/test/resources/sample-expected/documents.json). Any regression fails.
 */
class SampleMetadataTest {
    private final TikaExtractor tika = new TikaExtractor();
    private final MetadataParser parser = new MetadataParser(IndexConfig.at(TestPaths.project().resolve("index-config")));

    @Test
    void everySampleDocumentReadsAsLabelled() throws Exception {
        JsonNode labels = new ObjectMapper().readTree(TestPaths.project()
                .resolve("src/test/resources/sample-expected/documents.json").toFile());
        List<String> differences = new ArrayList<>();
        int fields = 0;
        for (JsonNode label : labels) {
            String file = label.get("filename").asText();
            Path path = TestPaths.sampleDocs().resolve(file);
            DocumentMetadata m = parser.parse(tika.extract(Files.readAllBytes(path), file).text());
            Map<String, Object[]> pairs = new LinkedHashMap<>();
            pairs.put("number", new Object[]{text(label, "number"), m.number().map(DocumentNumber::display).orElse(null)});
            pairs.put("type", new Object[]{text(label, "type"), m.type().map(DocumentType::name).orElse(null)});
            pairs.put("issued", new Object[]{text(label, "issued"), m.issued().map(LocalDate::toString).orElse(null)});
            pairs.put("place", new Object[]{text(label, "place"), m.place().orElse(null)});
            pairs.put("issuer", new Object[]{text(label, "issuer"), m.issuer().orElse(null)});
            pairs.put("parentIssuer", new Object[]{text(label, "parentIssuer"), m.parentIssuer().orElse(null)});
            pairs.put("title", new Object[]{text(label, "title"), m.title().orElse(null)});
            pairs.put("session", new Object[]{session(label.get("session")), m.session().map(SampleMetadataTest::session).orElse(null)});
            pairs.put("signer", new Object[]{text(label, "signer"), m.signer().orElse(null)});
            pairs.put("citations", new Object[]{citations(label.get("citations")), citations(m.citations())});
            pairs.put("security", new Object[]{text(label, "security"), m.security().orElse(null)});
            pairs.put("urgency", new Object[]{text(label, "urgency"), m.urgency().orElse(null)});
            pairs.put("recipients", new Object[]{strings(label.get("recipients")), m.recipients()});
            pairs.put("distribution", new Object[]{strings(label.get("distribution")), m.distribution()});
            pairs.put("signature", new Object[]{signature(label.get("signature")), m.signature().map(SampleMetadataTest::signature).orElse(null)});
            pairs.put("termYears", new Object[]{text(label, "termYears"), m.termYears().map(t -> t.from() + "-" + t.to()).orElse(null)});
            for (Map.Entry<String, Object[]> e : pairs.entrySet()) {
                fields++;
                if (!Objects.equals(e.getValue()[0], e.getValue()[1])) {
                    differences.add(file + " " + e.getKey() + ": expected " + e.getValue()[0] + " but read " + e.getValue()[1]);
                }
            }
        }
        assertEquals(List.of(), differences, differences.size() + " of " + fields + " fields differ:\n"
                + String.join("\n", differences));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** "TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH": the authority lines and the position (the name is the signer's field). */
    private static String signature(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        List<String> parts = strings(s.get("authorities"));
        parts.add(text(s, "position"));
        return String.join(" / ", parts.stream().map(String::valueOf).toList());
    }

    private static String signature(SignatureBlock s) {
        List<String> parts = new ArrayList<>(s.authorities().stream().map(SignatureBlock.Authority::label).toList());
        parts.add(s.position().orElse(null));
        return String.join(" / ", parts.stream().map(String::valueOf).toList());
    }

    private static String session(JsonNode s) {
        return s == null || s.isNull() ? null
                : s.get("number").asInt() + "/" + (s.get("term").isNull() ? "-" : s.get("term").asInt()) + "/" + s.get("kind").asText();
    }

    private static String session(SessionRef s) {
        return s.number() + "/" + s.term().map(String::valueOf).orElse("-") + "/" + s.kind();
    }

    private static List<String> citations(JsonNode cs) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : cs) {
            out.add(text(c, "relation") + " " + Optional.ofNullable(text(c, "number")).orElse(text(c, "name"))
                    + " " + text(c, "date") + " " + text(c, "issuer"));
        }
        return out;
    }

    private static List<String> citations(List<Citation> cs) {
        List<String> out = new ArrayList<>();
        for (Citation c : cs) {
            out.add(c.relation() + " " + c.number().map(DocumentNumber::display).orElse(c.name().orElse(null))
                    + " " + c.date().map(LocalDate::toString).orElse(null) + " " + c.issuer().orElse(null));
        }
        return out;
    }
}
