package vn.vanthu.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link SyllableBigramFilter}, SPI name {@value #NAME}. */
public final class SyllableBigramFilterFactory extends TokenFilterFactory {
    public static final String NAME = "syllableBigram";

    public SyllableBigramFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public SyllableBigramFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SyllableBigramFilter(input);
    }
}
