package vn.vanthu.xref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.vanthu.catalog.CitationRow;
import vn.vanthu.catalog.DocumentRef;
import vn.vanthu.catalog.XrefStore;
import vn.vanthu.document.DocumentNumber;

/**
 * Keeps the stored resolutions current: resolves citations nobody has resolved yet, and when
 * documents arrive re-resolves every citation of their numbers, so that a citation of a
 * document ingested later links up (and one that now has two candidates becomes ambiguous).
 */
public final class CitationLinker {
    private static final int BATCH = 2000;

    private final XrefStore store;
    private final CitationResolver resolver = new CitationResolver();

    public CitationLinker(XrefStore store) {
        this.store = store;
    }

    /** Resolves every numbered citation without a stored resolution; returns how many. */
    public synchronized int resolvePending() {
        return resolvePending(new BearerCache());
    }

    private int resolvePending(BearerCache cache) {
        int n = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = store.unresolvedCitationIds(after, BATCH)).isEmpty()) {
            n += resolve(ids, cache);
            after = ids.get(ids.size() - 1);
        }
        return n;
    }

    /**
     * After documents were added: resolves their citations and re-resolves the citations of the
     * numbers they bear. Returns how many citations were (re)resolved.
     */
    public synchronized int documentsAdded(Collection<Long> documentIds) {
        Set<String> keys = new LinkedHashSet<>();
        for (DocumentRef d : store.refs(documentIds).values()) {
            d.number().filter(num -> !num.isBlank()).map(DocumentNumber::key).ifPresent(keys::add);
        }
        List<Long> affected = store.citationIdsOfKeys(keys);
        BearerCache cache = new BearerCache();
        int n = 0;
        for (int i = 0; i < affected.size(); i += BATCH) {
            n += resolve(affected.subList(i, Math.min(affected.size(), i + BATCH)), cache);
        }
        return n + resolvePending(cache);
    }

    /**
     * After staff corrected documents' metadata: re-resolves their own citations (a citer's date
     * and issuer narrow what its citations mean) and every citation of the numbers they bore
     * before ({@code formerKeys}) or bear now. Returns how many citations were re-resolved.
     */
    public synchronized int documentsCorrected(Collection<Long> documentIds, Collection<String> formerKeys) {
        Set<String> keys = new LinkedHashSet<>(formerKeys);
        for (DocumentRef d : store.refs(documentIds).values()) {
            d.number().filter(num -> !num.isBlank()).map(DocumentNumber::key).ifPresent(keys::add);
        }
        Set<Long> affected = new LinkedHashSet<>(store.citationIdsOfKeys(keys));
        for (long id : documentIds) {
            store.citationsBy(id).forEach(r -> affected.add(r.id()));
        }
        List<Long> ids = new ArrayList<>(affected);
        BearerCache cache = new BearerCache();
        int n = 0;
        for (int i = 0; i < ids.size(); i += BATCH) {
            n += resolve(ids.subList(i, Math.min(ids.size(), i + BATCH)), cache);
        }
        return n;
    }

    /**
     * The documents bearing each key, kept for one run: a bulk run meets the same much-cited keys
     * in batch after batch. Bounded, so a huge first run cannot hold the whole catalog.
     */
    private final class BearerCache {
        private static final int MAX_REFS = 400_000;
        private final Map<String, List<DocumentRef>> byKey = new java.util.HashMap<>();
        private int refs;

        Map<String, List<DocumentRef>> get(Set<String> keys) {
            List<String> wanted = keys.stream().filter(k -> !byKey.containsKey(k)).toList();
            if (!wanted.isEmpty()) {
                if (refs > MAX_REFS) {
                    byKey.clear();
                    refs = 0;
                    wanted = List.copyOf(keys);
                }
                Map<String, List<DocumentRef>> found = store.refsByKeys(wanted);
                for (String k : wanted) {
                    List<DocumentRef> l = found.getOrDefault(k, List.of());
                    byKey.put(k, l);
                    refs += l.size() + 1;
                }
            }
            return byKey;
        }
    }

    private int resolve(List<Long> citationIds, BearerCache cache) {
        List<CitationRow> rows = store.citationsByIds(citationIds);
        Set<String> keys = new LinkedHashSet<>();
        for (CitationRow r : rows) {
            r.citation().number().map(DocumentNumber::key).ifPresent(keys::add);
        }
        Map<String, List<DocumentRef>> bearers = cache.get(keys);
        List<XrefStore.Resolution> out = new ArrayList<>(rows.size());
        for (CitationRow r : rows) {
            if (r.citation().number().isEmpty()) {
                continue;
            }
            String key = r.citation().number().get().key();
            CitationResolver.Outcome o = resolver.resolve(r.citation(), r.citer(), bearers.getOrDefault(key, List.of()));
            out.add(new XrefStore.Resolution(r.id(), o.status().code(),
                    o.candidates().stream().map(DocumentRef::id).filter(Objects::nonNull).toList()));
        }
        store.saveResolutions(out);
        return out.size();
    }
}
