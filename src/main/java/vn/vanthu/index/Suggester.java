package vn.vanthu.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.util.BytesRef;

import vn.vanthu.text.DiacriticRestorer;
import vn.vanthu.text.TelexDecoder;
import vn.vanthu.text.VietnameseFolding;

/**
 * "Did you mean": restores the diacritics of a query typed without them, from the index's own
 * vocabulary ("hoi dong nhan dan" → "hội đồng nhân dân"), and decodes Telex or VNI typed without an
 * input method ("tieeps xucs" → "tiếp xúc") when every decoded word is in the archive.
 * Built from one index reader; the index rebuilds it after a refresh, on first use.
 */
final class Suggester {
    private final Map<String, Long> unigrams;
    private final DiacriticRestorer restorer;

    private Suggester(Map<String, Long> unigrams, PairCounts pairs) {
        this.unigrams = unigrams;
        this.restorer = new DiacriticRestorer(unigrams, pairs::count);
    }

    static Suggester of(IndexReader reader) throws IOException {
        Map<String, Long> unigrams = vocabulary(reader, IndexFields.TEXT_EXACT);
        return new Suggester(unigrams, new PairCounts(reader, unigrams));
    }

    /**
     * How many documents hold one syllable right after another, counted as a two-word phrase in the
     * text field (the index has no bigram field), remembered per reader. Only pairs of each folded
     * form's most frequent spellings are counted, so a query costs a bounded number of phrase counts;
     * a rare spelling can still win on its own count.
     */
    private static final class PairCounts {
        private static final int SPELLINGS_COUNTED = 4;

        private final IndexSearcher searcher;
        private final java.util.Set<String> frequent = new java.util.HashSet<>();
        private final Map<String, Long> counted = new java.util.concurrent.ConcurrentHashMap<>();

        PairCounts(IndexReader reader, Map<String, Long> unigrams) {
            this.searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            Map<String, java.util.List<String>> byFolded = new HashMap<>();
            unigrams.keySet().forEach(s -> byFolded.computeIfAbsent(VietnameseFolding.fold(s), k -> new java.util.ArrayList<>()).add(s));
            for (java.util.List<String> spellings : byFolded.values()) {
                spellings.sort(java.util.Comparator.comparing((String s) -> -unigrams.get(s)).thenComparing(s -> s));
                frequent.addAll(spellings.subList(0, Math.min(SPELLINGS_COUNTED, spellings.size())));
            }
        }

        long count(String first, String second) {
            if (!frequent.contains(first) || !frequent.contains(second)) {
                return 0;
            }
            return counted.computeIfAbsent(first + " " + second, k -> {
                try {
                    return (long) searcher.count(new PhraseQuery(IndexFields.TEXT_EXACT, first, second));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, Long> vocabulary(IndexReader reader, String field) throws IOException {
        Map<String, Long> out = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String s = t.utf8ToString();
            // Syllables only: numbers and codes have nothing to restore.
            if (s.codePoints().allMatch(Character::isLetter)) {
                out.put(s, (long) te.docFreq());
            }
        }
        return out;
    }

    Optional<String> suggest(String words) {
        String query = words.strip();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> telex = TelexDecoder.decode(query).filter(this::allKnown);
        if (telex.isPresent()) {
            return telex;
        }
        if (VietnameseFolding.hasDiacritics(query)) {
            return Optional.empty();
        }
        return restorer.suggest(query).filter(s -> !s.equals(query.toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean allKnown(String text) {
        return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("\\s+")).allMatch(unigrams::containsKey);
    }
}
