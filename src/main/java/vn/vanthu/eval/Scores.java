package vn.vanthu.eval;

/** Mean metrics of one variant over one query set. */
public record Scores(double ndcg10, double mrr10, double recall10, double recall100, int queries) {
}
