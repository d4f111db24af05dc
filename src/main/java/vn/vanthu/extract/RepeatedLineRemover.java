package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops page headers and footers: lines at the top or bottom of most pages that repeat (with
 * their digits free to change: "Công báo số 12 - trang 3"), page numbers at a page edge that
 * count up with the pages, and explicit page markers ("Trang 3/10", "- 3 -") anywhere.
 *
 * <p>Pages are the parts between form feeds, as the extractor should emit them for PDFs. With
 * fewer than three pages only the explicit page markers go: a repeated line in one page's body
 * is content.
 */
public final class RepeatedLineRemover {

    private static final int MIN_PAGES = 3;
    /** How many non-empty lines at each end of a page can be header or footer. */
    private static final int EDGE_LINES = 3;
    private static final int MAX_HEADER_LENGTH = 120;
    private static final Pattern PAGE_MARKER = Pattern.compile(
        "\\s*(?:(?:[Tt]rang|TRANG|[Pp]age)\\s+\\d{1,4}(?:\\s*(?:/|trên|của|of)\\s*\\d{1,4})?|-\\s*\\d{1,4}\\s*-)\\s*");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RepeatedLineRemover() {
    }

    public static String remove(String text) {
        return apply(text).text();
    }

    static TextCleaner.Step apply(String text) {
        String[] pages = text.split("\f", -1);
        List<List<String>> lines = new ArrayList<>(pages.length);
        for (String page : pages) {
            lines.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        Set<String> repeated = pages.length >= MIN_PAGES ? repeatedEdgeKeys(lines) : Set.of();
        Set<Long> pageNumbers = pages.length >= MIN_PAGES ? countingPageNumbers(lines) : Set.of();
        int changes = 0;
        StringBuilder out = new StringBuilder(text.length());
        for (int p = 0; p < lines.size(); p++) {
            List<String> page = lines.get(p);
            // With no repeated edge line (always so under three pages) no edge key can match: not built.
            Map<Integer, List<String>> edges = repeated.isEmpty() ? Map.of() : edgeKeys(page);
            List<String> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean drop = PAGE_MARKER.matcher(line).matches()
                    || edges.getOrDefault(i, List.of()).stream().anyMatch(repeated::contains)
                    || pageNumbers.contains(position(p, i));
                if (drop) {
                    changes++;
                } else {
                    kept.add(line);
                }
            }
            if (p > 0) {
                out.append('\f');
            }
            out.append(String.join("\n", kept));
        }
        return changes == 0 ? new TextCleaner.Step(text, 0) : new TextCleaner.Step(out.toString(), changes);
    }

    /**
     * Keys of edge lines found at the same place (say, second line from the top) on at least
     * half of the pages, and on three or more.
     */
    private static Set<String> repeatedEdgeKeys(List<List<String>> pages) {
        Map<String, Integer> pagesPerKey = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            edgeKeys(page).forEach((i, keys) -> {
                String line = page.get(i);
                if (line.strip().length() <= MAX_HEADER_LENGTH && !BARE_NUMBER.matcher(line).matches()) {
                    seen.addAll(keys);
                }
            });
            seen.forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        Set<String> out = new HashSet<>();
        pagesPerKey.forEach((k, count) -> {
            if (count >= needed && k.chars().anyMatch(Character::isLetter)) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * Positions of bare numbers at a page edge that run with the page index (the same offset
     * on at least half of the pages): page numbers, not table cells.
     */
    private static Set<Long> countingPageNumbers(List<List<String>> pages) {
        Map<Integer, Set<Long>> positionsPerOffset = new HashMap<>();
        Map<Integer, Set<Integer>> pagesPerOffset = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (int i : edgeIndexes(page)) {
                String line = page.get(i);
                if (BARE_NUMBER.matcher(line).matches()) {
                    int offset = Integer.parseInt(line.strip()) - p;
                    positionsPerOffset.computeIfAbsent(offset, o -> new HashSet<>()).add(position(p, i));
                    pagesPerOffset.computeIfAbsent(offset, o -> new HashSet<>()).add(p);
                }
            }
        }
        int needed = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        Set<Long> out = new HashSet<>();
        pagesPerOffset.forEach((offset, pagesSeen) -> {
            if (pagesSeen.size() >= needed) {
                out.addAll(positionsPerOffset.get(offset));
            }
        });
        return out;
    }

    private static long position(int page, int line) {
        return ((long) page << 32) | line;
    }

    /** Indexes of the first and last few non-empty lines of a page. */
    private static Set<Integer> edgeIndexes(List<String> page) {
        List<Integer> nonEmpty = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonEmpty.add(i);
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int k = 0; k < nonEmpty.size() && k < EDGE_LINES; k++) {
            out.add(nonEmpty.get(k));
            out.add(nonEmpty.get(nonEmpty.size() - 1 - k));
        }
        return out;
    }

    /** For each edge line, its keys: place on the page ("t0" first, "b0" last…) and normalised text. */
    private static Map<Integer, List<String>> edgeKeys(List<String> page) {
        List<Integer> nonEmpty = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonEmpty.add(i);
            }
        }
        Map<Integer, List<String>> out = new HashMap<>();
        for (int k = 0; k < nonEmpty.size() && k < EDGE_LINES; k++) {
            int top = nonEmpty.get(k);
            int bottom = nonEmpty.get(nonEmpty.size() - 1 - k);
            out.computeIfAbsent(top, x -> new ArrayList<>()).add("t" + k + ":" + key(page.get(top)));
            out.computeIfAbsent(bottom, x -> new ArrayList<>()).add("b" + k + ":" + key(page.get(bottom)));
        }
        return out;
    }

    /** Digits vary from page to page; spacing does too. */
    private static String key(String line) {
        return SPACES.matcher(DIGITS.matcher(line.strip()).replaceAll("#")).replaceAll(" ");
    }
}
