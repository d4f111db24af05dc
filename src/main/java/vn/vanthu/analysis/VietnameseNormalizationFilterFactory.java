package vn.vanthu.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link VietnameseNormalizationFilter}, SPI name {@value #NAME}. */
public final class VietnameseNormalizationFilterFactory extends TokenFilterFactory {
    public static final String NAME = "vietnameseNormalization";

    public VietnameseNormalizationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public VietnameseNormalizationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseNormalizationFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
