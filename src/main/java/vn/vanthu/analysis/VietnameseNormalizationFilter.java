package vn.vanthu.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanthu.text.ToneMarkPlacement;
import vn.vanthu.text.VietnameseNormalizer;

/**
 * Normalises each term the way {@link VietnameseNormalizer#normalize(String)} normalises text
 * (NFC, canonical tone placement, no zero-width characters, ASCII dashes and slashes), leaving
 * offsets alone so they keep pointing at the original characters. Case is kept.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        if (needsSlowPath(buf, len)) {
            String normalized = VietnameseNormalizer.normalize(termAtt.toString());
            termAtt.setEmpty().append(normalized);
            return true;
        }
        ToneMarkPlacement.canonicalizeRuns(buf, len);
        return true;
    }

    /**
     * Precomposed Latin letters (below U+0300 and the Vietnamese block U+1E00–U+1EFF) are already
     * NFC; anything else (combining marks, zero-width characters, Unicode dashes) takes the full path.
     */
    private static boolean needsSlowPath(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= '\u0300' && (c < '\u1E00' || c >= '\u1F00')) {
                return true;
            }
            if (c == '\u00AD') {
                return true;
            }
        }
        return false;
    }
}
