package vn.vanthu.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Sorter;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

import vn.vanthu.analysis.VietnameseAnalyzers;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.config.RankingParameters;

/**
 * A measuring tool, not a test (run by {@code scripts/probe-first-pass}): what the first pass of each
 * bench query costs on an existing index, and index layouts to compare it on.
 * <ul>
 * <li>{@code measure INDEX QUERIES OUT}: each query of a corpus's {@code queries.jsonl} (numbers left
 * out: they take the lookup path) as {@code SearchIndex.search} runs its first pass (BM25 defaults,
 * as the bench; the same depth and collector), counting the documents the scorer hands to the
 * collector (a document skipped by block-max is never handed over) and the thread's CPU; prints the
 * means by kind for each round and writes, for the last round, each query's count, CPU, final ten
 * (pairs rescored) and first-pass hits with their scores, to compare layouts or builds.</li>
 * <li>{@code sort SRC DST}: rewrites each segment of SRC into a new index DST with its documents
 * ordered by the norms of the fields in {@code -Dkeys} (default {@code title}: the title's length
 * class, shortest first), then by archive id. The segments stay as they were.</li>
 * </ul>
 */
public final class FirstPassProbe {
    private static final Pattern FIELD = Pattern.compile("\"(kind|q|type|year)\": (\"((?:[^\"\\\\]|\\\\.)*)\"|\\d+)");
    private static final List<String> NAMES = List.of("kind", "q", "type", "year");

