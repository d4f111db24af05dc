package vn.vanthu.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.vanthu.text.VietnameseFolding;

/**
 * A text analysed once (tokenized, normalised, lower-cased, i/y canonical) and replayed as the
 * token streams of the four index fields, so indexing a document costs one analysis instead of
 * four. Each replay gives exactly the tokens of the matching analyzer ({@link VietnameseAnalysis#exact()},
 * {@link VietnameseAnalysis#folded()}, {@link VietnameseAnalysis#exactBigrams()},
 * {@link VietnameseAnalysis#foldedBigrams()}); use them as {@code new Field(name, stream, type)}.
 * Not thread-safe; each stream may be consumed once.
 */
public final class AnalyzedText {
    /**
     * How the product indexes {@link #exact()}: positions (phrases, and the folded and syllable-pair
     * clauses built at query time) and offsets (highlighting from the postings).
     */
    public static final FieldType FIELD_TYPE;

    static {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        FIELD_TYPE = t;
    }

    private char[] chars = new char[256];
    private int charCount;
    private int[] termStart = new int[64];
    private int[] termLength = new int[64];
    private int[] startOffset = new int[64];
    private int[] endOffset = new int[64];
    private int[] posInc = new int[64];
    private String[] type = new String[64];
    private int count;
    private int finalOffset;

    // Folded terms, computed on first use.
    private char[] foldedChars;
    private int[] foldedStart;
    private int[] foldedLength;

    private AnalyzedText() {
    }

    /** Runs {@code base} (the shared prefix of the four chains) over {@code text} once. */
    static AnalyzedText of(Analyzer base, String text) {
        AnalyzedText a = new AnalyzedText();
        try (TokenStream ts = base.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute typeAtt = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                a.add(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(),
                        inc.getPositionIncrement(), typeAtt.type());
            }
            ts.end();
            a.finalOffset = offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    private void add(char[] buf, int len, int start, int end, int inc, String t) {
        if (count == termStart.length) {
            int n = count * 2;
            termStart = Arrays.copyOf(termStart, n);
            termLength = Arrays.copyOf(termLength, n);
            startOffset = Arrays.copyOf(startOffset, n);
            endOffset = Arrays.copyOf(endOffset, n);
            posInc = Arrays.copyOf(posInc, n);
            type = Arrays.copyOf(type, n);
        }
        if (charCount + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
        }
        System.arraycopy(buf, 0, chars, charCount, len);
        termStart[count] = charCount;
        termLength[count] = len;
        startOffset[count] = start;
        endOffset[count] = end;
        posInc[count] = inc;
        type[count] = t;
        charCount += len;
        count++;
    }

    private void fold() {
        if (foldedChars != null) {
            return;
        }
        foldedChars = Arrays.copyOf(chars, charCount);
        foldedStart = termStart;
        foldedLength = new int[count];
        for (int i = 0; i < count; i++) {
            foldedLength[i] = VietnameseFolding.fold(foldedChars, termStart[i], termLength[i]);
        }
    }

    /** Number of tokens, parts included. */
    public int tokenCount() {
        return count;
    }

    public TokenStream exact() {
        return new Replay(chars, termLength, false);
    }

    public TokenStream folded() {
        fold();
        return new Replay(foldedChars, foldedLength, false);
    }

    public TokenStream exactBigrams() {
        return new Replay(chars, termLength, true);
    }

    public TokenStream foldedBigrams() {
        fold();
        return new Replay(foldedChars, foldedLength, true);
    }

    /** Replays the stored tokens, or pairs of adjacent main tokens (as {@link SyllableBigramFilter}). */
    private final class Replay extends TokenStream {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute incAtt = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final char[] text;
        private final int[] lengths;
        private final boolean bigrams;
        private int next;
        private int prev = -1;

        Replay(char[] text, int[] lengths, boolean bigrams) {
            this.text = text;
            this.lengths = lengths;
            this.bigrams = bigrams;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (!bigrams) {
                if (next >= count) {
                    return false;
                }
                int i = next++;
                termAtt.copyBuffer(text, termStart[i], lengths[i]);
                offsetAtt.setOffset(startOffset[i], endOffset[i]);
                incAtt.setPositionIncrement(posInc[i]);
                typeAtt.setType(type[i]);
                return true;
            }
            while (next < count) {
                int i = next++;
                if (posInc[i] == 0) {
                    continue;
                }
                if (prev < 0) {
                    prev = i;
                    continue;
                }
                int a = lengths[prev];
                int b = lengths[i];
                char[] out = termAtt.resizeBuffer(a + 1 + b);
                System.arraycopy(text, termStart[prev], out, 0, a);
                out[a] = ' ';
                System.arraycopy(text, termStart[i], out, a + 1, b);
                termAtt.setLength(a + 1 + b);
                offsetAtt.setOffset(startOffset[prev], endOffset[i]);
                incAtt.setPositionIncrement(posInc[prev]);
                typeAtt.setType(SyllableBigramFilter.BIGRAM);
                prev = i;
                return true;
            }
            return false;
        }

        @Override
        public void reset() {
            next = 0;
            prev = -1;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offsetAtt.setOffset(finalOffset, finalOffset);
        }
    }
}
