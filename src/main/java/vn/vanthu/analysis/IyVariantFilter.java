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
    // A term no key could equal skips the map's hashing (most syllables: the keys are a few short ones).
    private final int minLength;
    private final int maxLength;
    /** Bit {@code c & 63} set for the last character {@code c} of every key. */
    private final long lastChars;

    public IyVariantFilter(TokenStream input, IyVariants variants) {
        this(input, toCharArrayMap(variants));
    }

    IyVariantFilter(TokenStream input, CharArrayMap<char[]> map) {
        super(input);
        this.map = map;
        int min = Integer.MAX_VALUE;
        int max = 0;
        long last = 0;
        for (Object key : map.keySet()) {
            char[] k = key instanceof char[] chars ? chars : key.toString().toCharArray();
            if (k.length == 0) {
                min = 0;
                continue;
            }
            min = Math.min(min, k.length);
            max = Math.max(max, k.length);
            last |= 1L << (k[k.length - 1] & 63);
        }
        this.minLength = min;
        this.maxLength = max;
        this.lastChars = last;
    }

    private boolean mayBeKey(char[] buf, int len) {
        if (len == 0) {
            return minLength == 0;
        }
        return len >= minLength && len <= maxLength && (lastChars >>> (buf[len - 1] & 63) & 1) != 0;
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
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        if (!mayBeKey(buf, len)) {
            return true;
        }
        char[] canonical = map.get(buf, 0, len);
        if (canonical != null) {
            termAtt.copyBuffer(canonical, 0, canonical.length);
        }
        return true;
    }
}
