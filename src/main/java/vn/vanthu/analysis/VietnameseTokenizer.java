package vn.vanthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import vn.vanthu.text.VietnameseNormalizer;

/**
 * Splits Vietnamese text into syllables, but keeps document numbers ({@code 40/KH-HĐND},
 * {@code 15/2020/NQ-HĐND}), dates ({@code 07/11/2016}), codes ({@code KT-XH}, {@code 2016-2021})
 * and numbers ({@code 1.000.000}, {@code 83,33%}) whole. The parts of a compound ({@code 40},
 * {@code KH-HĐND}, {@code KH}, {@code HĐND}) follow it at the same position, so a query for a part
 * still matches.
 *
 * <p>Letters keep their combining marks and zero-width characters inside a token, so NFD input
 * stays one token and offsets always point at the original characters; normalising the term is
 * the job of {@link VietnameseNormalizationFilter}. Terms keep their original characters and case.
 *
 * <p>A dash joins two lower-case words only when a digit is involved ("tế-xã" splits, "KT-XH"
 * and "2016-2021" stay), because in prose a dash between words is punctuation.
 */
public final class VietnameseTokenizer extends Tokenizer {
    public static final String WORD = "<WORD>";
    public static final String NUM = "<NUM>";
    public static final String DOCNUM = "<DOCNUM>";
    public static final String DATE = "<DATE>";
    public static final String CODE = "<CODE>";
    public static final String PART = "<PART>";

    private static final int MAX_TOKEN_LENGTH = 255;

