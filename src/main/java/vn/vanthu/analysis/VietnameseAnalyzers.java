package vn.vanthu.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The analyzers of vanthu's index fields. FIRST FORM: to be replaced by the full Vietnamese chain
 * (issue 3); the method names and meanings are the contract with the index package.
 */
public final class VietnameseAnalyzers {
    private VietnameseAnalyzers() {
    }

    /** Syllables with diacritics kept, lower case, canonical form. */
    public static Analyzer exact() {
        return chain(false, false);
    }

    /** Syllables without tone marks, đ→d, lower case. */
    public static Analyzer folded() {
        return chain(true, false);
    }

    /** Pairs of adjacent syllables of {@link #exact()}, joined by a space. */
    public static Analyzer exactBigrams() {
        return chain(false, true);
    }

    /** Pairs of adjacent syllables of {@link #folded()}, joined by a space. */
    public static Analyzer foldedBigrams() {
        return chain(true, true);
    }

    private static Analyzer chain(boolean fold, boolean bigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                ICUTokenizer tokenizer = new ICUTokenizer();
                TokenStream ts = new ICUNormalizer2Filter(tokenizer);
                ts = new LowerCaseFilter(ts);
                if (fold) {
                    ts = new ICUFoldingFilter(ts);
                }
                if (bigrams) {
                    ShingleFilter sf = new ShingleFilter(ts, 2, 2);
                    sf.setOutputUnigrams(false);
                    ts = sf;
                }
                return new TokenStreamComponents(tokenizer, ts);
            }
        };
    }
}
