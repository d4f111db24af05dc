package vn.vanthu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.Archive;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.ArchivedDocument;
import vn.vanthu.document.FieldCorrection;
import vn.vanthu.document.MetadataField;

class CorrectCommandTest {
    @TempDir
    Path dir;


    @Test
    void correctsAFieldWithProvenanceRejectsBadValuesAndClears() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("kh.txt"), "HĐND HUYỆN KHOA\nSố: 40/KH-HĐND\nKhoa, ngày 14 tháng 11 năm 2016\nKẾ HOẠCH\n"
                + "Tổ chức tiếp xúc cử tri trước kỳ họp thứ ba\n");
        Path data = dir.resolve("data");
        long id;
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            archive.ingest(List.of(in), line -> { });
            id = archive.documents(0, 1).get(0).id();
        }
        String dataOption = "--data=" + data;

        CliRun ok = CliRun.of("correct", dataOption, Long.toString(id), "--field", "issued", "--value", "ngày 15 tháng 11 năm 2016",
                "--by", "Trần Thị Mai", "--note", "đối chiếu sổ văn bản đi");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("issued: 2016-11-15  (read from the text: 2016-11-14; corrected by Trần Thị Mai)"), ok.out());

        CliRun bad = CliRun.of("correct", dataOption, Long.toString(id), "--field", "issued", "--value", "31/02/2016");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'issued'"), bad.err());
        CliRun unknownField = CliRun.of("correct", dataOption, Long.toString(id), "--field", "colour", "--value", "đỏ");
        assertEquals(2, unknownField.code());
        assertTrue(unknownField.err().contains("'colour': unknown field"), unknownField.err());
        assertEquals(2, CliRun.of("correct", dataOption, "999", "--field", "issued", "--value", "2016-11-15").code());
        assertEquals(2, CliRun.of("correct", dataOption, Long.toString(id), "--field", "issued").code(), "--value or --clear is required");

        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            ArchivedDocument d = archive.document(id).orElseThrow();
            assertEquals("2016-11-15", d.metadata().issued().orElseThrow().toString());
            FieldCorrection c = d.correction(MetadataField.ISSUED).orElseThrow();
            assertEquals("Trần Thị Mai", c.by());
            assertEquals(Optional.of("đối chiếu sổ văn bản đi"), c.note());
        }

        CliRun cleared = CliRun.of("correct", dataOption, Long.toString(id), "--field", "issued", "--clear");
        assertEquals(0, cleared.code(), cleared.err());
        assertTrue(cleared.out().contains("no correction; the value read from the text applies"), cleared.out());
        try (Archive archive = Archive.open(data, IndexConfig.bundled())) {
            assertEquals("2016-11-14", archive.document(id).orElseThrow().metadata().issued().orElseThrow().toString());
        }
    }
}
