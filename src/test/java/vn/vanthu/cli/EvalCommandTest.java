package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsJsonForEveryVariantAndQuerySet() throws IOException {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"),
                "{\"doc_id\": \"d1\", \"text\": \"Tiếp xúc cử tri\"}\n{\"doc_id\": \"d2\", \"text\": \"Ngân sách\"}\n",
                StandardCharsets.UTF_8);
        Path queries = Files.writeString(dir.resolve("q.jsonl"), "{\"query_id\": \"q1\", \"text\": \"cử tri\"}\n",
                StandardCharsets.UTF_8);
        Path qrels = Files.writeString(dir.resolve("r.tsv"), "query_id\tdoc_id\trelevance\nq1\td1\t1\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new EvalCommand()).execute("--corpus", corpus.toString(), "--queries",
                    queries.toString(), "--qrels", qrels.toString(), "--json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String json = out.toString(StandardCharsets.UTF_8);
        for (String v : new String[] {"standard", "icu-folding", "vanthu-4-fields", "vanthu"}) {
            assertTrue(json.contains("\"variant\" : \"" + v + "\""), v);
        }
        assertTrue(json.contains("\"queries\" : \"unaccented\""));
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertEquals(2, new CommandLine(new EvalCommand()).execute("--corpus", "x"));
    }
}
