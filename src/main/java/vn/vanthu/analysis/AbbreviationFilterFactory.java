package vn.vanthu.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import vn.vanthu.text.AbbreviationTable;

/**
 * Query-side abbreviation expansion (a {@link SynonymGraphFilter} over {@link AbbreviationSynonyms}),
 * SPI name {@value #NAME}. Place it after {@code vietnameseNormalization} and before {@code lowercase}.
 * Argument {@code abbreviations}: a table in the format of {@code index-config/abbreviations.txt};
 * without it, the bundled table.
 */
public final class AbbreviationFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
    public static final String NAME = "vietnameseAbbreviation";

    private final String file;
    private SynonymMap map;

    public AbbreviationFilterFactory(Map<String, String> args) {
        super(args);
        file = get(args, "abbreviations");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For SPI only. */
    public AbbreviationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        map = AbbreviationSynonyms.build(AbbreviationTable.parse(ConfigTables.lines(loader, file,
                VietnameseAnalysis.ABBREVIATIONS_TABLE)));
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, map, false);
    }
}
