package vn.vanthu.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.catalog.SessionStore;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.SessionRef;

/**
 * Makes sessions records of their own from what the documents say, and puts each document into
 * one: a document naming a session as its subject goes there; a preparation document (plan,
 * notice, guidance, letter, invitation, submission, report) that names none goes to the next
 * session opening within {@value #PREPARATION_WINDOW_DAYS} days of its date when its text is about
 * a session's work; a resolution dated during a sitting goes to that session. Each assignment
 * keeps its reason in words. Staff corrections and staff assignments are never overwritten.
 */
public final class SessionRegistry {
    static final int PREPARATION_WINDOW_DAYS = 75;
    private static final Set<String> PREPARATION_TYPES = Set.of("KH", "TB", "HD", "CV", "GM", "TTr", "BC", "CTr");
    private static final Pattern CONTENT_CUE = Pattern.compile(
            "(?iu)kỳ họp|tiếp xúc cử tri|trình HĐND|trình Hội đồng nhân dân|dự thảo nghị quyết|kiến nghị của cử tri|thẩm tra");
    private static final Pattern NAMES_A_SESSION = Pattern.compile("(?iu)k[ỳìyi]\\s*họp");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final SessionStore store;

    public SessionRegistry(SessionStore store) {
        this.store = store;
    }

    /** What one document contributes, kept small so the whole archive fits in memory. */
    private record Facts(long id, String label, Optional<LocalDate> issued, Optional<String> typeCode, String typeName,
                         Optional<SessionRef> subject, List<SessionDates.Statement> statements, Optional<String> cue) {
    }

    /** Reads every document again, records the sessions and reassigns documents; returns the sessions. */
    public List<SessionRecord> refresh() {
        List<Facts> facts = new ArrayList<>();
        store.forEachDocument(d -> facts.add(factsOf(d)));
        TermResolver terms = new TermResolver(facts.stream().flatMap(f -> {
            List<SessionRef> refs = new ArrayList<>();
            f.subject().ifPresent(refs::add);
            f.statements().forEach(s -> refs.add(s.session()));
            return refs.stream();
        }).toList());

        Map<SessionRef, List<Dated>> datesBySession = new LinkedHashMap<>();
        Set<SessionRef> sessions = new LinkedHashSet<>();
        for (Facts f : facts) {
            f.subject().map(terms::resolve).ifPresent(sessions::add);
            for (SessionDates.Statement s : f.statements()) {
                SessionRef ref = f.subject().filter(sub -> sub.number() == s.session().number() && s.session().term().isEmpty())
                        .map(terms::resolve).orElse(terms.resolve(s.session()));
                sessions.add(ref);
                datesBySession.computeIfAbsent(ref, k -> new ArrayList<>()).add(new Dated(s, f));
            }
        }
        List<SessionStore.ReadSession> read = new ArrayList<>();
        for (SessionRef ref : sessions) {
            List<Dated> dated = datesBySession.getOrDefault(ref, List.of());
            Optional<Dated> best = mostStated(dated);
            read.add(new SessionStore.ReadSession(ref, best.map(b -> b.statement().opening()),
                    best.map(b -> b.statement().closing()), best.map(b -> source(b, dated)).orElse("")));
        }
        Map<SessionRef, SessionRecord> records = store.upsertAll(read);
        store.replaceReadAssignments(assign(facts, terms, records));
        return store.all();
    }

    private record Dated(SessionDates.Statement statement, Facts from) {
    }

    /** The days most documents agree on; among equals, those of the latest document (reports after the fact). */
    private static Optional<Dated> mostStated(List<Dated> dated) {
        Map<String, Long> votes = new HashMap<>();
        for (Dated d : dated) {
            votes.merge(d.statement().opening() + "/" + d.statement().closing(), 1L, Long::sum);
        }
        return dated.stream().max(Comparator
                .comparingLong((Dated d) -> votes.get(d.statement().opening() + "/" + d.statement().closing()))
                .thenComparing(d -> d.from().issued().orElse(LocalDate.MIN)));
    }

    private static String source(Dated best, List<Dated> all) {
        long agreeing = all.stream().filter(d -> d.statement().opening().equals(best.statement().opening())
                && d.statement().closing().equals(best.statement().closing())).map(d -> d.from().id()).distinct().count();
        return "đọc từ " + best.from().label() + ": «" + abbreviate(best.statement().sentence(), 200) + "»"
                + (agreeing > 1 ? " (" + agreeing + " văn bản cùng nêu)" : "");
    }

