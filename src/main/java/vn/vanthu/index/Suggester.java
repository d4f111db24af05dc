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

    private Suggester(Map<String, Long> unigrams, Map<String, Long> bigrams) {
        this.unigrams = unigrams;
        this.restorer = new DiacriticRestorer(unigrams, bigrams);
    }

    static Suggester of(IndexReader reader) throws IOException {
        return new Suggester(vocabulary(reader, IndexFields.TEXT_EXACT), vocabulary(reader, IndexFields.TEXT_EXACT_BIGRAMS));
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
            if (s.codePoints().allMatch(Character::isLetter) || s.contains(" ")) {
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
