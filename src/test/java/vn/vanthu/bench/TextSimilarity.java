package vn.vanthu.bench;

import java.text.Normalizer;

/**
 * Character-level similarity of two texts: 2·LCS / (|a| + |b|) over their characters, after NFC
 * and collapsing every run of whitespace to one space (extractors differ in line breaks, not in
 * text). The LCS comes from Myers' O((N+M)·D) greedy edit-distance search, stopped at
 * {@code maxD}: past it the answer is only an upper bound.
 */
public final class TextSimilarity {
    /** @param exact false when the search stopped early and {@code value} is an upper bound */
    public record Score(double value, boolean exact, int length, int referenceLength) {
    }

    private TextSimilarity() {
    }

    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", " ").strip();
    }

    public static Score score(String ours, String reference) {
        String a = normalize(ours);
        String b = normalize(reference);
        int n = a.length();
        int m = b.length();
        if (n + m == 0) {
            return new Score(1.0, true, 0, 0);
        }
        int maxD = Math.min(n + m, Math.max(2000, Math.min((n + m) / 4, 30_000)));
        int d = editDistance(a, b, maxD);
        if (d < 0) {
            return new Score(1.0 - (double) maxD / (n + m), false, n, m);
        }
        return new Score(1.0 - (double) d / (n + m), true, n, m);
    }

    /** Insertions plus deletions turning a into b, or -1 when more than maxD. */
    static int editDistance(String a, String b, int maxD) {
        int n = a.length();
        int m = b.length();
        int offset = maxD + 1;
        int[] v = new int[2 * maxD + 3];
        for (int d = 0; d <= maxD; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.charAt(x) == b.charAt(y)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return d;
                }
            }
        }
        return -1;
    }
}
