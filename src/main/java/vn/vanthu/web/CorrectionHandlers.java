package vn.vanthu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import vn.vanthu.Archive;
import vn.vanthu.ArchiveView;
import vn.vanthu.access.Caller;
import vn.vanthu.correction.FieldError;
import vn.vanthu.correction.InvalidCorrectionException;
import vn.vanthu.document.ArchivedDocument;

/**
 * Staff corrections of a document's metadata: {@code PATCH /api/documents/{id}} with a JSON
 * object of fields (null clears a field's correction), and the correction form at
 * {@code /documents/{id}/edit}. Both go through the same checks in the archive.
 */
final class CorrectionHandlers {
    static final String NOTE = "note";
    private static final int MAX_NOTE = 500;

    private final Archive archive;
    private final StaffToken staff;
    private final Templates templates;
    private final ApiHandlers api;
    private final CallerViews views;

    CorrectionHandlers(Archive archive, StaffToken staff, Templates templates, ApiHandlers api) {
        this.archive = archive;
        this.staff = staff;
        this.templates = templates;
        this.api = api;
        this.views = new CallerViews(archive);
    }

    /** A 400 answer naming every bad field: the contract's error and message, and the fields one by one. */
    record Rejected(String error, String message, Map<String, String> fields) {
    }

    void patch(Context ctx) {
        Caller who = staff.require(ctx, "correcting a document");
        long id = Params.id(ctx);
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        Optional<String> note = readBody(ctx.body(), fields);
        ArchiveView view = views.of(ctx);
        if (!view.sees(id)) {
            throw ApiError.notFound("no document with id " + id);
        }
        try {
            ArchivedDocument d = archive.correct(id, fields, who, note)
                    .orElseThrow(() -> ApiError.notFound("no document with id " + id));
            ctx.json(api.detail(d, view));
        } catch (InvalidCorrectionException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            e.errors().forEach((k, v) -> byField.put(k, v.message()));
            ctx.status(400).json(new Rejected("bad_request", e.getMessage(), byField));
        }
    }

    /** The form; a visitor who is not logged in is sent to the login page, and back here after it. */
    void form(Context ctx) {
        ArchivedDocument d = find(ctx);
        if (!staff.role(ctx).canWrite()) {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode("/documents/" + d.id() + "/edit",
                    java.nio.charset.StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ctx.html(page(ctx, d, Map.of(), Map.of(), Optional.empty()));
    }

    /** The form's POST (its CSRF token is checked by {@link PageSession} before this runs). */
    void submit(Context ctx) {
        Caller who = staff.require(ctx, "correcting a document");
        ArchivedDocument d = find(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        Optional<String> note = Optional.of(CorrectionForm.first(form, NOTE).strip()).filter(n -> !n.isEmpty());
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            ctx.status(400).html(page(ctx, d, form, Map.of(NOTE, new FieldError("", "Tối đa " + MAX_NOTE + " ký tự.")), note));
            return;
        }
        try {
            archive.correct(d.id(), CorrectionForm.changes(d, form), who, note)
                    .orElseThrow(() -> ApiError.notFound("no document with id " + d.id(), "Không có văn bản số hiệu " + d.id()));
            ctx.redirect("/documents/" + d.id(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidCorrectionException e) {
            ctx.status(400).html(page(ctx, d, form, e.errors(), note));
        }
    }

    private String page(Context ctx, ArchivedDocument d, Map<String, List<String>> typed, Map<String, FieldError> errors, Optional<String> note) {
        Optional<String> general = Optional.ofNullable(errors.get("fields")).or(() -> Optional.ofNullable(errors.get(NOTE)))
                .map(FieldError::vietnamese);
        return templates.render("edit.jte", new EditPage(d, CorrectionForm.rows(d, typed, errors), CorrectionForm.SESSION_KINDS,
                note, general, Optional.of(PageSession.csrfToken(ctx)).filter(t -> !t.isEmpty())));
    }

    private ArchivedDocument find(Context ctx) {
        long id = Params.id(ctx);
        return views.of(ctx).document(id).orElseThrow(() -> ApiError.notFound("no document with id " + id, "Không có văn bản số hiệu " + id));
    }

    /** Reads the PATCH body into fields (null or "" clears) and returns the note, if any. */
    private static Optional<String> readBody(String body, Map<String, Optional<String>> fields) {
        JsonBody json = JsonBody.object(body, "{\"number\": \"40/KH-HĐND\", \"note\": \"…\"}");
        Optional<String> note = Optional.empty();
        for (String name : json.names()) {
            Optional<String> value = json.textOrWholeNumber(name);
            if (name.equals(NOTE)) {
                note = value.map(String::strip).filter(n -> !n.isEmpty());
                if (note.isPresent() && note.get().length() > MAX_NOTE) {
                    throw ApiError.badRequest("'note' must be at most " + MAX_NOTE + " characters");
                }
            } else {
                fields.put(name, value);
            }
        }
        return note;
    }
}