    private FirstPassProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("sort") && System.getProperty("keys", "").equals("issued_day")) {
            sortNewestFirst(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("sort")) {
            sort(Path.of(args[1]), Path.of(args[2]), System.getProperty("keys", IndexFields.TITLE_EXACT).split(","));
        } else if (args.length == 3 && args[0].equals("windows")) {
            windows(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("measure")) {
            measure(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: FirstPassProbe sort SRC DST | measure INDEX QUERIES OUT | windows INDEX QUERIES");
            System.exit(2);
        }
    }

    static void sort(Path src, Path dst, String[] fields) throws IOException {
        rewrite(src, dst, null, leaf -> SortingCodecReader.wrap(leaf, order(leaf, fields), null),
                "sorted by " + String.join(", ", fields) + " then id");
    }

    /** The product's index order ({@link RecencyPrior#INDEX_SORT}): Lucene sorts each segment as it adds it. */
    static void sortNewestFirst(Path src, Path dst) throws IOException {
        rewrite(src, dst, RecencyPrior.INDEX_SORT, leaf -> SortingCodecReader.wrap(leaf, RecencyPrior.INDEX_SORT), "sorted newest first");
    }

    /** How {@link #rewrite} reorders one segment (reading its doc values may fail). */
    interface SegmentOrder {
        CodecReader apply(CodecReader leaf) throws IOException;
    }

    /** Copies SRC's segments one for one into DST, each reordered by {@code order}; DST declares {@code indexSort} (may be null). */
    private static void rewrite(Path src, Path dst, org.apache.lucene.search.Sort indexSort, SegmentOrder order, String how)
            throws IOException {
        long started = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig()
                .setMergePolicy(NoMergePolicy.INSTANCE) // keep SRC's segments, one for one
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        if (indexSort != null) {
            config.setIndexSort(indexSort);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(src));
             IndexWriter writer = new IndexWriter(FSDirectory.open(dst), config)) {
            if (reader.numDeletedDocs() > 0) {
                // addIndexes drops deleted documents, which would change every term's statistics.
                throw new IllegalArgumentException(src + " has deleted documents: scores would differ; force-merge a copy first");
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                writer.addIndexes(order.apply((CodecReader) leaf.reader()));
            }
            writer.commit();
            System.out.printf("%s: %d segments, %,d documents %s in %.1f s%n", dst,
                    reader.leaves().size(), reader.maxDoc(), how, (System.nanoTime() - started) / 1e9);
        }
    }

    private static Sorter.DocMap order(LeafReader leaf, String[] fields) throws IOException {
        int n = leaf.maxDoc();
        long[][] keys = new long[fields.length + 1][n];
        for (int f = 0; f < fields.length; f++) {
            NumericDocValues norms = leaf.getNormValues(fields[f]);
            for (int d = 0; d < n; d++) {
                // A norm is a byte read unsigned (Lucene's length table); no norm (field absent) sorts last.
                keys[f][d] = norms != null && norms.advanceExact(d) ? Byte.toUnsignedInt((byte) norms.longValue()) : Long.MAX_VALUE;
            }
        }
        StoredFields stored = leaf.storedFields();
        Set<String> idOnly = Set.of(IndexFields.ID);
        for (int d = 0; d < n; d++) {
            keys[fields.length][d] = Long.parseLong(stored.document(d, idOnly).get(IndexFields.ID));
        }
        Integer[] byKeys = new Integer[n];
        for (int d = 0; d < n; d++) {
            byKeys[d] = d;
        }
        Arrays.sort(byKeys, (a, b) -> {
            for (long[] k : keys) {
                int c = Long.compare(k[a], k[b]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        int[] newToOld = new int[n];
        int[] oldToNew = new int[n];
        for (int i = 0; i < n; i++) {
            newToOld[i] = byKeys[i];
            oldToNew[byKeys[i]] = i;
        }
        return new Sorter.DocMap() {
            @Override
            public int oldToNew(int doc) {
                return oldToNew[doc];
            }

            @Override
            public int newToOld(int doc) {
                return newToOld[doc];
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    static void measure(Path index, Path queriesFile, Path out) throws IOException {
        List<String[]> queries = queries(queriesFile, System.getProperty("kinds"));
        int rounds = Integer.getInteger("rounds", 3);
        QueryBuilder builder = new QueryBuilder(VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
        // -Dprior=W: the recency prior, W points a year; -Dshape=wrap (the product's WithRecency) or should
        // (the prior as a SHOULD clause beside the query, as a FeatureField query would be).
        RecencyPrior prior = new RecencyPrior(Float.parseFloat(System.getProperty("prior", "0")));
        boolean should = System.getProperty("shape", "wrap").equals("should");
        float k1 = Float.parseFloat(System.getProperty("k1", "1.2"));
        float b = Float.parseFloat(System.getProperty("b", "0.75"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
             PrintWriter dump = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new RankingSimilarity(new RankingParameters(new RankingParameters.Bm25(k1, b), Map.of())));
            System.out.printf("prior %s, shape %s, k1 %s, b %s%n", prior, should ? "should" : "wrap", k1, b);
            StoredFields stored = reader.storedFields();
            Set<String> idOnly = Set.of(IndexFields.ID);
            System.out.printf("%s: %d segments, %,d documents%n", index, reader.leaves().size(), reader.maxDoc());
            for (int round = 1; round <= rounds; round++) {
                Map<String, long[]> byKind = new TreeMap<>();
                for (String[] q : queries) {
                    SearchRequest request = new SearchRequest(q[1], Optional.ofNullable(q[2]), Optional.empty(),
                            Optional.ofNullable(q[3]).map(Integer::valueOf), Optional.empty(), Optional.empty(),
                            Optional.empty(), SearchRequest.Sort.RELEVANCE, 1, 10, Optional.empty(), false);
                    QueryParts parts = QueryParts.parse(request.query());
                    QueryBuilder.Ranked ranked = builder.ranked(request, parts);
                    PairRescorer pairs = ranked.pairs().isPresent() ? PairRescorer.forWords(parts.words()) : null;
                    int depth = pairs != null ? pairs.firstPassDepth(10) : 10;
                    Query query = pairs != null ? ranked.matching() : ranked.full();
                    if (!prior.off()) {
                        query = should ? PriorClause.beside(query, prior) : prior.addTo(query);
                    }
                    long[] handed = new long[1];
                    long cpu = threads.getCurrentThreadCpuTime();
                    TopScoreDocCollector top = new TopScoreDocCollectorManager(depth, null, 1000).newCollector();
                    searcher.search(query, counting(top, handed));
                    TopDocs first = top.topDocs();
                    cpu = threads.getCurrentThreadCpuTime() - cpu;
                    for (String kind : List.of(q[0], "all")) {
                        long[] k = byKind.computeIfAbsent(kind, x -> new long[3]);
                        k[0]++;
                        k[1] += handed[0];
                        k[2] += cpu;
                    }
                    if (round == rounds) {
                        ScoreDoc[] last = pairs != null ? pairs.rescore(searcher, first.scoreDocs, ranked.pairs().get(), 10) : first.scoreDocs;
                        dump.printf("%s\t%s|%s|%s\t%d\t%d\t%s\t%s%n", q[0], q[1], q[2], q[3], handed[0], cpu / 1000,
                                ids(stored, idOnly, last), ids(stored, idOnly, first.scoreDocs));
                    }
                }
                for (Map.Entry<String, long[]> e : byKind.entrySet()) {
                    long[] k = e.getValue();
                    System.out.printf("round %d\t%-13s\tqueries %d\tscored %,d\tcpu %.2f ms%n", round, e.getKey(), k[0], k[1] / k[0], k[2] / 1e6 / k[0]);
                }
            }
        }
    }

    /**
     * The fewest matches any block-max search could score with the recency prior (-Dpriors=0,0.01,…):
     * each query's final 100th score is computed first (every match scored), then each segment is cut into
     * windows of 128 documents, and a window counts when the first pass's bound over it (the words' window
     * maximum, as MaxScore/WAND take it, plus the prior's bound from the window's first document) reaches that
     * score. Optimistic: a real search starts with no minimum and raises it as it goes.
     */
    static void windows(Path index, Path queriesFile) throws IOException {
        List<String[]> queries = queries(queriesFile, System.getProperty("kinds"));
        QueryBuilder builder = new QueryBuilder(VietnameseAnalyzers.withConfig(IndexConfig.bundled()));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new RankingSimilarity(RankingParameters.LUCENE_DEFAULTS));
            Map<String, double[]> byKind = new TreeMap<>();
            for (String[] q : queries) {
                SearchRequest request = SearchRequest.of(q[1]);
                Query words = searcher.rewrite(builder.ranked(request, QueryParts.parse(q[1])).matching());
                Weight weight = searcher.createWeight(words, org.apache.lucene.search.ScoreMode.TOP_SCORES, 1f);
                for (String w : System.getProperty("priors", "0,0.01").split(",")) {
                    RecencyPrior prior = new RecencyPrior(Float.parseFloat(w));
                    TopDocs all = searcher.search(prior.addTo(words), new TopScoreDocCollectorManager(100, null, Integer.MAX_VALUE));
                    if (all.scoreDocs.length < 100) {
                        continue;
                    }
                    float hundredth = all.scoreDocs[99].score;
                    long matches = 0;
                    long reaching = 0;
                    for (LeafReaderContext leaf : reader.leaves()) {
                        org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
                        if (scorer == null) {
                            continue;
                        }
                        RecencyPrior.Values priors = prior.values(leaf.reader());
                        org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
                        int doc = it.nextDoc();
                        for (int from = 0; from < leaf.reader().maxDoc(); from += 128) {
                            int to = from + 127;
                            if (doc > to) {
                                continue;
                            }
                            scorer.advanceShallow(Math.max(from, doc));
                            float bound = scorer.getMaxScore(to) + priors.boundFrom(from);
                            int n = 0;
                            for (; doc <= to; doc = it.nextDoc()) {
                                n++;
                            }
                            matches += n;
                            reaching += bound >= hundredth ? n : 0;
                        }
                    }
                    double[] k = byKind.computeIfAbsent(q[0] + "\t" + w, x -> new double[3]);
                    k[0]++;
                    k[1] += (double) reaching / matches;
                    k[2] += hundredth;
                }
            }
            byKind.forEach((k, v) -> System.out.printf("%s\tqueries %d\tmean 100th score %.3f\tshare of matches in windows reaching it %.3f%n",
                    k, (int) v[0], v[2] / v[0], v[1] / v[0]));
        }
    }

    /** Counts into {@code handed[0]} the documents the scorer hands to {@code top}. */
    static FilterCollector counting(TopScoreDocCollector top, long[] handed) {
        return new FilterCollector(top) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        handed[0]++;
                        super.collect(doc);
                    }
                };
            }
        };
    }

    private static String ids(StoredFields stored, Set<String> idOnly, ScoreDoc[] docs) throws IOException {
        StringBuilder s = new StringBuilder();
        for (ScoreDoc d : docs) {
            s.append(s.isEmpty() ? "" : " ").append(stored.document(d.doc, idOnly).get(IndexFields.ID)).append(':').append(d.score);
        }
        return s.toString();
    }

    /** kind, q, type, year of each line but the number lookups, as the bench driver reads them. */
    private static List<String[]> queries(Path file, String kinds) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = FIELD.matcher(line);
            String[] q = new String[NAMES.size()];
            while (m.find()) {
                q[NAMES.indexOf(m.group(1))] = m.group(3) != null ? m.group(3).replace("\\\"", "\"") : m.group(2);
            }
            if (q[0] == null || q[1] == null) {
                throw new IllegalArgumentException("not a bench query line in " + file + ": " + line);
            }
            if (!q[0].equals("number") && (kinds == null || Arrays.asList(kinds.split(",")).contains(q[0]))) {
                out.add(q);
            }
        }
        return out;
    }
}
