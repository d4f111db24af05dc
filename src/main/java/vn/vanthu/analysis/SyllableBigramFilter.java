package vn.vanthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits each pair of adjacent syllables as one term ("cử tri", "hội đồng"), and nothing else, so
 * that Vietnamese words of two or more syllables rank as words without a segmentation dictionary.
 * Stacked tokens (the parts of a document number) are skipped: only the main token of each position
 * is paired. A bigram sits at the position of its first syllable and spans both in the offsets.
 */
public final class SyllableBigramFilter extends TokenFilter {
    public static final String BIGRAM = "<BIGRAM>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private char[] prev = new char[64];
    private int prevLength;
    private int prevStart;
    private int prevInc;
    private boolean hasPrev;

    public SyllableBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int inc = posIncAtt.getPositionIncrement();
            if (inc == 0) {
                continue;
            }
            if (!hasPrev) {
                remember(inc);
                continue;
            }
            int curLength = termAtt.length();
            int curStart = offsetAtt.startOffset();
            int curEnd = offsetAtt.endOffset();
            int bigramInc = prevInc;
            int bigramStart = prevStart;
            char[] cur = termAtt.buffer();
            // Save the current syllable before the term attribute is overwritten.
            char[] saved = copy(cur, curLength);
            char[] out = termAtt.resizeBuffer(prevLength + 1 + curLength);
            System.arraycopy(prev, 0, out, 0, prevLength);
            out[prevLength] = ' ';
            System.arraycopy(saved, 0, out, prevLength + 1, curLength);
            termAtt.setLength(prevLength + 1 + curLength);
            offsetAtt.setOffset(bigramStart, curEnd);
            posIncAtt.setPositionIncrement(bigramInc);
            typeAtt.setType(BIGRAM);
            prev = saved == scratch ? swapScratch() : saved;
            prevLength = curLength;
            prevStart = curStart;
            prevInc = inc;
            return true;
        }
        return false;
    }

    private char[] scratch = new char[64];

    private char[] copy(char[] src, int len) {
        if (scratch.length < len) {
            scratch = new char[Math.max(len, scratch.length * 2)];
        }
        System.arraycopy(src, 0, scratch, 0, len);
        return scratch;
    }

    /** The scratch buffer becomes the previous syllable; the old previous buffer becomes scratch. */
    private char[] swapScratch() {
        char[] p = scratch;
        scratch = prev;
        return p;
    }

    private void remember(int inc) {
        int len = termAtt.length();
        if (prev.length < len) {
            prev = new char[Math.max(len, prev.length * 2)];
        }
        System.arraycopy(termAtt.buffer(), 0, prev, 0, len);
        prevLength = len;
        prevStart = offsetAtt.startOffset();
        prevInc = inc;
        hasPrev = true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        hasPrev = false;
        prevLength = 0;
    }
}
