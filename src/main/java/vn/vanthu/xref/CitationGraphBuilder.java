package vn.vanthu.xref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.catalog.XrefStore;

/** Builds the citation graph around a document, breadth first, bounded in depth and size. */
public final class CitationGraphBuilder {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_NODES = 200;

    private final XrefStore store;

    public CitationGraphBuilder(XrefStore store) {
        this.store = store;
    }

    /** The graph around a document; empty when there is no such document. */
    public Optional<CitationGraph> graph(long rootId, int depth) {
        return graph(rootId, depth, id -> false);
    }

    /**
     * The graph as a caller sees it who may not see the {@code hidden} documents: to them a hidden
     * document was never archived. It is no node; a citation of it points at its number as a
     * missing one (unless the citation may also mean a document they see); its own citations are
     * not followed. Empty when there is no such document or it is hidden.
     */
    public Optional<CitationGraph> graph(long rootId, int depth, LongPredicate hidden) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
        Optional<DocumentRef> root = store.ref(rootId).filter(r -> !hidden.test(r.id()));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, int[]> placed = new LinkedHashMap<>(); // node id → {layer, distance}
        Map<String, String> missing = new HashMap<>();      // node id → number as written
        Map<String, int[]> edgeCounts = new LinkedHashMap<>();
        Map<String, String[]> edgeParts = new HashMap<>();
        java.util.Set<String> seenLinks = new java.util.HashSet<>(); // a link is met from both ends
        placed.put(docNode(rootId), new int[] {0, 0});
        List<Long> frontier = List.of(rootId);
        boolean truncated = false;
        for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
            List<Long> next = new ArrayList<>();
            for (XrefStore.Link l : visibleLinks(store.linksFrom(frontier), hidden)) {
                String from = docNode(l.citerId());
                String to = l.targetId().map(CitationGraphBuilder::docNode).orElse("n:" + l.numberKey());
                int layer = placed.get(from)[0] - 1;
                if (!placed.containsKey(to)) {
                    if (placed.size() >= MAX_NODES) {
                        truncated = true;
                        continue;
                    }
                    placed.put(to, new int[] {layer, step});
                    if (l.targetId().isEmpty()) {
                        missing.put(to, l.number());
                    } else if ("resolved".equals(l.status())) {
                        next.add(l.targetId().get()); // an ambiguous citation's candidates are shown, not followed
                    }
                }
                if (seenLinks.add(l.citationId() + ">" + to)) {
                    addEdge(edgeCounts, edgeParts, from, to, l.relation(), l.status());
                }
            }
            for (XrefStore.Link l : store.linksTo(frontier)) {
                if (hidden.test(l.citerId())) {
                    continue;
                }
                String from = docNode(l.citerId());
                String to = docNode(l.targetId().orElseThrow());
                if (!placed.containsKey(to)) {
                    continue; // the link's other target is outside the frontier (an ambiguous citation)
                }
                if (!placed.containsKey(from)) {
                    if (placed.size() >= MAX_NODES) {
                        truncated = true;
                        continue;
                    }
                    placed.put(from, new int[] {placed.get(to)[0] + 1, step});
                    next.add(l.citerId());
                }
                if (seenLinks.add(l.citationId() + ">" + to)) {
                    addEdge(edgeCounts, edgeParts, from, to, l.relation(), l.status());
                }
            }
            frontier = next;
        }
        List<Long> docIds = placed.keySet().stream().filter(k -> k.startsWith("d"))
                .map(k -> Long.parseLong(k.substring(1))).toList();
        Map<Long, DocumentRef> refs = store.refs(docIds);
        List<CitationGraph.Node> nodes = new ArrayList<>();
        placed.forEach((id, at) -> nodes.add(id.startsWith("d")
                ? new CitationGraph.Node(id, Optional.ofNullable(refs.get(Long.parseLong(id.substring(1)))), Optional.empty(), at[0], at[1])
                : new CitationGraph.Node(id, Optional.empty(), Optional.of(missing.get(id)), at[0], at[1])));
        List<CitationGraph.Edge> edges = new ArrayList<>();
        edgeCounts.forEach((k, n) -> {
            String[] p = edgeParts.get(k);
            edges.add(new CitationGraph.Edge(p[0], p[1], p[2], p[3], n[0]));
        });
        return Optional.of(new CitationGraph(rootId, depth, nodes, edges, truncated));
    }

    /**
     * The links out of visible documents as a caller sees them: a hidden target is dropped when the
     * citation may also mean a visible document, else the link goes to the number as a missing
     * one; a citation left with one visible target of several is resolved for this caller.
     */
    private static List<XrefStore.Link> visibleLinks(List<XrefStore.Link> links, LongPredicate hidden) {
        Map<Long, Integer> visibleTargets = new HashMap<>();
        for (XrefStore.Link l : links) {
            if (l.targetId().isPresent() && !hidden.test(l.targetId().get())) {
                visibleTargets.merge(l.citationId(), 1, Integer::sum);
            }
        }
        List<XrefStore.Link> out = new ArrayList<>();
        for (XrefStore.Link l : links) {
            int seen = visibleTargets.getOrDefault(l.citationId(), 0);
            boolean hiddenTarget = l.targetId().isPresent() && hidden.test(l.targetId().get());
            if (hiddenTarget && seen > 0) {
                continue;
            }
            out.add(hiddenTarget
                    ? new XrefStore.Link(l.citationId(), l.citerId(), Optional.empty(), l.numberKey(), l.number(),
                            l.relation(), ResolutionStatus.MISSING.code())
                    : seen == 1 && l.targetId().isPresent()
                    ? new XrefStore.Link(l.citationId(), l.citerId(), l.targetId(), l.numberKey(), l.number(),
                            l.relation(), ResolutionStatus.RESOLVED.code())
                    : l);
        }
        return out;
    }

    private static void addEdge(Map<String, int[]> counts, Map<String, String[]> parts, String from, String to,
                                String relation, String status) {
        String k = from + "\u0000" + to + "\u0000" + relation;
        if (counts.containsKey(k)) {
            counts.get(k)[0]++;
            return;
        }
        counts.put(k, new int[] {1});
        parts.put(k, new String[] {from, to, relation, status});
    }

    static String docNode(long id) {
        return "d" + id;
    }
}
