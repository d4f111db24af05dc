package vn.vanthu.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanthu.text.IyVariants;

/** Replaces a lower-case syllable spelled with i or y by the table's canonical spelling (kĩ → kỹ). */
public final class IyVariantFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> map;

    public IyVariantFilter(TokenStream input, IyVariants variants) {
        this(input, toCharArrayMap(variants));
    }

    IyVariantFilter(TokenStream input, CharArrayMap<char[]> map) {
        super(input);
        this.map = map;
    }

    static CharArrayMap<char[]> toCharArrayMap(IyVariants variants) {
        CharArrayMap<char[]> map = new CharArrayMap<>(variants.asMap().size(), false);
        for (Map.Entry<String, String> e : variants.asMap().entrySet()) {
            map.put(e.getKey(), e.getValue().toCharArray());
        }
        return CharArrayMap.unmodifiableMap(map);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] canonical = map.get(termAtt.buffer(), 0, termAtt.length());
        if (canonical != null) {
            termAtt.copyBuffer(canonical, 0, canonical.length);
        }
        return true;
    }
}
