package vn.vanthu.analysis;

import org.apache.lucene.analysis.Analyzer;
import vn.vanthu.config.IndexConfig;

/**
 * The analyzers of vanthu's index fields, configured by the tables bundled in the jar. For tables
 * edited by an office, use {@link #withConfig(IndexConfig)}.
 */
public final class VietnameseAnalyzers {
    private VietnameseAnalyzers() {
    }

    private static final class Bundled {
        static final VietnameseAnalysis ANALYSIS = VietnameseAnalysis.of(IndexConfig.bundled());
    }

    /** The chains configured by {@code config}'s tables. */
    public static VietnameseAnalysis withConfig(IndexConfig config) {
        return VietnameseAnalysis.of(config);
    }

    /** Syllables with diacritics kept, lower case, NFC, canonical tone placement, compounds whole plus parts. */
    public static Analyzer exact() {
        return Bundled.ANALYSIS.exact();
    }

    /** Like {@link #exact()} without tone or vowel marks, đ→d. */
    public static Analyzer folded() {
        return Bundled.ANALYSIS.folded();
    }

    /** Pairs of adjacent syllables of {@link #exact()}, joined by a space. */
    public static Analyzer exactBigrams() {
        return Bundled.ANALYSIS.exactBigrams();
    }

    /** Pairs of adjacent syllables of {@link #folded()}, joined by a space. */
    public static Analyzer foldedBigrams() {
        return Bundled.ANALYSIS.foldedBigrams();
    }

    /** {@link #exact()} for queries, with abbreviations expanded both ways. */
    public static Analyzer exactQuery() {
        return Bundled.ANALYSIS.exactQuery();
    }

    /** {@link #folded()} for queries, with abbreviations expanded both ways. */
    public static Analyzer foldedQuery() {
        return Bundled.ANALYSIS.foldedQuery();
    }
}
