package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.config.IndexConfig;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.DocumentType;

/** Headers of real documents, from the reference text of ../shared/corpus/originals (skipped when absent). */
class CorpusHeadersTest {

    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final MetadataParser PARSER = new MetadataParser(IndexConfig.bundled());

    @BeforeAll
    static void load() throws IOException {
        Path file = SharedData.dir().resolve("corpus/text/originals_reference_text.jsonl");
        SharedData.assumeExists(file);
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            TEXTS.put(row.path("file").asText(), row.path("text").asText(""));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hpbaotho_qlvb_2011/QD15UB.DOC | 15/2010/QĐ-UBND | Quyết định | 2010-04-26 | Hà Nội | Ủy ban nhân dân thành phố Hà Nội | Ngô Thị Thanh Hằng",
        "hpbaotho_qlvb_2011/CT9UB.DOC | 09/2009/CT-UBND | Chỉ thị | 2009-04-15 | Thủ Dầu Một | Ủy ban nhân dân tỉnh Bình Dương | Nguyễn Văn Hiệp",
        "hpbaotho_qlvb_2011/Luat Thanh tra 2010.doc | 56/2010/QH12 | Luật | 2010-11-15 | Hà Nội | Quốc hội | Nguyễn Phú Trọng",
        "hpbaotho_qlvb_2011/Thong tu so 2442 cua Thanh tra Chinh phu.doc | 2442/2007/TT-TTCP | Thông tư | 2007-11-13 | Hà Nội | Thanh tra Chính phủ | ",
        "local_gov_hdnd_misc/144374dd-4f20-43d6-b5c1-b0c323f7fcaa_07_2025_QD-UBND_672597.doc | 07/2025/QĐ-UBND | Quyết định | 2025-09-10 | Thái Nguyên | Ủy ban nhân dân tỉnh Thái Nguyên | Phạm Hoàng Sơn",
        "local_gov_hdnd_misc/1676950750_hop-thuong-truc-mo-rong-11.202012.11.2020_07h00p21_signed.pdf | /GM-HĐND | Giấy mời | | Tuần Giáo | Hội đồng nhân dân huyện Tuần Giáo | Trần Bình Trọng",
        "local_gov_hdnd_misc/danhmuc.pdf | /VP-CTHĐND | Công văn | | Thanh Hóa | Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa | Trần Mạnh Long",
    })
    void header(String file, String number, String type, String issued, String place, String issuer, String signer) {
        String text = TEXTS.get(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(text != null, () -> "not in the reference text: " + file);
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(number, m.number().map(DocumentNumber::display).orElse(""));
        assertEquals(type, m.type().map(DocumentType::name).orElse(""));
        assertEquals(Optional.ofNullable(issued).map(LocalDate::parse), m.issued());
        assertEquals(Optional.of(place), m.place());
        assertEquals(Optional.of(issuer), m.issuer());
        assertEquals(Optional.ofNullable(signer), m.signer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "local_gov_hdnd_misc/1676950750_hop-thuong-truc-mo-rong-11.202012.11.2020_07h00p21_signed.pdf | 13 | 20",
    })
    void sessionOfAMeetingNotice(String file, int number, int term) {
        String text = TEXTS.get(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(text != null);
        DocumentMetadata m = PARSER.parse(text);
        assertEquals(number, m.session().orElseThrow().number());
        assertEquals(Optional.of(term), m.session().orElseThrow().term());
    }
}
