package vn.vanthu.eval;

import java.io.IOException;
import java.util.List;

/** One way of analysing and ranking: it indexes a corpus, then answers queries with ranked doc ids. */
public interface RankingVariant {

    /** Short stable name, used in tables and JSON. */
    String name();

    /** Indexes the documents; the returned ranker answers queries against them. */
    Ranker index(List<EvalSet.Doc> docs) throws IOException;

    /** Ranked retrieval over an indexed corpus. */
    interface Ranker extends AutoCloseable {
        List<String> search(String query, int k) throws IOException;

        @Override
        void close() throws IOException;
    }
}
