package vn.vanthu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite FTS5 as an office would set it up: unicode61 with remove_diacritics 2, and đ/Đ folded
 * by hand before indexing and querying (FTS5 does not fold it). Loaded in one transaction.
 */
final class Fts5Engine implements Engine {
    static final String SEARCH = "SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?";
    /**
     * A results page, as vanthu's API answers it: the title and the body's best passage with the words
     * marked (FTS5's snippet() gives one passage of at most 64 tokens: about two of vanthu's 220 characters).
     */
    private static final String PAGE = "SELECT id, title, snippet(docs, 4, '<mark>', '</mark>', '…', 64) FROM docs";
    private static final String SEARCH_PAGE = PAGE + " WHERE docs MATCH ? ORDER BY rank LIMIT ?";
    private static final String SEARCH_FILTERED = PAGE + " WHERE docs MATCH ? AND type = ? AND year = ? ORDER BY rank LIMIT ?";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Path dir;
    private final ThreadLocal<Connection> readers;
    private final ConcurrentLinkedQueue<Connection> opened = new ConcurrentLinkedQueue<>();

    Fts5Engine(Path dir) {
        this.dir = dir;
        this.readers = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + docsDb());
                opened.add(c);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public String name() {
        return "SQLite FTS5";
    }

    Path docsDb() {
        return dir.resolve("docs.db");
    }

    private Path db(String collection) {
        return dir.resolve(collection + ".db");
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(dir);
        for (String c : List.of(DOCS, EVAL)) {
            try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db(c)); Statement s = conn.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(id UNINDEXED, type UNINDEXED, year UNINDEXED,"
                        + " title, body, tokenize = 'unicode61 remove_diacritics 2')");
            }
        }
    }

    /** FTS5 keeps đ: fold it the way unicode61 folds every other mark. */
    static String foldD(String s) {
        return s.replace('đ', 'd').replace('Đ', 'D');
    }

    @Override
    public void load(String collection, Iterable<Corpus.Doc> docs) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db(collection))) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs(id, type, year, title, body) VALUES (?, ?, ?, ?, ?)")) {
                for (Corpus.Doc d : docs) {
                    ps.setString(1, d.id());
                    ps.setString(2, d.type());
                    ps.setInt(3, d.year());
                    ps.setString(4, foldD(d.title()));
                    ps.setString(5, foldD(d.text()));
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    /**
     * A typed query in FTS5 syntax: every word must match; a quoted phrase stays a phrase, and a
     * number or date ("40/KH-HĐND", "13/06/2024") becomes the phrase of its parts.
     */
    static String match(String q) {
        String folded = foldD(q);
        List<String> tokens = tokens(folded);
        if (tokens.isEmpty()) {
            return "\"\"";
        }
        if (folded.startsWith("\"") || folded.contains("/")) {
            return "\"" + String.join(" ", tokens) + "\"";
        }
        List<String> quoted = new ArrayList<>();
        tokens.forEach(t -> quoted.add("\"" + t + "\""));
        return String.join(" ", quoted);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Override
    public List<String> search(Corpus.Query q, int k) throws Exception {
        boolean filtered = q.type().isPresent() && q.year().isPresent();
        PreparedStatement ps = readers.get().prepareStatement(filtered ? SEARCH_FILTERED : SEARCH_PAGE);
        try (ps) {
            ps.setString(1, match(q.q()));
            if (filtered) {
                ps.setString(2, q.type().get());
                ps.setInt(3, q.year().get());
                ps.setInt(4, k);
            } else {
                ps.setInt(2, k);
            }
            return Engine.pageIds(ps);
        }
    }

    private static List<String> ids(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public List<String> searchEval(String question, int k) throws Exception {
        List<String> or = new ArrayList<>();
        tokens(foldD(question)).forEach(t -> or.add("\"" + t + "\""));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db(EVAL));
             PreparedStatement ps = c.prepareStatement(SEARCH)) {
            ps.setString(1, String.join(" OR ", or));
            ps.setInt(2, k);
            return ids(ps);
        }
    }

    @Override
    public long indexBytes() throws Exception {
        return Files.size(docsDb());
    }

    @Override
    public List<Long> pids() {
        return List.of();
    }

    @Override
    public long coldStart(Corpus.Query first) throws Exception {
        close();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Files2.javaBin(), "-cp", System.getProperty("java.class.path"),
                ColdProbe.class.getName(), "fts5", docsDb().toString(), first.q())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cold probe failed: " + out);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() throws Exception {
        Connection c;
        while ((c = opened.poll()) != null) {
            c.close();
        }
    }
}
