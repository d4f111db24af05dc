package vn.vanthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanthu.text.VietnameseFolding;

/** Folds each (NFC) term with {@link VietnameseFolding}: lower case, no marks, đ → d. */
public final class VietnameseFoldingFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        termAtt.setLength(VietnameseFolding.fold(termAtt.buffer(), termAtt.length()));
        return true;
    }
}
