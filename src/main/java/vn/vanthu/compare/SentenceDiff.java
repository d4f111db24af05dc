package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A side-by-side diff of two texts by sentence: the longest common subsequence of identical
 * sentences, and between its anchors, sentences similar enough (Dice on syllables ≥ {@value #SIMILAR})
 * shown as changed, the rest as removed or added.
 */
final class SentenceDiff {
    static final double SIMILAR = 0.5;
    private static final int MAX_SENTENCES = 1500;

    private SentenceDiff() {
    }

    static List<DiffRow> diff(List<String> left, List<String> right) {
        List<String> a = left.subList(0, Math.min(left.size(), MAX_SENTENCES));
        List<String> b = right.subList(0, Math.min(right.size(), MAX_SENTENCES));
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffRow> out = new ArrayList<>();
        List<String> gapA = new ArrayList<>();
        List<String> gapB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                flush(gapA, gapB, out);
                out.add(new DiffRow(DiffRow.SAME, a.get(i), b.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                gapB.add(b.get(j++));
            } else {
                gapA.add(a.get(i++));
            }
        }
        flush(gapA, gapB, out);
        return out;
    }

    /** Pairs similar sentences of a gap in order; the others are removed (left) or added (right). */
    private static void flush(List<String> gapA, List<String> gapB, List<DiffRow> out) {
        int j = 0;
        for (String s : gapA) {
            int match = -1;
            for (int k = j; k < gapB.size(); k++) {
                if (similarity(s, gapB.get(k)) >= SIMILAR) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                out.add(new DiffRow(DiffRow.REMOVED, s, ""));
                continue;
            }
            while (j < match) {
                out.add(new DiffRow(DiffRow.ADDED, "", gapB.get(j++)));
            }
            out.add(new DiffRow(DiffRow.CHANGED, s, gapB.get(j++)));
        }
        while (j < gapB.size()) {
            out.add(new DiffRow(DiffRow.ADDED, "", gapB.get(j++)));
        }
        gapA.clear();
        gapB.clear();
    }

    /** Dice coefficient of the two sentences' syllable sets. */
    static double similarity(String x, String y) {
        Set<String> a = new HashSet<>(PlainText.syllables(x));
        Set<String> b = new HashSet<>(PlainText.syllables(y));
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
