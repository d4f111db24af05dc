package vn.vanthu.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a text is mojibake of a legacy Vietnamese encoding, and which.
 *
 * <p>The surest signal is a font name (".VnTime" is TCVN3, "VNI-Times" is VNI). Without one,
 * each repair is tried and kept only when it turns many words into well-formed Vietnamese
 * syllables ({@link LegacySyllables}): "T«i ®i häc" has one valid word, its TCVN3 repair
 * "Tôi đi học" has three. Text that already holds letters only Unicode has (ư, ơ, đ, ạ…) is
 * Unicode and is never a candidate: the legacy mojibake is all Latin-1.
 */
public final class LegacyEncodingDetector {

    /**
     * Least words fixed, and least share of fixed words in the lines the repair improves, for
     * a repair without a font name. On the 59 shared originals no repair fixes a single word
     * of real Unicode text.
     */
    private static final int MIN_FIXED = 3;
    private static final double MIN_SHARE = 0.30;
    /** VIQR reuses ordinary punctuation, so it needs more words. */
    private static final int MIN_FIXED_VIQR = 5;

    private LegacyEncodingDetector() {
    }

    /** The encoding a font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
    public static Optional<LegacyEncoding> fromFontName(String fontName) {
        String f = fontName.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            return Optional.of(LegacyEncoding.TCVN3);
        }
        if (f.startsWith("vni-") || f.startsWith("vni ")) {
            return Optional.of(LegacyEncoding.VNI);
        }
        return Optional.empty();
    }

    /** True for the upper-case TCVN3 fonts (.VnTimeH, .VnArialH), whose lower-case bytes draw capitals. */
    public static boolean isUpperCaseTcvn3Font(String fontName) {
        String f = fontName.strip();
        return f.toLowerCase(Locale.ROOT).startsWith(".vn") && f.endsWith("H");
    }

    /** Detects the encoding of a whole text. */
    public static LegacyDetection detect(String text, Collection<String> fontNames) {
        return detect(LegacyParagraphs.split(text), fontNames);
    }

    static LegacyDetection detect(List<String> paragraphs, Collection<String> fontNames) {
        List<LegacyEncoding> hinted = new ArrayList<>();
        for (String font : fontNames) {
            fromFontName(font).filter(e -> !hinted.contains(e)).ifPresent(hinted::add);
        }
        int words = 0;
        boolean foreignLatin1 = false;
        // Only lines a repair improves count for it: a mixed document's Unicode lines get worse
        // under any repair, and are left alone anyway.
        Map<LegacyEncoding, Integer> gains = new EnumMap<>(LegacyEncoding.class);
        Map<LegacyEncoding, Integer> wordsOfGainingLines = new EnumMap<>(LegacyEncoding.class);
        for (String p : paragraphs) {
            if (!isCandidate(p)) {
                continue;
            }
            Score before = Score.of(p);
            words += before.words();
            foreignLatin1 |= hasForeignLatin1(p);
            for (LegacyEncoding e : LegacyEncoding.values()) {
                int gain = gain(e, p, before);
                if (gain > 0) {
                    gains.merge(e, gain, Integer::sum);
                    wordsOfGainingLines.merge(e, before.words(), Integer::sum);
                }
            }
        }
        LegacyEncoding best = null;
        int bestGain = 0;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            int gain = gains.getOrDefault(e, 0);
            double share = gain == 0 ? 0 : (double) gain / wordsOfGainingLines.get(e);
            boolean byFont = hinted.contains(e);
            boolean better = best == null ? gain >= 0 : gain > bestGain;
            if (better && accepted(e, gain, share, byFont, foreignLatin1)) {
                best = e;
                bestGain = gain;
            }
        }
        if (best == null) {
            return LegacyDetection.none(words);
        }
        boolean byFont = hinted.contains(best);
        double share = bestGain == 0 ? 0 : (double) bestGain / wordsOfGainingLines.get(best);
        // sure when many words are fixed and the lines fixed are mostly fixed words
        double confidence = share * Math.min(1.0, bestGain / 20.0);
        if (byFont) {
            confidence = Math.max(0.9, confidence);
        }
        return new LegacyDetection(Optional.of(best), confidence, words, bestGain, byFont);
    }

    private static boolean accepted(LegacyEncoding e, int gain, double share, boolean byFont, boolean foreignLatin1) {
        if (byFont) {
            // the font says so; still, the text must show a character Vietnamese never uses
            return gain > 0 || (gain == 0 && foreignLatin1);
        }
        int minFixed = e == LegacyEncoding.VIQR ? MIN_FIXED_VIQR : MIN_FIXED;
        return gain >= minFixed && share >= MIN_SHARE;
    }

    /** Net words a repair makes valid in one paragraph (negative when it breaks words). */
    static int gain(LegacyEncoding e, String paragraph) {
        return gain(e, paragraph, Score.of(paragraph));
    }

    /** As {@link #gain(LegacyEncoding, String)}; a repair that leaves the paragraph as it is (most, on ASCII lines) gains nothing, unscored. */
    private static int gain(LegacyEncoding e, String paragraph, Score before) {
        String repaired = e.toUnicode(paragraph);
        return repaired.equals(paragraph) ? 0 : Score.of(repaired).valid() - before.valid();
    }

    /**
     * False when the paragraph holds a letter or mark that only Unicode text has (Ă Đ Ĩ Ũ Ơ Ư
     * in either case, the precomposed block U+1EA0–U+1EF9, combining marks): such a paragraph
     * is real Unicode and must not be touched.
     */
    public static boolean isCandidate(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == 'Ă' || c == 'ă' || c == 'Đ' || c == 'đ' || c == 'Ĩ' || c == 'ĩ' || c == 'Ũ' || c == 'ũ'
                || c == 'Ơ' || c == 'ơ' || c == 'Ư' || c == 'ư'
                || (c >= '\u1EA0' && c <= '\u1EF9') || (c >= '\u0300' && c <= '\u036F')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text holds a Latin-1 character outside the Vietnamese alphabet (« ® µ ¸ ñ ö
     * ï ø…): the trace a TCVN3 or VNI font leaves, and rare in Unicode Vietnamese.
     */
    public static boolean hasForeignLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA1 && c <= 0xFF && VIETNAMESE_LATIN1.indexOf(Character.toLowerCase(c)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúý";

    /** Words with letters, and how many of them are Vietnamese syllables. */
    record Score(int words, int valid) {
        static Score of(String text) {
            int words = 0;
            int valid = 0;
            int n = text.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    break;
                }
                String w = LegacyParagraphs.stripPunctuation(text.substring(start, i));
                if (hasLetter(w)) {
                    words++;
                    if (LegacySyllables.isSyllable(w)) {
                        valid++;
                    }
                }
            }
            return new Score(words, valid);
        }

        private static boolean hasLetter(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i)) || Tcvn3Codec.isMapped(w.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
