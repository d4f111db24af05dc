package vn.vanthu.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
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
    private final CallerViews views;
    private final StaffToken staff;
    private final Templates templates;

    SessionHandlers(Archive archive, StaffToken staff, Templates templates) {
        this.archive = archive;
        this.views = new CallerViews(archive);
        this.staff = staff;
        this.templates = templates;
    }

    void list(Context ctx) {
        List<SessionView> all = views(views.of(ctx));
        ctx.json(new SessionList(all.size(), all));
    }

    void detail(Context ctx) {
        ArchiveView view = views.of(ctx);
        SessionRecord s = find(ctx, view);
        ctx.json(detailOf(s, view));
    }

    /** PATCH: staff correct a session's days, term or kind; the body is JSON with any of those fields. */
    void correct(Context ctx) {
        Caller who = staff.require(ctx, "correcting a session");
        long id = Params.sessionId(ctx);
        JsonBody body = JsonBody.object(ctx.body(), "{\"opening\": \"2016-12-19\", \"closing\": \"2016-12-20\"}");
        SessionCorrection fix = correction(body);
        try {
            SessionRecord s = archive.correctSession(id, fix).orElseThrow(() -> ApiError.notFound("no session with id " + id));
            // The audit log keeps the correction as sent, on one line.
            archive.audit(who, "session.correct", null, "session " + id + " (" + s.label() + "): " + body.compact());
            ctx.json(detailOf(s, views.of(ctx)));
        } catch (IllegalArgumentException e) {
            throw new ApiError(409, "conflict", e.getMessage());
        }
    }

    void page(Context ctx) {
        ctx.html(templates.render("sessions.jte", new SessionsPage(views(views.of(ctx)))));
    }

    private static List<SessionView> views(ArchiveView view) {
        Map<Long, Integer> counts = view.sessionDocumentCounts();
        return view.sessions().stream().map(s -> SessionView.of(s, counts.getOrDefault(s.id(), 0))).toList();
    }

    private static SessionDetail detailOf(SessionRecord s, ArchiveView view) {
        List<AssignedDocument> docs = new ArrayList<>();
        for (SessionAssignment a : view.sessionDocuments(s.id())) {
            view.document(a.documentId()).ifPresent(d -> docs.add(assigned(d, a)));
        }
        return new SessionDetail(SessionView.of(s, docs.size()), docs);
    }

    private static AssignedDocument assigned(ArchivedDocument d, SessionAssignment a) {
        var m = d.metadata();
        return new AssignedDocument(d.id(), m.number().map(DocumentNumber::display).orElse(null),
                m.type().map(DocumentType::name).orElse(null), d.displayTitle(), m.issued().orElse(null), a.method(), a.reason());
    }

    private static SessionRecord find(Context ctx, ArchiveView view) {
        long id = Params.sessionId(ctx);
        return view.session(id).orElseThrow(() -> ApiError.notFound("no session with id " + id));
    }

    private static SessionCorrection correction(JsonBody body) {
        body.allowOnly(FIELDS, "a correction");
        SessionCorrection fix = new SessionCorrection(date(body, "opening"), date(body, "closing"), term(body),
                body.text("kind").map(k -> {
                    if (!KINDS.contains(k)) {
                        throw ApiError.badRequest("'kind' must be one of " + KINDS);
                    }
                    return k;
                }), body.text("note").map(n -> Params.abbreviate(n.length() > 200 ? n.substring(0, 200) : n)));
        if (fix.isEmpty()) {
            throw ApiError.badRequest("nothing to correct: give opening, closing, term or kind");
        }
        return fix;
    }

    private static Optional<LocalDate> date(JsonBody body, String name) {
        return body.text(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("'" + name + "' must be a date like 2016-12-19, got '" + Params.abbreviate(v) + "'");
            }
        });
    }

    /** A term as a number (11) or in Roman numerals ("XI"). */
    private static Optional<Integer> term(JsonBody body) {
        Optional<JsonNode> sent = body.value("term");
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = sent.get();
        Optional<Integer> t = v.isInt() ? Optional.of(v.asInt()) : v.isTextual() ? RomanNumerals.parse(v.asText()) : Optional.empty();
        if (t.isEmpty() || t.get() < 1 || t.get() > 99) {
            throw ApiError.badRequest("'term' must be a term number (11) or Roman numeral (\"XI\")");
        }
        return t;
    }
}
