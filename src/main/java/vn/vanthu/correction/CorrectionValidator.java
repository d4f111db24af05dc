package vn.vanthu.correction;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.document.MetadataField;
import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.SessionRef;
import vn.vanthu.document.VietnameseNumerals;
import vn.vanthu.extract.DocumentTypes;

/**
 * Checks what staff typed into a correction and turns it into values: the number through
 * {@link DocumentNumber}, the date in ISO or Vietnamese words, the type through the type table,
 * the session's number, kind and term within their ranges. Every bad field is reported at once;
 * a blank value clears the field's correction.
 */
public final class CorrectionValidator {
    static final int MAX_TEXT = 300;
    static final int MAX_TITLE = 2000;
    private static final List<String> KINDS = List.of(SessionRef.REGULAR, SessionRef.THEMATIC, SessionRef.EXTRAORDINARY);

    private final DocumentTypes types;

    public CorrectionValidator(DocumentTypes types) {
        this.types = types;
    }

    /**
     * The changes to apply to a document, from field name to typed text (empty: clear).
     *
     * @throws InvalidCorrectionException naming every field that is unknown or bad
     */
    public List<MetadataChange> validate(Map<String, Optional<String>> fields, ArchivedDocument current) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        List<MetadataChange> changes = new ArrayList<>();
        if (fields.isEmpty()) {
            errors.put("fields", new FieldError("nothing to correct: give at least one of " + MetadataField.apiNames(),
                    "Chưa có trường nào thay đổi."));
        }
        for (Map.Entry<String, Optional<String>> e : fields.entrySet()) {
            Optional<MetadataField> field = MetadataField.byApiName(e.getKey());
            if (field.isEmpty()) {
                errors.put(shorten(e.getKey()), new FieldError("unknown field; a correction may set " + MetadataField.apiNames(),
                        "Không có trường này."));
                continue;
            }
            Optional<String> text = e.getValue().map(CorrectionValidator::clean).filter(s -> !s.isEmpty());
            if (text.isEmpty()) {
                changes.add(MetadataChange.clear(field.get()));
                continue;
            }
            try {
                changes.add(MetadataChange.set(field.get(), value(field.get(), text.get())));
            } catch (BadValue bad) {
                errors.put(e.getKey(), bad.error);
            }
        }
        checkSession(changes, current, errors);
        if (!errors.isEmpty()) {
            throw new InvalidCorrectionException(errors);
        }
        return changes;
    }

    private Object value(MetadataField field, String v) {
        return switch (field) {
            case NUMBER -> standard(number(v));
            case TYPE -> types.byCode(v).or(() -> types.byName(v)).orElseThrow(() -> new BadValue(
                    "'" + shorten(v) + "' is not a document type: give a code (NQ, KH, TB…) or a name (Nghị quyết) "
                            + "from document-types.tsv",
                    "Không phải loại văn bản: ghi tên (Nghị quyết) hoặc chữ viết tắt (NQ) trong bảng loại văn bản."));
            case ISSUED -> date(v);
            case SESSION_NUMBER -> VietnameseNumerals.parse(v).filter(n -> n >= 1 && n <= 99).orElseThrow(() ->
                    new BadValue("a session number is 1 to 99 (\"3\" or \"thứ ba\"), got '" + shorten(v) + "'",
                            "Kỳ họp thứ 1 đến 99 (ghi “3” hoặc “thứ ba”)."));
            case SESSION_TERM -> term(v);
            case SESSION_KIND -> KINDS.stream().filter(k -> k.equals(v.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new BadValue("a session kind is one of " + String.join(", ", KINDS),
                            "Loại kỳ họp là một trong: " + String.join(", ", KINDS) + "."));
            case TITLE -> text(v, MAX_TITLE);
            default -> text(v, MAX_TEXT);
        };
    }

    private static DocumentNumber number(String v) {
        DocumentNumber n = DocumentNumber.parse(v).orElseThrow(() -> new BadValue(
                "'" + shorten(v) + "' is not a document number: write it like 40/KH-HĐND or 15/2020/NQ-HĐND",
                "Không phải số, ký hiệu văn bản: ghi như 40/KH-HĐND hoặc 15/2020/NQ-HĐND."));
        if (n.isBlank()) {
            throw new BadValue("the number lacks its sequence number: write it like 40/KH-HĐND",
                    "Thiếu số thứ tự: ghi như 40/KH-HĐND.");
        }
        return n;
    }

    /**
     * The number written the standard way whatever the case staff typed ("40/kh-hđnd"): the type
     * code as the type table spells it (TTr, QyĐ), the issuer code in capitals.
     */
    private DocumentNumber standard(DocumentNumber n) {
        String type = types.byCode(n.typeCode()).map(DocumentType::code).filter(c -> !c.isEmpty()).orElse(n.typeCode());
        DocumentNumber spelled = new DocumentNumber(n.raw(), n.number(), n.year(), type, n.issuerCode().toUpperCase(Locale.ROOT));
        return new DocumentNumber(spelled.display(), spelled.number(), spelled.year(), spelled.typeCode(), spelled.issuerCode());
    }

    /** ISO (2016-11-14) or the document's own words ("ngày 14 tháng 11 năm 2016", "14/11/2016"). */
    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException notIso) {
            List<DateMention> found = DateMentions.findAll(v);
            if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == v.length()) {
                return found.get(0).date();
            }
            throw new BadValue("'" + shorten(v) + "' is not a date: write 2016-11-14 or \"ngày 14 tháng 11 năm 2016\"",
                    "Không phải ngày: ghi 2016-11-14, 14/11/2016 hoặc “ngày 14 tháng 11 năm 2016”.");
        }
    }

    private static Integer term(String v) {
        Optional<Integer> t = v.matches("\\d{1,2}") ? Optional.of(Integer.valueOf(v))
                : RomanNumerals.parse(v.replaceFirst("(?iu)^kh(?:óa|oá|oa)\\s+", ""));
        return t.filter(n -> n >= 1 && n <= 99).orElseThrow(() -> new BadValue(
                "a term is 1 to 99 or a Roman numeral (\"XI\"), got '" + shorten(v) + "'",
                "Khóa là số từ 1 đến 99 hoặc số La Mã (XI)."));
    }

    private static String text(String v, int max) {
        if (v.length() > max) {
            throw new BadValue("at most " + max + " characters, got " + v.length(), "Tối đa " + max + " ký tự.");
        }
        if (v.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw new BadValue("must be one line of text without control characters", "Chỉ ghi một dòng chữ.");
        }
        return v;
    }

    /** A session kind or term means nothing without a session number, corrected or read. */
    private static void checkSession(List<MetadataChange> changes, ArchivedDocument current, Map<String, FieldError> errors) {
        Optional<MetadataChange> number = changes.stream().filter(c -> c.field() == MetadataField.SESSION_NUMBER).findFirst();
        boolean hasNumber = current.metadata().session().isPresent();
        if (number.isPresent()) {
            // Clearing the number's correction brings back the number that was read, if any.
            hasNumber = number.get().value().isPresent() || current.correction(MetadataField.SESSION_NUMBER)
                    .map(c -> c.extracted().isPresent()).orElse(hasNumber);
        }
        for (MetadataChange c : changes) {
            if ((c.field() == MetadataField.SESSION_KIND || c.field() == MetadataField.SESSION_TERM)
                    && c.value().isPresent() && !hasNumber) {
                errors.putIfAbsent(c.field().apiName(), new FieldError("the document names no session: set "
                        + MetadataField.SESSION_NUMBER.apiName() + " too", "Văn bản chưa có kỳ họp: ghi cả “Kỳ họp thứ”."));
            }
        }
    }

    /** A bad value, said in English for the API and in Vietnamese for the pages. */
    private static final class BadValue extends RuntimeException {
        private final FieldError error;

        BadValue(String message, String vietnamese) {
            super(message, null, false, false);
            this.error = new FieldError(message, vietnamese);
        }
    }

    /** NFC, one line, single spaces: what staff meant, whatever their keyboard sent. */
    private static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[ \\t\\u00A0]+", " ").strip();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
