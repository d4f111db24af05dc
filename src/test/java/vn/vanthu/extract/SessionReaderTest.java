package vn.vanthu.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.document.SessionRef;

class SessionReaderTest {

    private final SessionReader reader = new SessionReader();

    private SessionRef only(String text) {
        List<SessionReader.Mention> all = reader.findAll(text);
        assertEquals(1, all.size(), () -> "sessions in: " + text);
        return all.get(0).session();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chuẩn bị kỳ họp thứ ba HĐND huyện khóa XI                  | 3  | 11",
        "Kỳ họp lần thứ ba được tổ chức trong hai ngày               | 3  | ",
        "kỳ họp thứ 3, HĐND huyện khoá XI, nhiệm kỳ 2016-2021        | 3  | 11",
        "tuyên truyền về kỳ họp thứ Ba – HĐND huyện khóa XI          | 3  | 11",
        "chương trình kỳ họp thứ 13, HĐND huyện khóa XX               | 13 | 20",
        "KỲ HỌP THỨ TƯ, HĐND TỈNH KHÓA 11                             | 4  | 11",
        "kì họp thứ mười một HĐND xã khóa XXI                         | 11 | 21",
        "Kỳ họp thứ hai mươi lăm, HĐND tỉnh khóa X                     | 25 | 10",
        "KỲ HỌP THỨ HAI MƯƠI MỐT HĐND TỈNH KHÓA XIV                    | 21 | 14",
        "kỳ họp thứ hai mươi tư HĐND tỉnh khóa X                       | 24 | 10",
        "kỳ họp thứ hai mươi nhăm HĐND tỉnh khóa X                     | 25 | 10",
        "kỳ họp thứ ba mươi HĐND thành phố khóa IX                     | 30 | 9",
        "kỳ họp thứ mười lăm HĐND huyện khóa XI                        | 15 | 11",
        "kỳ họp thứ hai HĐND huyện khóa XI                             | 2  | 11",
        "kỳ họp thứ hai mươi HĐND huyện khóa XI                        | 20 | 11",
        "tại kỳ họp thứ mười năm 2019, HĐND huyện khóa XI              | 10 | 11",
        "tại kỳ họp thứ hai mươi năm 2020 của HĐND tỉnh khóa IX        | 20 | 9",
    })
    void regularSessions(String text, int number, Integer term) {
        assertEquals(new SessionRef(number, Optional.ofNullable(term), SessionRef.REGULAR), only(text));
    }

    @Test
    void kinds() {
        assertEquals(new SessionRef(0, Optional.of(11), SessionRef.THEMATIC), only("Nghị quyết kỳ họp chuyên đề HĐND huyện khóa XI"));
        assertEquals(new SessionRef(0, Optional.empty(), SessionRef.EXTRAORDINARY), only("triệu tập kỳ họp bất thường"));
        assertEquals(new SessionRef(8, Optional.of(11), SessionRef.THEMATIC), only("kỳ họp thứ tám (chuyên đề) HĐND huyện khóa XI"));
    }

    @Test
    void eachMentionKeepsItsOwnTerm() {
        List<SessionReader.Mention> all = reader.findAll(
                "tuyên truyền về kỳ họp thứ ba HĐND tỉnh khóa VI và kỳ họp thứ Ba – HĐND huyện khóa XI, nhiệm kỳ 2016 – 2021.");
        assertEquals(List.of(new SessionRef(3, Optional.of(6), SessionRef.REGULAR), new SessionRef(3, Optional.of(11), SessionRef.REGULAR)),
                all.stream().map(SessionReader.Mention::session).toList());
    }

    @Test
    void termWrittenBeforeTheSession() {
        assertEquals(new SessionRef(3, Optional.of(11), SessionRef.REGULAR), only("HỘI ĐỒNG NHÂN DÂN HUYỆN KHOA\nKHÓA XI, KỲ HỌP THỨ BA"));
    }

    @Test
    void theSubjectComesFromTheTitleWithATermFoundElsewhere() {
        String text = "BÁO CÁO\nKết quả kỳ họp thứ hai\n\nKỳ họp thứ nhất đã bầu các chức danh. Kỳ họp thứ hai HĐND huyện khóa XI đã thông qua 12 nghị quyết.";
        assertEquals(Optional.of(new SessionRef(2, Optional.of(11), SessionRef.REGULAR)),
                reader.subject(Optional.of("Kết quả kỳ họp thứ hai"), text));
    }

    @Test
    void noSessionWhereNoneIsNamed() {
        assertEquals(List.of(), reader.findAll("họp giao ban thứ hai hằng tuần; kỳ hạn thứ ba"));
        assertEquals(List.of(), reader.findAll("Họp vào thứ Hai, ngày 05 tháng 12 năm 2016; thứ hai mươi lăm trong danh sách"));
    }

    @Test
    void aWeekdayAfterTheSessionIsNotPartOfItsNumber() {
        assertEquals(new SessionRef(2, Optional.of(11), SessionRef.REGULAR),
                only("kỳ họp thứ hai HĐND huyện khóa XI khai mạc thứ Hai, ngày 05 tháng 12"));
        assertEquals(new SessionRef(25, Optional.empty(), SessionRef.REGULAR), only("Kỳ họp thứ hai mươi lăm\nThứ Hai, ngày 05 tháng 12"));
    }
}
