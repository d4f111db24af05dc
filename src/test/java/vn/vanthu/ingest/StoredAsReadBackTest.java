package vn.vanthu.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.catalog.BlobStore;
import vn.vanthu.catalog.Catalog;
import vn.vanthu.catalog.NewDocument;
import vn.vanthu.catalog.OriginStore;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.catalog.DocumentOrigin;
import vn.vanthu.extract.MetadataParser;
import vn.vanthu.extract.OcrSettings;
import vn.vanthu.extract.TextRepair;
import vn.vanthu.extract.TikaExtractor;
import vn.vanthu.index.SearchIndex;

/**
 * The writer indexes each new document as {@link OriginStore#insertNewVersions} says the catalog
 * now holds it, without reading it back: that must be exactly what {@link Catalog#get} reads (the
 * same text, metadata and citations), or an ingest would index something a reindex would not.
 * Checked on every file of sample-docs/ through the real extraction, repair and reading.
 */
class StoredAsReadBackTest {
    @TempDir
    Path data;

    @Test
    void theDocumentAnInsertReturnsIsTheOneTheCatalogReadsBack() throws Exception {
        List<Path> files;
        try (var walk = Files.list(Path.of("sample-docs"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 30, "sample-docs/ holds the team's 41 documents");
        TikaExtractor tika = new TikaExtractor(50_000_000, OcrSettings.disabled());
        try (Catalog catalog = Catalog.open(data.resolve("catalog.db")); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            Ingester ingester = new Ingester(catalog, new BlobStore(data.resolve("originals")), index, tika, tika,
                    new TextRepair(), new MetadataParser(IndexConfig.bundled())::parse);
            OriginStore origins = new OriginStore(catalog);
            int compared = 0;
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                Ingester.Read read = ingester.read(bytes, f.getFileName().toString(), java.time.Duration.ofMinutes(2));
                NewDocument doc = new NewDocument(BlobStore.sha256(bytes), f.getFileName().toString(), f.toString(),
                        read.mediaType(), bytes.length, read.text(), read.warnings(), read.metadata());
                OriginStore.Outcome o = origins.insertNewVersions(List.of(new OriginStore.Addition(doc, DocumentOrigin.file(),
                        "public", "test"))).get(0);
                assertTrue(o.id().isPresent(), f + ": " + o.error());
                assertEquals(catalog.get(o.id().get()).orElseThrow(), o.document().orElseThrow(), f.toString());
                compared++;
            }
            assertEquals(files.size(), compared);
        }
    }
}
