package vn.vanthu.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import vn.vanthu.text.IyVariants;

/**
 * Factory for {@link IyVariantFilter}, SPI name {@value #NAME}. Argument {@code variants}: a table in
 * the format of {@code index-config/iy-variants.txt}; without it, the bundled table.
 */
public final class IyVariantFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
    public static final String NAME = "vietnameseIyVariant";

    private final String file;
    private CharArrayMap<char[]> map;

    public IyVariantFilterFactory(Map<String, String> args) {
        super(args);
        file = get(args, "variants");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public IyVariantFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        map = IyVariantFilter.toCharArrayMap(IyVariants.parse(ConfigTables.lines(loader, file,
                VietnameseAnalysis.IY_VARIANTS_TABLE)));
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new IyVariantFilter(input, map);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
