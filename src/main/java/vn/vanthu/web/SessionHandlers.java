package vn.vanthu.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.access.Caller;
import vn.vanthu.catalog.SessionAssignment;
import vn.vanthu.catalog.SessionCorrection;
import vn.vanthu.catalog.SessionRecord;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.SessionRef;
import vn.vanthu.web.SessionViews.AssignedDocument;
import vn.vanthu.web.SessionViews.SessionDetail;
import vn.vanthu.web.SessionViews.SessionList;
import vn.vanthu.web.SessionViews.SessionView;

/** Council sessions: the list, one session with its documents, staff corrections, and the sessions page. */
final class SessionHandlers {
    private static final Set<String> FIELDS = Set.of("opening", "closing", "term", "kind", "note");
    private static final Set<String> KINDS = Set.of(SessionRef.REGULAR, SessionRef.THEMATIC, SessionRef.EXTRAORDINARY);

    private final Archive archive;
    private final StaffToken staff;
    private final Templates templates;
    private final ObjectMapper json = new ObjectMapper();

    SessionHandlers(Archive archive, StaffToken staff, Templates templates) {
        this.archive = archive;
        this.staff = staff;
        this.templates = templates;
    }

    void list(Context ctx) {
        ctx.json(new SessionList(archive.sessions().size(), views()));
    }

    void detail(Context ctx) {
        SessionRecord s = find(ctx);
        ctx.json(detailOf(s));
    }

    /** PATCH: staff correct a session's days, term or kind; the body is JSON with any of those fields. */
    void correct(Context ctx) {
        Caller who = staff.require(ctx, "correcting a session");
        long id = Params.id(ctx);
        SessionCorrection fix = correction(ctx.body());
        try {
            SessionRecord s = archive.correctSession(id, fix).orElseThrow(() -> ApiError.notFound("no session with id " + id));
            archive.audit(who, "session.correct", null, "session " + id + " (" + s.label() + "): " + compact(ctx.body()));
            ctx.json(detailOf(s));
        } catch (IllegalArgumentException e) {
            throw new ApiError(409, "conflict", e.getMessage());
        }
    }

    /** The correction as it was sent, on one line, for the audit log (the body was checked by {@link #correction}). */
    private String compact(String body) {
        try {
            return json.readTree(body).toString();
        } catch (JsonProcessingException e) {
            return Params.abbreviate(body);
        }
    }

    void page(Context ctx) {
        ctx.html(templates.render("sessions.jte", new SessionsPage(views())));
    }

    private List<SessionView> views() {
        Map<Long, Integer> counts = archive.sessionDocumentCounts();
        return archive.sessions().stream().map(s -> SessionView.of(s, counts.getOrDefault(s.id(), 0))).toList();
    }

    private SessionDetail detailOf(SessionRecord s) {
        List<AssignedDocument> docs = new ArrayList<>();
        for (SessionAssignment a : archive.sessionDocuments(s.id())) {
            archive.document(a.documentId()).ifPresent(d -> docs.add(assigned(d, a)));
        }
        return new SessionDetail(SessionView.of(s, docs.size()), docs);
    }

    private static AssignedDocument assigned(ArchivedDocument d, SessionAssignment a) {
        var m = d.metadata();
        return new AssignedDocument(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issued().orElse(null), a.method(), a.reason());
    }

    private SessionRecord find(Context ctx) {
        long id = Params.id(ctx);
        return archive.session(id).orElseThrow(() -> ApiError.notFound("no session with id " + id));
    }

    private SessionCorrection correction(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body must be a JSON object such as {\"opening\": \"2016-12-19\", \"closing\": \"2016-12-20\"}");
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object such as {\"opening\": \"2016-12-19\"}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("unknown field '" + Params.abbreviate(name) + "'; a correction may set " + FIELDS);
            }
        }
        SessionCorrection fix = new SessionCorrection(date(root, "opening"), date(root, "closing"), term(root),
                text(root, "kind").map(k -> {
                    if (!KINDS.contains(k)) {
                        throw ApiError.badRequest("'kind' must be one of " + KINDS);
                    }
                    return k;
                }), text(root, "note").map(n -> Params.abbreviate(n.length() > 200 ? n.substring(0, 200) : n)));
        if (fix.isEmpty()) {
            throw ApiError.badRequest("nothing to correct: give opening, closing, term or kind");
        }
        return fix;
    }

    private static Optional<String> text(JsonNode root, String name) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("'" + name + "' must be text");
        }
        return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(JsonNode root, String name) {
        return text(root, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("'" + name + "' must be a date like 2016-12-19, got '" + Params.abbreviate(v) + "'");
            }
        });
    }

    /** A term as a number (11) or in Roman numerals ("XI"). */
    private static Optional<Integer> term(JsonNode root) {
        JsonNode v = root.get("term");
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        Optional<Integer> t = v.isInt() ? Optional.of(v.asInt()) : v.isTextual() ? RomanNumerals.parse(v.asText()) : Optional.empty();
        if (t.isEmpty() || t.get() < 1 || t.get() > 99) {
            throw ApiError.badRequest("'term' must be a term number (11) or Roman numeral (\"XI\")");
        }
        return t;
    }
}
