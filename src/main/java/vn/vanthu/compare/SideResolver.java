package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.access.Visibility;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.index.SearchHit;
import vn.vanthu.index.SearchIndex;
import vn.vanthu.index.SearchRequest;
import vn.vanthu.index.SearchResults;

/**
 * Turns what a person typed into one side of a comparison: a session id ("3"), a session label
 * ("kỳ họp thứ ba", "Kỳ họp thứ 3 (khóa XI)", "ky hop thu ba": see TypedSessionLabel), or a search; "q:"
 * before the words forces a search.
 */
final class SideResolver {
    static final int MAX_SEARCH_DOCUMENTS = 300;
    private static final int MAX_INPUT = 300;

    private final Catalog catalog;
    private final SessionStore sessions;
    private final SearchIndex index;

    SideResolver(Catalog catalog, SessionStore sessions, SearchIndex index) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.index = index;
    }

    /** A resolved side: its documents and, for a session, why each belongs to it. */
    record Resolved(String label, String kind, Optional<SessionRecord> session, String query,
                    List<ArchivedDocument> documents, Map<Long, String> reasons) {
    }

    Resolved resolve(String input, String name) {
        return resolve(input, name, Optional.empty());
    }

    /** A side as a caller sees it: only the documents they may see (empty: every document). */
    Resolved resolve(String input, String name, Optional<Visibility> caller) {
        // Composed (NFC) like the labels it is matched against: an NFD label would otherwise become a search.
        String spec = input == null ? "" : java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC).strip();
        if (spec.isEmpty()) {
            throw new UnresolvedSideException("'" + name + "' is required: a session id or label (kỳ họp thứ ba khóa XI) or search words",
                    "Bên " + name + " còn trống: gõ mã kỳ họp, tên kỳ họp (kỳ họp thứ ba khóa XI) hoặc từ khóa tìm kiếm.");
        }
        if (spec.length() > MAX_INPUT) {
            throw new UnresolvedSideException("'" + name + "' is longer than " + MAX_INPUT + " characters",
                    "Bên " + name + " dài quá " + MAX_INPUT + " ký tự.");
        }
        if (spec.regionMatches(true, 0, "q:", 0, 2)) {
            return search(spec.substring(2).strip(), name, caller);
        }
        Optional<SessionRecord> session = session(spec, name);
        return session.map(s -> ofSession(s, caller)).orElseGet(() -> search(spec, name, caller));
    }

    private Optional<SessionRecord> session(String spec, String name) {
        if (spec.matches("\\d{1,9}")) {
            Optional<SessionRecord> byId = sessions.get(Long.parseLong(spec));
            if (byId.isPresent()) {
                return byId;
            }
            throw new UnresolvedSideException("'" + name + "': no session with id " + spec + " (see /api/sessions)",
                    "Bên " + name + ": không có kỳ họp mã " + spec + " (xem trang Các kỳ họp).");
        }
        List<SessionMentions.Mention> named = TypedSessionLabel.read(spec);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        var ref = named.get(0).session();
        List<SessionRecord> matches = sessions.all().stream()
                .filter(s -> s.ref().number() == ref.number() && s.ref().kind().equals(ref.kind()))
                .filter(s -> ref.term().isEmpty() || s.ref().term().equals(ref.term()))
                .toList();
        if (matches.isEmpty()) {
            throw new UnresolvedSideException("'" + name + "': the archive has no " + ref.label() + " (see /api/sessions)",
                    "Bên " + name + ": kho chưa có " + ref.label() + " (xem trang Các kỳ họp).");
        }
        if (matches.size() > 1) {
            String choices = String.join(", ", matches.stream().map(s -> s.ref().label() + " (id " + s.id() + ")").toList());
            throw new UnresolvedSideException("'" + name + "': " + ref.label() + " is ambiguous; name the term, e.g. " + choices,
                    "Bên " + name + ": có nhiều " + ref.label() + "; xin ghi rõ khóa, vd. " + choices + ".");
        }
        return Optional.of(matches.get(0));
    }

    private Resolved ofSession(SessionRecord s, Optional<Visibility> caller) {
        List<ArchivedDocument> docs = sessions.documentsOf(s.id()).stream()
                .filter(d -> caller.map(c -> c.sees(d.id())).orElse(true)).toList();
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (SessionAssignment a : sessions.assignmentsOf(s.id())) {
            if (caller.map(c -> c.sees(a.documentId())).orElse(true)) {
                reasons.put(a.documentId(), a.reason());
            }
        }
        String days = s.opening().map(o -> " — " + o + s.closing().filter(c -> !c.equals(o)).map(c -> " … " + c).orElse(""))
                .orElse("");
        return new Resolved(s.label() + days, Comparison.Side.SESSION, Optional.of(s), "", docs, reasons);
    }

    private Resolved search(String words, String name, Optional<Visibility> caller) {
        if (words.isBlank()) {
            throw new UnresolvedSideException("'" + name + "': give search words after 'q:'",
                    "Bên " + name + ": gõ từ khóa tìm kiếm sau “q:”.");
        }
        List<ArchivedDocument> docs = new ArrayList<>();
        Map<Long, String> reasons = new LinkedHashMap<>();
        int size = SearchRequest.MAX_SIZE;
        for (int page = 1; docs.size() < MAX_SEARCH_DOCUMENTS; page++) {
            SearchRequest base = SearchRequest.of(words);
            SearchRequest request = new SearchRequest(base.query(), base.type(), base.issuer(), base.year(),
                    base.session(), base.from(), base.to(), base.sort(), page, size);
            SearchResults r = caller.isPresent() ? index.search(request, caller.get().levels()) : index.search(request);
            for (SearchHit h : r.hits()) {
                catalog.get(h.id()).ifPresent(d -> {
                    docs.add(d);
                    reasons.put(d.id(), "khớp tìm kiếm «" + words + "»");
                });
            }
            if (r.hits().size() < size || (long) page * size >= r.total()) {
                break;
            }
        }
        if (docs.isEmpty()) {
            throw new UnresolvedSideException("'" + name + "': the search «" + words + "» finds no documents",
                    "Bên " + name + ": không tìm thấy văn bản nào với «" + words + "».");
        }
        return new Resolved("Tìm: «" + words + "»", Comparison.Side.SEARCH, Optional.empty(), words, docs, reasons);
    }
}
