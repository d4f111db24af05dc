package vn.vanthu.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.document.MetadataField;
import vn.vanthu.document.SessionRef;
import vn.vanthu.extract.DocumentTypes;

class CorrectionValidatorTest {
    private static final CorrectionValidator VALIDATOR = new CorrectionValidator(new DocumentTypes(IndexConfig.bundled()));
    private static final ArchivedDocument NO_SESSION = new ArchivedDocument(1, "a".repeat(64), "a.txt", "text/plain", 1,
            Instant.EPOCH, DocumentMetadata.empty(), "", List.of());

    private static final ArchivedDocument IN_SESSION = new ArchivedDocument(2, "b".repeat(64), "b.txt", "text/plain", 1,
            Instant.EPOCH, new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new SessionRef(3, Optional.empty(), SessionRef.REGULAR)),
            Optional.empty(), List.of()), "", List.of());

    private static Object value(String field, String typed) {
        List<MetadataChange> changes = VALIDATOR.validate(Map.of(field, Optional.of(typed)), IN_SESSION);
        return changes.get(0).value().orElseThrow();
    }

    private static Map<String, FieldError> errors(Map<String, Optional<String>> fields) {
        return assertThrows(InvalidCorrectionException.class, () -> VALIDATOR.validate(fields, NO_SESSION)).errors();
    }

    @Test
    void numbersAreStoredInTheStandardSpellingWhateverTheCaseTyped() {
        assertEquals("15/2020/NQ-HĐND", ((DocumentNumber) value("number", "15/2020/nq-hđnd")).display());
        assertEquals("01/TTr-UBND", ((DocumentNumber) value("number", " 01 / ttr - ubnd ")).display());
        assertEquals("40/KH-HĐND", ((DocumentNumber) value("number", "Số: 40/KH-HĐND")).raw());
    }

    @Test
    void datesInIsoNumbersOrVietnameseWords() {
        LocalDate d = LocalDate.of(2016, 11, 14);
        assertEquals(d, value("issued", "2016-11-14"));
        assertEquals(d, value("issued", "14/11/2016"));
        assertEquals(d, value("issued", "ngày 14 tháng 11 năm 2016"));
        assertEquals(d, value("issued", "Ngày 14 tháng 11 năm 2016"));
        for (String bad : List.of("2016-02-30", "ngày 31 tháng 4 năm 2016", "Khoa, ngày 14 tháng 11 năm 2016", "hôm qua",
                "14/11/2016 và 15/11/2016")) {
            assertEquals(List.of("issued"), List.copyOf(errors(Map.of("issued", Optional.of(bad))).keySet()), bad);
        }
    }

    @Test
    void typesSessionsAndTermsFromTheirTablesAndRanges() {
        assertEquals("Nghị quyết", ((DocumentType) value("type", "NQ")).name());
        assertEquals("NQ", ((DocumentType) value("type", "nghị quyết")).code());
        assertEquals(3, value("sessionNumber", "thứ ba"));
        assertEquals(11, value("sessionNumber", "11"));
        assertEquals(99, value("sessionNumber", "99"));
        assertEquals(11, value("sessionTerm", "XI"));
        assertEquals(11, value("sessionTerm", "khoá XI"));
        assertEquals("chuyên đề", value("sessionKind", "Chuyên đề"));
        for (String bad : List.of("0", "100", "-1", "ba mươi trăm")) {
            assertEquals(List.of("sessionNumber"), List.copyOf(errors(Map.of("sessionNumber", Optional.of(bad))).keySet()), bad);
        }
        assertEquals(List.of("type"), List.copyOf(errors(Map.of("type", Optional.of("Bài báo"))).keySet()));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndBlankClears() {
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        fields.put("title", Optional.of("x".repeat(CorrectionValidator.MAX_TITLE + 1)));
        fields.put("signer", Optional.of("Nguyễn\nVăn An"));
        fields.put("sessionKind", Optional.of("bất thường"));
        fields.put("colour", Optional.of("đỏ"));
        fields.put("place", Optional.of("Khoa"));
        assertEquals(List.of("title", "signer", "colour", "sessionKind"), List.copyOf(errors(fields).keySet()),
                "a kind needs a session number, which this document lacks");
        assertEquals(List.of("fields"), List.copyOf(errors(Map.of()).keySet()));

        List<MetadataChange> cleared = VALIDATOR.validate(Map.of("title", Optional.of("  "), "place", Optional.empty()), NO_SESSION);
        cleared.forEach(c -> assertEquals(Optional.empty(), c.value()));
        assertEquals(2, cleared.size());
        Map<String, Optional<String>> withNumber = new LinkedHashMap<>();
        withNumber.put("sessionNumber", Optional.of("2"));
        withNumber.put("sessionKind", Optional.of("bất thường"));
        assertEquals(List.of(MetadataField.SESSION_NUMBER, MetadataField.SESSION_KIND),
                VALIDATOR.validate(withNumber, NO_SESSION).stream().map(MetadataChange::field).toList(),
                "a kind is fine together with a session number");
    }
}
