package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.SessionRef;

/** The real report in ../shared/seed: every citation it makes, exactly. */
class SeedReportTest {

    private static DocumentMetadata seed;

    @BeforeAll
    static void read() throws IOException {
        Path file = SharedData.dir().resolve("seed/bao-cao-rut-kinh-nghiem-ky-hop-thu-ba.txt");
        SharedData.assumeExists(file);
        seed = new MetadataParser(IndexConfig.bundled()).parse(Files.readString(file));
    }

    private static String row(Citation c) {
        return c.relation() + " | " + c.typeName().orElse("") + " | "
                + c.number().map(DocumentNumber::display).orElse("") + " | " + c.name().orElse("") + " | "
                + c.date().map(LocalDate::toString).orElse("") + " | " + c.issuer().orElse("");
    }

    @Test
    void everyCitationInTextOrder() {
        List<String> rows = new ArrayList<>();
        seed.citations().forEach(c -> rows.add(row(c)));
        assertEquals(List.of(
                "theo | Luật |  | Tổ chức Chính quyền địa phương |  | ",
                "theo | Luật |  | giám sát của Quốc hội và HĐND |  | ",
                "căn cứ | Luật |  | ngân sách |  | ",
                "căn cứ | Luật |  | đầu tư công |  | ",
                "dẫn chiếu | công văn | 61/CV-HĐND |  |  | ",
                "dẫn chiếu | thông báo | 18/TB-HĐND |  |  | ",
                "kèm theo | Kế hoạch | 39/KH-HĐND |  | 2016-11-07 | ",
                "dẫn chiếu | Kế hoạch | 40/KH-HĐND |  | 2016-11-14 | ",
                "dẫn chiếu | HD | 01/HĐ-HĐND |  | 2016-11-14 | ",
                "dẫn chiếu | Thông báo | 77/TB-HĐND |  | 2016-11-22 | ",
                "dẫn chiếu | Công văn | 37/CV-HĐND |  | 2016-09-29 | ",
                "thực hiện | Kế hoạch | 40/KH-HĐND |  |  | ",
                "thực hiện | hướng dẫn | 01/HD-HĐND |  | 2016-11-14 | Thường trực HĐND huyện",
                "căn cứ | Kế hoạch | 49/KH-HĐND |  | 2016-10-24 | HĐND tỉnh",
                "dẫn chiếu | kế hoạch | 38/KH-HĐND |  | 2016-10-28 | "), rows);
    }

    @Test
    void theTypingSlipKeysTheSameGuidance() {
        List<String> keys = seed.citations().stream().flatMap(c -> c.number().stream())
                .filter(n -> n.number().equals("01")).map(DocumentNumber::key).distinct().toList();
        assertEquals(List.of("1/HD-HDND"), keys);
    }

    @Test
    void offsetsAndSentencePointAtTheMention() throws IOException {
        String text = Files.readString(SharedData.dir().resolve("seed/bao-cao-rut-kinh-nghiem-ky-hop-thu-ba.txt"));
        Citation c = seed.citations().stream()
                .filter(x -> x.number().map(DocumentNumber::display).equals(Optional.of("49/KH-HĐND"))).findFirst().orElseThrow();
        assertEquals("Kế hoạch số 49/KH-HĐND", text.substring(c.start(), c.end()));
        assertEquals("Căn cứ Kế hoạch số 49/KH-HĐND ngày 24/10/2016 của HĐND tỉnh, Thường trực HĐND huyện ban hành kế hoạch "
                + "số 38/KH-HĐND ngày 28/10/2016 về triển khai công tác tuyên truyền về kỳ họp thứ ba HĐND tỉnh khóa VI và "
                + "kỳ họp thứ Ba – HĐND huyện khóa XI, nhiệm kỳ 2016 – 2021.", c.sentence());
    }

    @Test
    void headerOfAReportWithoutHeaderLines() {
        assertEquals("Báo cáo", seed.type().orElseThrow().name());
        assertEquals(Optional.empty(), seed.number());
        assertEquals(Optional.empty(), seed.issued());
        assertEquals(Optional.of("Rút kinh nghiệm công tác chuẩn bị, tổ chức, điều hành kỳ họp thứ ba, "
                + "Hội đồng nhân dân huyện Khoa XI"), seed.title());
        assertEquals(Optional.of(new SessionRef(3, Optional.of(11), SessionRef.REGULAR)), seed.session());
        assertEquals(Optional.of("Lê Minh Nhựt"), seed.signer());
    }
}
