package vn.vanthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases each term exactly as Lucene's {@code LowerCaseFilter} does ({@code Character.toLowerCase}
 * of every code point), but reads each character's lower case from a table built once from the
 * same method: asking {@code Character} per code point was a visible share of the index build.
 * Surrogate pairs take Lucene's own path.
 */
public final class TableLowerCaseFilter extends TokenFilter {
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int lower = Character.isSurrogate((char) c) ? c : Character.toLowerCase(c);
            if (lower > Character.MAX_VALUE) {
                // No BMP character lower-cases outside the BMP; the table could not say it.
                throw new IllegalStateException("U+" + Integer.toHexString(c) + " lower-cases outside the BMP");
            }
            LOWER[c] = (char) lower;
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public TableLowerCaseFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        lowerCase(termAtt.buffer(), termAtt.length());
        return true;
    }

    /** {@code CharacterUtils.toLowerCase(buf, 0, len)}, from the table up to the first surrogate. */
    static void lowerCase(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (Character.isSurrogate(c)) {
                CharacterUtils.toLowerCase(buf, i, len);
                return;
            }
            buf[i] = LOWER[c];
        }
    }
}
