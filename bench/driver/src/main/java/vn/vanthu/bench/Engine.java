package vn.vanthu.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One search engine under test. Each holds two collections: the generated corpus ("docs") and
 * the ALQAC retrieval set ("eval"); the benchmark starts it, loads both, queries, stops it.
 */
interface Engine extends AutoCloseable {
    String DOCS = "docs";
    String EVAL = "eval";
    /**
     * Every engine's search answers a results page as vanthu's API does (HitReader: two passages of
     * about 220 characters a hit, the words marked, and the title), so that no row is timed for less work.
     */
    int PASSAGES = 2;
    int PASSAGE_CHARS = 220;

    /** The ids of a SQL page of (id, title, passage) rows, each column read as a client would. */
    static List<String> pageIds(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 2; c <= columns; c++) {
                    rs.getString(c);
                }
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    String name();

    /** Starts the engine (a server process, or opens files) with empty collections. */
    void start() throws Exception;

    /** Loads documents into a collection; returns when they are durable and searchable. */
    void load(String collection, Iterable<Corpus.Doc> docs) throws Exception;

    /** The ids of the best matches of a query from the set (words must all match, as people expect). */
    List<String> search(Corpus.Query q, int k) throws Exception;

    /** The best matches of a long natural-language question (any word may match: ranked retrieval). */
    List<String> searchEval(String question, int k) throws Exception;

    /** Bytes on disk of the "docs" collection. */
    long indexBytes() throws Exception;

    /** Process ids whose memory counts for this engine (for RSS sampling); empty means this JVM. */
    List<Long> pids();

    /** Stops and restarts on the existing data; returns milliseconds from launch to the first answer. */
    long coldStart(Corpus.Query first) throws Exception;

    @Override
    void close() throws Exception;

    /** Helper for engines that stream docs in batches. */
    static void batches(Iterable<Corpus.Doc> docs, int size, Consumer<List<Corpus.Doc>> each) {
        java.util.ArrayList<Corpus.Doc> batch = new java.util.ArrayList<>(size);
        for (Corpus.Doc d : docs) {
            batch.add(d);
            if (batch.size() == size) {
                each.accept(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            each.accept(List.copyOf(batch));
        }
    }
}
