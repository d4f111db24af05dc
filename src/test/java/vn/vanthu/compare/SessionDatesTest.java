package vn.vanthu.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.vanthu.document.SessionRef;

class SessionDatesTest {

    @Test
    void theSeedSentenceGivesTheTwoDays() {
        List<SessionDates.Statement> s = SessionDates.read(
                "1. Nội dung kỳ họp:\n\nKỳ họp lần thứ ba được tổ chức trong hai ngày 19 và 20/12/2016, là kỳ họp thường lệ cuối năm.");
        assertEquals(1, s.size());
        assertEquals(3, s.get(0).session().number());
        assertEquals(LocalDate.of(2016, 12, 19), s.get(0).opening());
        assertEquals(LocalDate.of(2016, 12, 20), s.get(0).closing());
    }

    @Test
    void aRangeAndAnOpeningHourAreRead() {
        SessionDates.Statement province = SessionDates.read(
                "3. Kỳ họp thứ ba HĐND tỉnh khóa VI dự kiến tổ chức từ ngày 07 đến ngày 09/12/2016 tại Hội trường.").get(0);
        assertEquals(new SessionRef(3, Optional.of(6), SessionRef.REGULAR), province.session());
        assertEquals(LocalDate.of(2016, 12, 7), province.opening());
        assertEquals(LocalDate.of(2016, 12, 9), province.closing());

        SessionDates.Statement fourth = SessionDates.read("Kỳ họp thứ tư HĐND huyện khóa XI được tổ chức trong hai ngày 13 và "
                + "14/7/2017 (khai mạc lúc 7 giờ 30 phút ngày 13/7/2017) tại Hội trường UBND huyện Khoa.").get(0);
        assertEquals(new SessionRef(4, Optional.of(11), SessionRef.REGULAR), fourth.session());
        assertEquals(LocalDate.of(2017, 7, 13), fourth.opening());
        assertEquals(LocalDate.of(2017, 7, 14), fourth.closing());
    }

    @Test
    void datesWithoutASittingAreNotASessionsDays() {
        assertTrue(SessionDates.read("Thời gian: 02 ngày, ngày 19 và 20/12/2016.").isEmpty(), "no session named");
        assertTrue(SessionDates.read("Báo cáo kỳ họp thứ ba ngày 28/12/2016 gửi Thường trực.").isEmpty(), "not held on that day");
        assertTrue(SessionDates.read("Tiếp xúc cử tri trước kỳ họp thứ ba được tổ chức từ ngày 21/11/2016 đến ngày 02/12/2016.")
                .isEmpty(), "twelve days of voter meetings are no sitting");
    }

    @Test
    void sessionsAreNamedWithTheirTermAndKind() {
        List<SessionMentions.Mention> m = SessionMentions.findAll(
                "kỳ họp thứ Ba – HĐND huyện khóa XI; kỳ họp chuyên đề HĐND huyện; Kỳ họp thứ mười một khoá 11 và kỳ họp thứ ba, "
                        + "Hội đồng nhân dân huyện Khoa XI");
        assertEquals(List.of(new SessionRef(3, Optional.of(11), SessionRef.REGULAR), new SessionRef(0, Optional.empty(), SessionRef.THEMATIC),
                new SessionRef(11, Optional.of(11), SessionRef.REGULAR), new SessionRef(3, Optional.of(11), SessionRef.REGULAR)),
                m.stream().map(SessionMentions.Mention::session).toList());
    }
}
