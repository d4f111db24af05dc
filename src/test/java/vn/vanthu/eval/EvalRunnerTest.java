package vn.vanthu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on a tiny set in the ALQAC file shapes. */
class EvalRunnerTest {
    @TempDir
    Path dir;

    private EvalSet tinySet() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Path queries = dir.resolve("queries.jsonl");
        Path qrels = dir.resolve("qrels.tsv");
        Files.writeString(corpus, String.join("\n",
                "{\"doc_id\": \"d1\", \"text\": \"Hội đồng nhân dân huyện họp kỳ họp thứ ba\"}",
                "{\"doc_id\": \"d2\", \"text\": \"Ủy ban nhân dân xã tiếp xúc cử tri\"}",
                "{\"doc_id\": \"d3\", \"text\": \"Hỏi đáp về thuế thu nhập cá nhân\"}",
                "{\"doc_id\": \"d4\", \"text\": \"Nghị quyết số 15/2020/NQ-HĐND về ngân sách\"}"), StandardCharsets.UTF_8);
        Files.writeString(queries, String.join("\n",
                "{\"query_id\": \"q1\", \"text\": \"hội đồng nhân dân họp\"}",
                "{\"query_id\": \"q2\", \"text\": \"tiếp xúc cử tri\"}",
                "{\"query_id\": \"q3\", \"text\": \"nghị quyết 15/2020/NQ-HĐND\"}",
                "{\"query_id\": \"q4\", \"text\": \"không được chấm\"}"), StandardCharsets.UTF_8);
        Files.writeString(qrels, "query_id\tdoc_id\trelevance\nq1\td1\t1\nq2\td2\t1\nq3\td4\t1\n",
                StandardCharsets.UTF_8);
        return EvalSet.load(corpus, queries, qrels);
    }

    @Test
    void loadsTheShapesAndDropsUnjudgedQueries() throws IOException {
        EvalSet set = tinySet();
        assertEquals(4, set.docs().size());
        assertEquals(List.of("q1", "q2", "q3"), set.queries().stream().map(EvalSet.Query::id).toList());
        assertEquals(1, set.judged("q1").get("d1"));
    }

    @Test
    void vanthuKeepsItsScoreWithoutDiacriticsWhereStandardLosesIt() throws IOException {
        List<EvalRunner.Row> rows = EvalRunner.run(tinySet(), List.of(Variants.standard(), Variants.vanthu()));
        assertEquals(4, rows.size());
        Scores standardUnaccented = rows.get(1).scores();
        Scores vanthuAccented = rows.get(2).scores();
        Scores vanthuUnaccented = rows.get(3).scores();
        assertEquals(1.0, vanthuAccented.mrr10(), 1e-9);
        assertEquals(1.0, vanthuUnaccented.mrr10(), 1e-9);
        assertTrue(standardUnaccented.mrr10() < 1.0, "standard should miss some unaccented queries");
    }

    @Test
    void fourFieldVariantFindsTheSameDocumentsWithAndWithoutDiacritics() throws IOException {
        List<EvalRunner.Row> rows = EvalRunner.run(tinySet(), List.of(Variants.vanthuFourFields()));
        assertEquals(1.0, rows.get(0).scores().mrr10(), 1e-9);
        assertEquals(1.0, rows.get(1).scores().mrr10(), 1e-9);
    }

    @Test
    void reportsTableAndJson() throws IOException {
        List<EvalRunner.Row> rows = EvalRunner.run(tinySet(), List.of(Variants.icuFolding()));
        String table = EvalReport.table(rows);
        assertTrue(table.contains("icu-folding") && table.contains("unaccented") && table.contains("nDCG@10"), table);
        String json = EvalReport.json(rows);
        assertTrue(json.contains("\"variant\" : \"icu-folding\"") && json.contains("\"ndcg@10\""), json);
    }
}
