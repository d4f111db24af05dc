package vn.vanthu.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Fixtures;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.Markings;
import vn.vanthu.document.SignatureBlock;
import vn.vanthu.document.TermYears;

class CatalogTest {
    @TempDir
    Path dir;

    private static NewDocument doc(String sha, DocumentMetadata m) {
        return new NewDocument(sha, "bc.txt", "/in/bc.txt", "text/plain", 42, "Nội dung có dấu: hội đồng", List.of("w1"), m);
    }

    @Test
    void aDocumentAndItsCitationsRoundTrip() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            DocumentMetadata m = Fixtures.metadata("45/BC-HĐND", "BC", "Báo cáo", "2016-12-26", "Thường trực HĐND huyện Khoa",
                    "Rút kinh nghiệm kỳ họp thứ ba", List.of(
                            Fixtures.citation("thực hiện", "40/KH-HĐND", "2016-11-14", "Thực hiện Kế hoạch số 40/KH-HĐND…", 10),
                            Fixtures.citation("căn cứ", "49/KH-HĐND", null, "Căn cứ Kế hoạch số 49/KH-HĐND…", 90)));
            long id = catalog.insert(doc("a".repeat(64), m));
            ArchivedDocument back = catalog.get(id).orElseThrow();
            assertEquals(m, back.metadata());
            assertEquals("Nội dung có dấu: hội đồng", back.text());
            assertEquals(List.of("w1"), back.warnings());
            assertEquals(Optional.of(id), catalog.idBySha256("a".repeat(64)));
            assertEquals(List.of(back), catalog.byNumberKey("45/BC-HDND"));
            List<Citing> citing = catalog.citationsOfKey("40/KH-HDND");
            assertEquals(1, citing.size());
            assertEquals("thực hiện", citing.get(0).citation().relation());
            assertEquals(id, citing.get(0).citer().id());
        }
    }

    @Test
    void headerFieldsRoundTrip() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            DocumentMetadata base = Fixtures.metadata("14/BC-HĐND", "BC", "Báo cáo", "2017-03-10", "Thường trực HĐND huyện Khoa",
                    "Kết quả giải quyết đơn thư", List.of());
            SignatureBlock block = new SignatureBlock(List.of(new SignatureBlock.Authority("TM.", "THƯỜNG TRỰC HĐND"),
                    new SignatureBlock.Authority("KT.", "CHỦ TỊCH")), Optional.of("PHÓ CHỦ TỊCH"), base.signer());
            DocumentMetadata m = new DocumentMetadata(base.number(), base.type(), base.issued(), base.place(), base.issuer(),
                    base.parentIssuer(), base.title(), base.session(), base.signer(), base.citations(),
                    Optional.of(Markings.SECRET), Optional.of(Markings.FLASH_TIMED), List.of("Ủy ban nhân dân huyện Khoa"),
                    List.of("Như trên", "TT HĐND tỉnh (b/c)", "Lưu: VT, HĐND"), Optional.of(block),
                    Optional.of(new TermYears(2016, 2021)));
            long id = catalog.insert(doc("d".repeat(64), m));
            assertEquals(m, catalog.get(id).orElseThrow().metadata());
            // Documents read before these fields existed come back with them absent, not invented.
            long plain = catalog.insert(doc("e".repeat(64), base));
            assertEquals(base, catalog.get(plain).orElseThrow().metadata());
            assertEquals(Optional.empty(), catalog.get(plain).orElseThrow().metadata().security());
        }
    }

    @Test
    void theSameBytesCannotBeCatalogedTwiceAndTheFirstSurvives() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            long id = catalog.insert(doc("b".repeat(64), DocumentMetadata.empty()));
            assertThrows(CatalogException.class, () -> catalog.insert(doc("b".repeat(64), DocumentMetadata.empty())));
            assertEquals(1, catalog.count());
            assertTrue(catalog.get(id).isPresent());
        }
    }

    @Test
    void reopeningKeepsEverythingAndFailuresAreRecordedThenCleared() {
        Path file = dir.resolve("c.db");
        try (Catalog catalog = Catalog.open(file)) {
            catalog.recordFailure("/in/bc.txt", Optional.empty(), "the file is empty (0 bytes)");
            catalog.recordFailure("/in/x.pdf", Optional.empty(), "encrypted");
            assertEquals(2, catalog.failures().size());
        }
        try (Catalog catalog = Catalog.open(file)) {
            catalog.insert(doc("c".repeat(64), DocumentMetadata.empty()));
            assertEquals(1, catalog.count());
            assertEquals(List.of("/in/x.pdf"), catalog.failures().stream().map(Failure::path).toList(),
                    "a later success clears the failure of the same path");
        }
    }

    @Test
    void listPagesInIdOrderAndForEachSeesAll() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            for (int i = 0; i < 5; i++) {
                catalog.insert(doc(Integer.toString(i).repeat(64), DocumentMetadata.empty()));
            }
            assertEquals(2, catalog.list(0, 2).size());
            assertEquals(1, catalog.list(4, 2).size());
            int[] n = {0};
            catalog.forEach(d -> n[0]++);
            assertEquals(5, n[0]);
        }
    }

    @Test
    void theKeptStatementsServeABatchWhereOneFailsAndTheInsertsAfterIt() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            DocumentMetadata m = Fixtures.metadata("45/BC-HĐND", "BC", "Báo cáo", "2016-12-26", "Thường trực HĐND huyện Khoa",
                    "Rút kinh nghiệm kỳ họp thứ ba", List.of(
                            Fixtures.citation("thực hiện", "40/KH-HĐND", "2016-11-14", "Thực hiện Kế hoạch số 40/KH-HĐND…", 10)));
            long first = catalog.insert(doc("1".repeat(64), m));
            OriginStore origins = new OriginStore(catalog);
            List<OriginStore.Outcome> out = origins.insertNewVersions(List.of(
                    new OriginStore.Addition(doc("2".repeat(64), m), DocumentOrigin.file(), "internal", "ingest"),
                    // The same bytes as the first: refused, and only it.
                    new OriginStore.Addition(doc("1".repeat(64), m), DocumentOrigin.file(), "public", "ingest"),
                    new OriginStore.Addition(doc("3".repeat(64), DocumentMetadata.empty()), DocumentOrigin.file(), "public", "ingest")));
            assertTrue(out.get(0).id().isPresent() && out.get(2).id().isPresent(), out.toString());
            assertTrue(out.get(1).error().isPresent() && out.get(1).id().isEmpty(), out.toString());
            assertEquals(Optional.of(first), out.get(0).previousVersion(), "a new version of the latest from the same path");
            assertEquals(out.get(0).id(), out.get(2).previousVersion());
            assertEquals(m, catalog.get(out.get(0).id().get()).orElseThrow().metadata());
            assertEquals(DocumentMetadata.empty(), catalog.get(out.get(2).id().get()).orElseThrow().metadata());
            assertEquals(Optional.of("internal"), new AccessStore(catalog).of(out.get(0).id().get()).map(AccessStore.Entry::level));
            // After the failure, the same statements once more, inside and outside a batch.
            long later = catalog.insert(doc("4".repeat(64), m));
            assertEquals(m, catalog.get(later).orElseThrow().metadata());
            assertEquals(Optional.of(later), catalog.idBySha256("4".repeat(64)));
            assertEquals(4, catalog.count());
            assertEquals(3, catalog.citationsOfKey("40/KH-HDND").size());
        }
    }
}
