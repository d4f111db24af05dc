package vn.vanthu.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.text.AbbreviationTable;
import vn.vanthu.text.IyVariants;

/**
 * vanthu's analysis chains built from one set of config tables (i/y variants, abbreviations).
 * Index side: {@link #exact()}, {@link #folded()}, {@link #exactBigrams()}, {@link #foldedBigrams()}.
 * Query side: {@link #exactQuery()} and {@link #foldedQuery()} add the abbreviation expansions.
 */
public final class VietnameseAnalysis {
    /** Table names in {@code index-config/}. */
    public static final String IY_VARIANTS_TABLE = "iy-variants.txt";
    public static final String ABBREVIATIONS_TABLE = "abbreviations.txt";

    private final IyVariants iyVariants;
    private final SynonymMap abbreviations;
    private final Analyzer base = analyzer(false, false, true, false);

    public VietnameseAnalysis(IyVariants iyVariants, AbbreviationTable abbreviations) {
        this.iyVariants = iyVariants;
        this.abbreviations = AbbreviationSynonyms.build(abbreviations);
    }

    /** The chains configured by the tables of {@code config}. */
    public static VietnameseAnalysis of(IndexConfig config) {
        return new VietnameseAnalysis(IyVariants.parse(config.lines(IY_VARIANTS_TABLE)),
                AbbreviationTable.parse(config.lines(ABBREVIATIONS_TABLE)));
    }

    public Analyzer exact() {
        return analyzer(false, false, true, false);
    }

    public Analyzer folded() {
        return analyzer(true, false, true, false);
    }

    public Analyzer exactBigrams() {
        return analyzer(false, true, true, false);
    }

    public Analyzer foldedBigrams() {
        return analyzer(true, true, true, false);
    }

    /**
     * The text analysed once, ready to be replayed as the four index fields' token streams (the fast
     * way to index a document: one analysis instead of four).
     */
    public AnalyzedText analyzeOnce(String text) {
        return AnalyzedText.of(base, text);
    }

    /** {@link #exact()} for queries: abbreviations expanded both ways (a token graph). */
    public Analyzer exactQuery() {
        return analyzer(false, false, false, true);
    }

    /** {@link #folded()} for queries: abbreviations expanded both ways (a token graph). */
    public Analyzer foldedQuery() {
        return analyzer(true, false, false, true);
    }

    private Analyzer analyzer(boolean fold, boolean bigrams, boolean parts, boolean expand) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new VietnameseTokenizer(parts);
                TokenStream ts = new VietnameseNormalizationFilter(tokenizer);
                if (expand) {
                    ts = new SynonymGraphFilter(ts, abbreviations, false);
                }
                ts = new TableLowerCaseFilter(ts);
                ts = new IyVariantFilter(ts, iyVariants);
                if (fold) {
                    ts = new VietnameseFoldingFilter(ts);
                }
                if (bigrams) {
                    ts = new SyllableBigramFilter(ts);
                }
                return new TokenStreamComponents(tokenizer, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                TokenStream ts = new TableLowerCaseFilter(in);
                return fold ? new VietnameseFoldingFilter(ts) : ts;
            }
        };
    }
}
