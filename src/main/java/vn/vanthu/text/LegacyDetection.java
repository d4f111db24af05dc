package vn.vanthu.text;

import java.util.Optional;

/**
 * What {@link LegacyEncodingDetector} concluded for a text: the encoding if any, how sure,
 * and the counts behind it.
 *
 * @param encoding     the legacy encoding found, or empty for text that is fine as it is
 * @param confidence   0–1: the share of words fixed in the lines the repair improves, scaled
 *                     down below 20 fixed words; at least 0.9 when a font name agrees
 * @param words        words with letters looked at (in lines that could be legacy text)
 * @param wordsFixed   words that became valid Vietnamese syllables under the repair
 * @param fromFontName whether a font name (.VnTime, VNI-Times) pointed to the encoding
 */
public record LegacyDetection(Optional<LegacyEncoding> encoding, double confidence, int words, int wordsFixed,
                              boolean fromFontName) {

    public static LegacyDetection none(int words) {
        return new LegacyDetection(Optional.empty(), 0, words, 0, false);
    }
}
