package vn.vanthu.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanthu.document.SessionRef;

/** A session label as a person types it, with or without diacritics, names the same session. */
class TypedSessionLabelTest {
    private static Optional<SessionRef> read(String typed) {
        List<SessionMentions.Mention> found = TypedSessionLabel.read(typed);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).session());
    }

    private static void assertSame(String withDiacritics, String without) {
        Optional<SessionRef> expected = read(withDiacritics);
        assertTrue(expected.isPresent(), withDiacritics);
        assertEquals(expected, read(without), without);
    }

    @Test
    void aLabelWithoutDiacriticsReadsAsWithThem() {
        assertSame("kỳ họp thứ hai khóa XI", "ky hop thu hai khoa XI");
        assertSame("Kỳ họp thứ 2", "ky hop thu 2");
        assertSame("KỲ HỌP THỨ BA KHÓA XI", "KY HOP THU BA KHOA XI");
        assertSame("kỳ họp lần thứ tư khóa 11", "ky hop lan thu tu khoa 11");
        assertSame("kỳ họp thứ năm", "ki hop thu nam");
        assertSame("kỳ họp thứ bảy", "ky hop thu bay");
        assertSame("kỳ họp chuyên đề khóa XI", "ky hop chuyen de khoa XI");
        assertSame("kỳ họp bất thường", "ky hop bat thuong");
    }

    @Test
    void tensReadAsTheyAreSpokenWithoutTheirMarks() {
        assertEquals(Optional.of(new SessionRef(10, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu muoi"));
        assertEquals(Optional.of(new SessionRef(11, Optional.of(11), SessionRef.REGULAR)), read("ky hop thu muoi mot khoa XI"));
        assertEquals(Optional.of(new SessionRef(20, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu hai muoi"));
        assertEquals(Optional.of(new SessionRef(15, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu muoi lam"));
    }

    @Test
    void numbersOfThreeWordsAreReadWholeWithOrWithoutMarks() {
        SessionRef twentyFifth = new SessionRef(25, Optional.of(11), SessionRef.REGULAR);
        assertEquals(Optional.of(twentyFifth), read("kỳ họp thứ hai mươi lăm khóa XI"));
        assertEquals(Optional.of(twentyFifth), read("ky hop thu hai muoi lam khoa XI"));
        assertEquals(Optional.of(twentyFifth), read("Kỳ họp thứ hai mươi nhăm, khóa XI"));
        assertEquals(Optional.of(new SessionRef(21, Optional.empty(), SessionRef.REGULAR)), read("kỳ họp thứ hai mươi mốt"));
        assertEquals(Optional.of(new SessionRef(21, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu hai muoi mot"));
        assertEquals(Optional.of(new SessionRef(24, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu hai muoi tu"));
        assertEquals(Optional.of(new SessionRef(30, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu ba muoi"));
        assertEquals(Optional.of(new SessionRef(2, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu hai"));
    }

    /** The number words come from VietnameseNumerals: each typed without marks gets its usual spelling back. */
    @ParameterizedTest
    @CsvSource({"mot,một", "nhat,nhất", "nhi,nhì", "bon,bốn", "tu,tư", "nam,năm", "lam,lăm", "nham,nhăm", "sau,sáu",
        "bay,bảy", "tam,tám", "chin,chín", "chuc,chục", "muoi,mười", "tram,trăm", "le,lẻ", "linh,linh", "hai,hai", "ba,ba"})
    void numberWordsGetTheirMarksBack(String typed, String marked) {
        assertEquals(marked, TypedSessionLabel.withMarks(typed));
    }

    @Test
    void aWordWithTwoSpellingsTakesTheOneThatGoesOnWithTheNumber() {
        assertEquals("thứ hai mươi một", TypedSessionLabel.withMarks("thu hai muoi mot"));
        assertEquals("thứ mười một", TypedSessionLabel.withMarks("thu muoi mot"));
        assertEquals("thứ bảy mươi", TypedSessionLabel.withMarks("thu bay muoi"));
        assertEquals("kỳ họp thứ một trăm linh năm", TypedSessionLabel.withMarks("ky hop thu mot tram linh nam"));
        assertEquals(Optional.of(new SessionRef(104, Optional.empty(), SessionRef.REGULAR)), read("ky hop thu mot tram le tu"));
    }

    @Test
    void partlyMarkedWordsAndOtherWordsAreLeftAlone() {
        assertSame("kỳ họp thứ ba khóa XI", "kỳ hop thu ba khóa XI");
        assertEquals(Optional.empty(), read("ke hoach to chuc hop"));
        assertEquals(Optional.empty(), read("tiep xuc cu tri"));
    }
}
