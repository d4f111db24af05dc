package vn.vanthu.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;

/** A fresh JVM that opens an embedded engine's files and answers one query: cold start to first answer. */
public final class ColdProbe {
    private ColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        Path path = Path.of(args[1]);
        String query = args[2];
        if (engine.equals("vanthu")) {
            try (SearchIndex index = SearchIndex.open(path)) {
                System.out.println(index.search(SearchRequest.of(query)).total());
            }
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
                 PreparedStatement ps = c.prepareStatement(Fts5Engine.SEARCH)) {
                ps.setString(1, Fts5Engine.match(query));
                ps.setInt(2, 10);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    System.out.println(n);
                }
            }
        }
    }
}
