package vn.vanthu.xref;

import java.util.List;
import java.util.Optional;

import vn.vanthu.catalog.DocumentRef;

/**
 * The documents around one document, following citations both ways up to a depth.
 *
 * @param rootId    the document asked about
 * @param depth     how many citation steps were followed
 * @param nodes     archived documents, and cited numbers missing from the archive
 * @param edges     citer → cited, typed by the relation, one edge per (citer, cited, relation)
 * @param truncated true when the graph was cut at {@link CitationGraphBuilder#MAX_NODES} nodes
 */
public record CitationGraph(long rootId, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {

    public CitationGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node: an archived document ("d12") or a missing number ("n:37/CV-HDND").
     *
     * @param layer 0 for the root; below 0 for what it cites (and what those cite), above 0 for
     *              what cites it: the diagram's column
     * @param distance citation steps from the root
     */
    public record Node(String id, Optional<DocumentRef> document, Optional<String> missingNumber, int layer,
                       int distance) {

        public String label() {
            return document.map(DocumentRef::label).orElseGet(() -> missingNumber.orElse(id));
        }
    }

    /**
     * @param status "resolved", or "ambiguous" when the citation may mean several documents, or "missing"
     * @param count  how many citations make this edge
     */
    public record Edge(String from, String to, String relation, String status, int count) {
    }
}