    private List<SessionAssignment> assign(List<Facts> facts, TermResolver terms, Map<SessionRef, SessionRecord> records) {
        List<SessionRecord> dated = records.values().stream().filter(r -> r.opening().isPresent())
                .sorted(Comparator.comparing(r -> r.opening().get())).toList();
        List<SessionAssignment> out = new ArrayList<>();
        for (Facts f : facts) {
            if (f.subject().isPresent()) {
                SessionRecord s = records.get(terms.resolve(f.subject().get()));
                out.add(new SessionAssignment(f.id(), s.id(), SessionAssignment.NAMED,
                        f.typeName() + " nêu tên kỳ họp là chủ đề của văn bản: " + s.label()));
                continue;
            }
            if (f.issued().isEmpty() || f.typeCode().isEmpty()) {
                continue;
            }
            LocalDate issued = f.issued().get();
            String code = f.typeCode().get();
            if (code.equals("NQ")) {
                dated.stream().filter(r -> !issued.isBefore(r.opening().get())
                                && !issued.isAfter(r.closing().orElse(r.opening().get())))
                        .findFirst().ifPresent(r -> out.add(new SessionAssignment(f.id(), r.id(), SessionAssignment.DATE_AND_CONTENT,
                                "Nghị quyết ban hành ngày " + VN_DATE.format(issued) + ", trong thời gian " + r.label()
                                        + " họp (" + days(r) + ")")));
                continue;
            }
            if (!PREPARATION_TYPES.contains(code) || f.cue().isEmpty()) {
                continue;
            }
            dated.stream()
                    .filter(r -> !r.opening().get().isBefore(issued)
                            && ChronoUnit.DAYS.between(issued, r.opening().get()) <= PREPARATION_WINDOW_DAYS)
                    .findFirst()
                    .ifPresent(r -> out.add(new SessionAssignment(f.id(), r.id(), SessionAssignment.DATE_AND_CONTENT,
                            f.typeName() + " ngày " + VN_DATE.format(issued) + ", "
                                    + ChronoUnit.DAYS.between(issued, r.opening().get()) + " ngày trước khai mạc " + r.label()
                                    + " (" + VN_DATE.format(r.opening().get()) + "); văn bản nói về «" + f.cue().get() + "»")));
        }
        return out;
    }

    private static String days(SessionRecord r) {
        return VN_DATE.format(r.opening().get()) + r.closing().filter(c -> !c.equals(r.opening().get()))
                .map(c -> " – " + VN_DATE.format(c)).orElse("");
    }

    private static Facts factsOf(ArchivedDocument d) {
        var m = d.metadata();
        String label = m.number().map(DocumentNumber::display).orElse(d.filename());
        Matcher cue = CONTENT_CUE.matcher(d.text());
        // Only a text that names a session can date one: skip splitting the others into sentences.
        List<SessionDates.Statement> statements = NAMES_A_SESSION.matcher(d.text()).find() ? SessionDates.read(d.text()) : List.of();
        return new Facts(d.id(), label, m.issued(), m.type().map(DocumentType::code),
                m.type().map(DocumentType::name).orElse("Văn bản"), m.session(), statements,
                cue.find() ? Optional.of(cue.group()) : Optional.empty());
    }

    static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /**
     * Fills in a missing term: "kỳ họp thứ hai" with no "khóa" is the kỳ họp thứ hai of the term
     * the archive names most often with that number (its own council's, not a neighbour's it cites).
     */
    static final class TermResolver {
        private final Map<String, Map<Integer, Integer>> termCounts = new HashMap<>();

        TermResolver(List<SessionRef> refs) {
            for (SessionRef r : refs) {
                r.term().ifPresent(t -> termCounts.computeIfAbsent(r.number() + "|" + r.kind(), k -> new HashMap<>())
                        .merge(t, 1, Integer::sum));
            }
        }

        SessionRef resolve(SessionRef r) {
            if (r.term().isPresent()) {
                return r;
            }
            return termCounts.getOrDefault(r.number() + "|" + r.kind(), Map.of()).entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new SessionRef(r.number(), Optional.of(e.getKey()), r.kind()))
                    .orElse(r);
        }
    }
}
