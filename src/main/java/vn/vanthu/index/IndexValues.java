package vn.vanthu.index;

import java.util.Locale;

import vn.vanthu.text.VietnameseFolding;
import vn.vanthu.text.VietnameseNormalizer;

/** The keyword forms values take in the index, the same when indexing and when querying. */
final class IndexValues {
    private IndexValues() {
    }

    /** Lower case, no diacritics, đ→d, single spaces: "Kế hoạch" → "ke hoach". */
    static String folded(String s) {
        return VietnameseFolding.fold(VietnameseNormalizer.normalize(s)).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    /** A type code as matched: upper case, Đ→D ("ĐA" and "DA" stay apart in the catalog, not here). */
    static String typeCode(String s) {
        return folded(s).toUpperCase(Locale.ROOT);
    }
}