    // Character classes of every UTF-16 unit, looked up instead of asking Character per character
    // (Character.getType was the tokenizer's largest cost in the build profile). Same answers.
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte RUN = 4;
    /** A slash or a dash of any kind: what may join the runs of a compound. */
    private static final byte JOINER = 8;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            CLASSES[i] = (byte) ((Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (Character.isLetter(c) ? LETTER : 0) | (computeRunChar(c) ? RUN : 0)
                    | (VietnameseNormalizer.isSlash(c) || VietnameseNormalizer.isDash(c) ? JOINER : 0));
        }
    }
    private static final int MAX_PARTS = 16;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final boolean emitParts;

    private char[] text = new char[4096];
    private int length;
    private int pos;

    // Parts of the last compound, still to emit.
    private final int[] partStart = new int[MAX_PARTS];
    private final int[] partEnd = new int[MAX_PARTS];
    private int partCount;
    private int partNext;

    /** A tokenizer that emits the parts of compounds (for indexing). */
    public VietnameseTokenizer() {
        this(true);
    }

    /** @param emitParts whether the parts of compounds follow them (index side: yes; query side may say no) */
    public VietnameseTokenizer(boolean emitParts) {
        this.emitParts = emitParts;
    }

    public VietnameseTokenizer(AttributeFactory factory, boolean emitParts) {
        super(factory);
        this.emitParts = emitParts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        pos = 0;
        partCount = 0;
        partNext = 0;
        while (true) {
            if (length == text.length) {
                char[] bigger = new char[text.length * 2];
                System.arraycopy(text, 0, bigger, 0, length);
                text = bigger;
            }
            int n = input.read(text, length, text.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (partNext < partCount) {
            emit(partStart[partNext], partEnd[partNext], PART, 0);
            partNext++;
            return true;
        }
        while (pos < length && (CLASSES[text[pos]] & LETTER_OR_DIGIT) == 0) {
            pos++;
        }
        if (pos >= length) {
            return false;
        }
        int start = pos;
        int firstRunEnd = scanRun(start);
        int end = firstRunEnd;
        boolean slash = false;
        boolean dash = false;
        boolean numberSeparator = false;
        while (end + 1 < length) {
            char c = text[end];
            char next = text[end + 1];
            if ((CLASSES[c] & JOINER) != 0 && (CLASSES[next] & LETTER_OR_DIGIT) != 0) {
                slash |= VietnameseNormalizer.isSlash(c);
                dash |= VietnameseNormalizer.isDash(c);
                end = scanRun(end + 1);
            } else if ((c == '.' || c == ',') && isDigit(text[end - 1]) && isDigit(next)) {
                numberSeparator = true;
                end = scanRun(end + 1);
            } else {
                break;
            }
        }
        boolean percent = end < length && text[end] == '%' && isDigit(text[end - 1]);
        if (percent) {
            end++;
        }
        boolean hasDigit = false;
        boolean hasLetter = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (isDigit(c)) {
                hasDigit = true;
            } else if ((CLASSES[c] & LETTER) != 0) {
                hasLetter = true;
            }
        }
        String type;
        if (!slash && !dash) {
            type = hasLetter ? WORD : NUM;
        } else if (!slash && !hasDigit && !allRunsCapitalised(start, end)) {
            end = firstRunEnd; // "tế-xã": the dash is punctuation
            type = WORD;
            percent = false;
        } else if (isDate(start, end)) {
            type = DATE;
        } else if (slash && hasDigit && hasLetter) {
            type = DOCNUM;
        } else {
            type = CODE;
        }
        if (end - start > MAX_TOKEN_LENGTH) {
            end = start + MAX_TOKEN_LENGTH;
        }
        pos = end;
        partCount = 0;
        partNext = 0;
        if (emitParts && (slash || dash || percent || numberSeparator) && type != WORD) {
            collectParts(start, end, percent);
        }
        emit(start, end, type, 1);
        return true;
    }

    private void emit(int start, int end, String type, int posInc) {
        termAtt.copyBuffer(text, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        posIncAtt.setPositionIncrement(posInc);
        typeAtt.setType(type);
    }

    /** The end of the run of letters, digits, combining marks and zero-width characters at {@code i}. */
    private int scanRun(int i) {
        while (i < length && isRunChar(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isRunChar(char c) {
        return (CLASSES[c] & RUN) != 0;
    }

    private static boolean computeRunChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c) || VietnameseNormalizer.isIgnorable(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return (CLASSES[c] & JOINER) != 0;
    }

    /** Whether every run of the compound starts with a capital or a digit (a code such as KT-XH). */
    private boolean allRunsCapitalised(int start, int end) {
        boolean runStart = true;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (isJoiner(c)) {
                runStart = true;
            } else if (runStart) {
                if (!Character.isUpperCase(c) && !isDigit(c)) {
                    return false;
                }
                runStart = false;
            }
        }
        return true;
    }

    /** d{1,2} sep d{1,2} sep d{4} with the same separator, a plausible day and month. */
    private boolean isDate(int start, int end) {
        int[] groups = new int[3];
        int[] digits = new int[3];
        int g = 0;
        char sep = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (isDigit(c)) {
                groups[g] = groups[g] * 10 + (c - '0');
                digits[g]++;
                if (digits[g] > 4) {
                    return false;
                }
            } else if (isJoiner(c) && g < 2 && (sep == 0 || sep == c)) {
                sep = c;
                g++;
            } else {
                return false;
            }
        }
        return g == 2 && digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4
                && groups[0] >= 1 && groups[0] <= 31 && groups[1] >= 1 && groups[1] <= 12;
    }

    /** Segments between slashes, and the dash-separated pieces of each, in text order; no duplicates. */
    private void collectParts(int start, int end, boolean percent) {
        int segStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || VietnameseNormalizer.isSlash(text[i])) {
                int segEnd = (percent && i == end) ? end - 1 : i;
                addPart(segStart, segEnd, start, end);
                int pieceStart = segStart;
                for (int j = segStart; j <= segEnd; j++) {
                    if (j == segEnd || VietnameseNormalizer.isDash(text[j])) {
                        if (pieceStart < j && !(pieceStart == segStart && j == segEnd)) {
                            addPart(pieceStart, j, start, end);
                        }
                        pieceStart = j + 1;
                    }
                }
                segStart = i + 1;
            }
        }
    }

    private void addPart(int s, int e, int wholeStart, int wholeEnd) {
        if (s >= e || (s == wholeStart && e == wholeEnd) || partCount == MAX_PARTS) {
            return;
        }
        for (int k = 0; k < partCount; k++) {
            if (partStart[k] == s && partEnd[k] == e) {
                return;
            }
        }
        partStart[partCount] = s;
        partEnd[partCount] = e;
        partCount++;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > 1 << 20) {
            text = new char[4096]; // do not keep a huge document's buffer alive
        }
    }
}
