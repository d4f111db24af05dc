package vn.vanthu.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import vn.vanthu.text.AbbreviationTable;
import vn.vanthu.text.VietnameseFolding;

/**
 * Turns the abbreviation table into a {@link SynonymMap} for a query-side SynonymGraphFilter that
 * sits after normalisation and before lower-casing. Matching is case-sensitive on purpose: a short
 * form of one or two letters (HU, TU, ĐB) expands only when typed in capitals, since "hu", "tu" are
 * syllables; longer short forms also match in lower case and folded (hđnd, hdnd). Long forms match
 * in lower case, capitalised and folded. Each rule keeps the original words, and the outputs pass
 * through the rest of the chain (lower case, folding), so one map serves the exact and folded fields.
 */
public final class AbbreviationSynonyms {
    private AbbreviationSynonyms() {
    }

    public static SynonymMap build(AbbreviationTable table) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (AbbreviationTable.Entry e : table.entries()) {
            CharsRef shortOut = phrase(e.shortForm());
            List<CharsRef> longOuts = new ArrayList<>();
            for (String l : e.longForms()) {
                longOuts.add(phrase(l.toLowerCase(Locale.ROOT)));
            }
            for (String input : shortSpellings(e.shortForm())) {
                for (CharsRef out : longOuts) {
                    builder.add(phrase(input), out, true);
                }
            }
            for (String l : e.longForms()) {
                for (String input : longSpellings(l)) {
                    builder.add(phrase(input), shortOut, true);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Set<String> shortSpellings(String shortForm) {
        Set<String> out = new LinkedHashSet<>();
        out.add(shortForm);
        int letters = (int) shortForm.chars().filter(Character::isLetter).count();
        if (letters >= 3) {
            String lower = shortForm.toLowerCase(Locale.ROOT);
            out.add(lower);
            out.add(VietnameseFolding.fold(shortForm));
            out.add(VietnameseFolding.fold(shortForm).toUpperCase(Locale.ROOT));
            out.add(shortForm.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> longSpellings(String longForm) {
        Set<String> out = new LinkedHashSet<>();
        String lower = longForm.toLowerCase(Locale.ROOT);
        out.add(lower);
        out.add(capitalise(lower));
        out.add(longForm.toUpperCase(Locale.ROOT));
        String folded = VietnameseFolding.fold(lower);
        out.add(folded);
        out.add(capitalise(folded));
        return out;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The phrase as the query chain sees it before lower-casing: syllables joined by the map's separator. */
    private static CharsRef phrase(String text) {
        CharsRefBuilder sb = new CharsRefBuilder();
        try (TokenStream ts = new VietnameseNormalizationFilter(tokenizer(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (sb.length() > 0) {
                    sb.append(SynonymMap.WORD_SEPARATOR);
                }
                sb.append(term.buffer(), 0, term.length());
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (sb.length() == 0) {
            throw new IllegalArgumentException("abbreviation side has no words: '" + text + "'");
        }
        return sb.get();
    }

    private static VietnameseTokenizer tokenizer(String text) {
        VietnameseTokenizer t = new VietnameseTokenizer(false);
        t.setReader(new StringReader(text));
        return t;
    }
}
