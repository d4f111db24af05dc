package vn.vanthu.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.FieldCorrection;
import vn.vanthu.document.MetadataChange;
import vn.vanthu.document.MetadataField;

class CorrectionStoreTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    private static long insert(Catalog catalog, String sha, String number, String title) {
        DocumentMetadata m = Fixtures.metadata(number, "KH", "Kế hoạch", "2016-11-14", "HĐND huyện Khoa", title, List.of());
        return catalog.insert(new NewDocument(sha.repeat(64), "kh.txt", "/in/kh.txt", "text/plain", 10, "Kế hoạch", List.of(), m));
    }

    @Test
    void aCorrectionIsReadEverywhereWithItsProvenanceAndClearingRestoresTheExtractedValue() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            CorrectionStore store = new CorrectionStore(catalog);
            long id = insert(catalog, "a", "4/KH-HĐND", "Tổ chức kỳ họp");
            assertTrue(store.apply(id, List.of(MetadataChange.set(MetadataField.NUMBER, Fixtures.number("40/KH-HĐND")),
                    MetadataChange.set(MetadataField.ISSUED, LocalDate.parse("2016-11-15")),
                    MetadataChange.set(MetadataField.TYPE, new DocumentType("TB", "Thông báo"))), "Văn thư", Optional.of("số bị mất chữ số"), AT));

            ArchivedDocument d = catalog.get(id).orElseThrow();
            assertEquals("40/KH-HĐND", d.metadata().number().map(DocumentNumber::display).orElseThrow());
            assertEquals(Optional.of(LocalDate.parse("2016-11-15")), d.metadata().issued());
            assertEquals(Optional.of(new DocumentType("TB", "Thông báo")), d.metadata().type());
            assertEquals("Tổ chức kỳ họp", d.displayTitle(), "an uncorrected field keeps what was read");
            assertEquals(List.of(d), catalog.byNumberKey("40/KH-HDND"), "SQL lookups see the corrected number");
            assertTrue(catalog.byNumberKey("4/KH-HDND").isEmpty());
            FieldCorrection number = d.correction(MetadataField.NUMBER).orElseThrow();
            assertEquals(new FieldCorrection(MetadataField.NUMBER, "40/KH-HĐND", Optional.of("4/KH-HĐND"), "Văn thư", AT,
                    Optional.of("số bị mất chữ số")), number);
            assertEquals(Optional.of("2016-11-14"), d.correction(MetadataField.ISSUED).orElseThrow().extracted());
            assertEquals(Optional.of("Kế hoạch"), d.correction(MetadataField.TYPE).orElseThrow().extracted());

            // A second correction of the same field still remembers what extraction read.
            store.apply(id, List.of(MetadataChange.set(MetadataField.NUMBER, Fixtures.number("41/KH-HĐND"))), "Trưởng phòng",
                    Optional.empty(), AT.plusSeconds(60));
            assertEquals(Optional.of("4/KH-HĐND"), catalog.get(id).orElseThrow().correction(MetadataField.NUMBER).orElseThrow().extracted());

            store.apply(id, List.of(MetadataChange.clear(MetadataField.NUMBER), MetadataChange.clear(MetadataField.TYPE),
                    MetadataChange.clear(MetadataField.TITLE)), "Văn thư", Optional.empty(), AT);
            ArchivedDocument back = catalog.get(id).orElseThrow();
            assertEquals("4/KH-HĐND", back.metadata().number().map(DocumentNumber::display).orElseThrow());
            assertEquals(Optional.of(new DocumentType("KH", "Kế hoạch")), back.metadata().type());
            assertEquals(List.of(MetadataField.ISSUED), back.corrections().stream().map(FieldCorrection::field).toList());
            assertFalse(store.apply(999, List.of(MetadataChange.clear(MetadataField.TITLE)), "x", Optional.empty(), AT));
        }
    }

    @Test
    void aReExtractionThatRewritesTheColumnsCannotUndoACorrection() {
        Path file = dir.resolve("c.db");
        long id;
        try (Catalog catalog = Catalog.open(file)) {
            CorrectionStore store = new CorrectionStore(catalog);
            id = insert(catalog, "b", "4/KH-HĐND", "Tổ chức kỳ họp");
            store.apply(id, List.of(MetadataChange.set(MetadataField.NUMBER, Fixtures.number("40/KH-HĐND")),
                    MetadataChange.set(MetadataField.SESSION_NUMBER, 4)), "Văn thư", Optional.empty(), AT);
        }
        try (Catalog catalog = Catalog.open(file)) {
            new CorrectionStore(catalog);
            // What a re-extraction (e.g. OCR run later) writes: new values for every metadata column.
            catalog.withConnection("re-extract", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET number_raw = '7/KH-HĐND', number_no = '7', "
                        + "number_key = '7/KH-HDND', title = 'Tổ chức kỳ họp thứ ba', session_number = 3 WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                return null;
            });
            ArchivedDocument d = catalog.get(id).orElseThrow();
            assertEquals("40/KH-HĐND", d.metadata().number().map(DocumentNumber::display).orElseThrow());
            assertEquals(List.of(d), catalog.byNumberKey("40/KH-HDND"));
            assertEquals(4, d.metadata().session().orElseThrow().number());
            assertEquals("Tổ chức kỳ họp thứ ba", d.displayTitle(), "the uncorrected field takes the new reading");
            assertEquals(Optional.of("7/KH-HĐND"), d.correction(MetadataField.NUMBER).orElseThrow().extracted(),
                    "the correction now overrides the new reading");
            assertEquals(Optional.of("3"), d.correction(MetadataField.SESSION_NUMBER).orElseThrow().extracted());

            new CorrectionStore(catalog).apply(id, List.of(MetadataChange.clear(MetadataField.NUMBER)), "Văn thư", Optional.empty(), AT);
            assertEquals("7/KH-HĐND", catalog.get(id).orElseThrow().metadata().number().map(DocumentNumber::display).orElseThrow(),
                    "clearing brings back the latest reading");
        }
    }

    @Test
    void aNewVersionInheritsOnlyTheCorrectionsOfFieldsItReadsTheSameWay() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            CorrectionStore store = new CorrectionStore(catalog);
            long v1 = insert(catalog, "c", "4/KH-HĐND", "Tổ chức kỳ hop");
            store.apply(v1, List.of(MetadataChange.set(MetadataField.NUMBER, Fixtures.number("40/KH-HĐND")),
                    MetadataChange.set(MetadataField.TITLE, "Tổ chức kỳ họp")), "Văn thư", Optional.empty(), AT);
            // The new version still misreads the number the same way, but its title was rewritten.
            long v2 = insert(catalog, "d", "4/KH-HĐND", "Tổ chức kỳ họp thứ ba");
            assertEquals(List.of(MetadataField.NUMBER), store.inherit(v2, v1));
            ArchivedDocument d = catalog.get(v2).orElseThrow();
            assertEquals("40/KH-HĐND", d.metadata().number().map(DocumentNumber::display).orElseThrow());
            assertEquals("Tổ chức kỳ họp thứ ba", d.displayTitle());
            assertEquals("Văn thư", d.correction(MetadataField.NUMBER).orElseThrow().by());
            assertEquals(List.of(), store.inherit(v2, v1), "inheriting twice adds nothing");
        }
    }
}
