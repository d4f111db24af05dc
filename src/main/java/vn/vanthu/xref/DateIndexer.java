package vn.vanthu.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.catalog.XrefStore;
import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;

/**
 * Reads the dates each document's text mentions and stores them with their sentences, for the
 * date cross-reference. The header's own date line ("Khoa, ngày 28 tháng 12 năm 2016") is the
 * issue date, not a mention, and is left out.
 */
public final class DateIndexer {
    /** The header's date line stands within the first lines of a document. */
    private static final int HEADER_REACH = 800;
    private static final int BATCH = 500;

    private final XrefStore store;

    public DateIndexer(XrefStore store) {
        this.store = store;
    }

    /** Scans every document not scanned yet; returns how many. */
    public int scanPending() {
        int n = 0;
        List<Long> ids;
        while (!(ids = store.unscannedDocuments(BATCH)).isEmpty()) {
            Map<Long, List<XrefStore.NewDateMention>> found = new LinkedHashMap<>();
            for (XrefStore.ScanInput in : store.scanInputs(ids)) {
                found.put(in.id(), mentions(in.text(), in.issued()));
            }
            store.saveDateMentions(found);
            n += ids.size();
        }
        return n;
    }

    static List<XrefStore.NewDateMention> mentions(String text, Optional<LocalDate> issued) {
        List<XrefStore.NewDateMention> out = new ArrayList<>();
        boolean headerSkipped = false;
        for (DateMention m : DateMentions.findAll(text)) {
            if (!headerSkipped && m.start() < HEADER_REACH && issued.filter(m.date()::equals).isPresent()) {
                headerSkipped = true;
                continue;
            }
            out.add(new XrefStore.NewDateMention(m.date(), m.start(), Sentences.around(text, m.start())));
        }
        return out;
    }
}
