package vn.vanthu.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link VietnameseTokenizer}, SPI name {@value #NAME}.
 * Argument {@code parts} (default true): emit the parts of document numbers and codes.
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "vietnamese";

    private final boolean parts;

    public VietnameseTokenizerFactory(Map<String, String> args) {
        super(args);
        parts = getBoolean(args, "parts", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public VietnameseTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public VietnameseTokenizer create(AttributeFactory factory) {
        return new VietnameseTokenizer(factory, parts);
    }
}
