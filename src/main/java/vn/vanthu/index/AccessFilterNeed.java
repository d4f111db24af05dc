package vn.vanthu.index;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Whether a caller's access filter can exclude anything from one reader. In an archive whose
 * documents all carry levels the caller sees (every document public, for an anonymous visitor),
 * the filter matches every document, and leaving it out of the query gives the same matches,
 * scores and order for less work: it was a conjunction with a clause matching every document,
 * about 8 % of a search's CPU. Decided per reader, on the reader the search itself uses, so a
 * document given a hidden level later is filtered as soon as a search can see it.
 */
final class AccessFilterNeed {
    private AccessFilterNeed() {
    }

    /**
     * True unless every document of {@code reader} (deleted ones included: they still hold their
     * terms) has an access level and every level present is in {@code visible}.
     */
    static boolean needed(IndexReader reader, Collection<String> visible) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            int docs = leaf.reader().maxDoc();
            if (docs == 0) {
                continue;
            }
            Terms levels = leaf.reader().terms(IndexFields.ACCESS);
            // A document without a level matches no level: the filter would drop it.
            if (levels == null || levels.getDocCount() != docs) {
                return true;
            }
            TermsEnum te = levels.iterator();
            for (BytesRef level = te.next(); level != null; level = te.next()) {
                if (!visible.contains(level.utf8ToString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
