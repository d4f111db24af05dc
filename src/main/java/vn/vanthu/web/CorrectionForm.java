package vn.vanthu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.correction.FieldError;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.MetadataField;
import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.SessionRef;

/** Between a document's fields and the correction form: the values shown, and which fields staff changed. */
final class CorrectionForm {
    static final List<String> SESSION_KINDS = List.of(SessionRef.REGULAR, SessionRef.THEMATIC, SessionRef.EXTRAORDINARY);
    static final String RESTORE = "restore-";

    private CorrectionForm() {
    }

    /** A field's effective value as the form shows it (empty when there is none). */
    static String shown(DocumentMetadata m, MetadataField field) {
        Optional<SessionRef> s = m.session();
        return (switch (field) {
            case NUMBER -> m.number().map(DocumentNumber::display);
            case TYPE -> m.type().map(t -> t.name());
            case ISSUER -> m.issuer();
            case PARENT_ISSUER -> m.parentIssuer();
            case ISSUED -> m.issued().map(Object::toString);
            case PLACE -> m.place();
            case TITLE -> m.title();
            case SESSION_NUMBER -> s.filter(x -> x.number() > 0).map(x -> Integer.toString(x.number()));
            case SESSION_KIND -> s.map(SessionRef::kind);
            case SESSION_TERM -> s.flatMap(SessionRef::term).map(RomanNumerals::toRoman);
            case SIGNER -> m.signer();
        }).orElse("");
    }

    /**
     * The fields staff changed: a value differing from the one shown, or a ticked "dùng lại giá
     * trị đọc từ văn bản" (a blank value also returns to the value read).
     */
    static Map<String, Optional<String>> changes(ArchivedDocument d, Map<String, List<String>> form) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        for (MetadataField f : MetadataField.values()) {
            if (!first(form, RESTORE + f.apiName()).isEmpty() && d.correction(f).isPresent()) {
                out.put(f.apiName(), Optional.empty());
                continue;
            }
            List<String> given = form.get(f.apiName());
            if (given == null || given.isEmpty()) {
                continue;
            }
            String typed = given.get(0).strip();
            if (!typed.equals(shown(d.metadata(), f).strip())) {
                out.put(f.apiName(), Optional.of(typed).filter(t -> !t.isEmpty()));
            }
        }
        return out;
    }

    /** The form's rows: the document's values, or what was typed when it comes back with errors. */
    static List<EditPage.Row> rows(ArchivedDocument d, Map<String, List<String>> typed, Map<String, FieldError> errors) {
        List<EditPage.Row> rows = new ArrayList<>();
        for (MetadataField f : MetadataField.values()) {
            String value = typed.containsKey(f.apiName()) ? first(typed, f.apiName()) : shown(d.metadata(), f);
            rows.add(new EditPage.Row(f.apiName(), f.label(), value,
                    d.correction(f).map(c -> c.extracted().orElse("(không đọc được)")),
                    d.correction(f), Optional.ofNullable(errors.get(f.apiName())).map(FieldError::vietnamese), hint(f)));
        }
        return rows;
    }

    private static String hint(MetadataField f) {
        return switch (f) {
            case NUMBER -> "vd. 40/KH-HĐND, 15/2020/NQ-HĐND";
            case TYPE -> "tên (Kế hoạch) hoặc chữ viết tắt (KH)";
            case ISSUED -> "vd. 2016-11-14, 14/11/2016 hoặc ngày 14 tháng 11 năm 2016";
            case SESSION_NUMBER -> "1 đến 99, vd. 3 hoặc thứ ba";
            case SESSION_TERM -> "số La Mã (XI) hoặc số (11)";
            default -> "";
        };
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
