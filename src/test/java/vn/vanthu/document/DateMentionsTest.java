package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

    private static List<LocalDate> dates(String text) {
        return DateMentions.findAll(text).stream().map(DateMention::date).toList();
    }

    @Test
    void twoDaysSharingAMonthAreTwoDates() {
        String text = "Kỳ họp được tổ chức trong hai ngày 19 và 20/12/2016, là kỳ họp thường lệ.";
        List<DateMention> found = DateMentions.findAll(text);
        assertEquals(List.of(LocalDate.of(2016, 12, 19), LocalDate.of(2016, 12, 20)), dates(text));
        assertEquals("19", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("20/12/2016", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals(List.of(LocalDate.of(2011, 12, 26), LocalDate.of(2011, 12, 27)),
                dates("Thời gian thực hiện: Ngày 26, 27/12/2011"));
    }

    @Test
    void aCountOfDaysIsNoDate() {
        assertEquals(List.of(), dates("sẽ được tổ chức sớm hơn các năm trước từ 5 đến 10 ngày;"));
    }

    @Test
    void aNumberGluedToADateInventsNothing() {
        assertEquals(List.of(), dates("Mã hồ sơ 80101911/26.06.2025 đã nhận."));
    }

    @Test
    void datesInWordsAndDigits() {
        assertEquals(List.of(LocalDate.of(2016, 11, 14)), dates("Khoa, ngày 14 tháng 11 năm 2016"));
        assertEquals(List.of(LocalDate.of(2016, 9, 29)), dates("Công văn số 37/CV-HĐND ngày 29/9/2016 về việc"));
        assertEquals(List.of(LocalDate.of(2017, 3, 27)), dates("ngày 27-3-2017 của Hội đồng"));
        assertEquals(List.of(LocalDate.of(2010, 1, 22)), dates("Thông tư số 01 ngày 22.01.2010 bổ sung"));
        assertEquals(List.of(LocalDate.of(2010, 1, 21)), dates("ngày 21 tháng 01năm 2010"));
        assertEquals(List.of(LocalDate.of(2007, 3, 9)), dates("NGÀY 09 THÁNG 3 NĂM 2007"));
    }

    @Test
    void blankOrImpossibleDatesAreNone() {
        assertEquals(List.of(), dates("Thanh Hóa, ngày       tháng 5 năm 2026"));
        assertEquals(List.of(), dates("ngày 31/02/2016"));
        assertEquals(List.of(), dates("số 12/2016/NQ-HĐND"));
    }

    @Test
    void datesInWordsAreFoundInEveryCaseAndWithoutDiacritics() {
        // The scan tries the pattern only where "ng" is followed by a or à (either case): the
        // words that also start with "ng" must not hide the date after them.
        String text = "người nghị ngân ngoài NGAY 1 THANG 2 NAM 2001; Ngày 3 tháng 4 năm 2002, ngAy 5 thang 6 nam 2003,"
                + " nGÀy 7 tháng 8 năm 2004, ngà 9 tháng 9 năm 2005";
        assertEquals(List.of(LocalDate.of(2001, 2, 1), LocalDate.of(2002, 4, 3), LocalDate.of(2003, 6, 5),
                LocalDate.of(2004, 8, 7)), dates(text));
    }

    @Test
    void aThirdCharacterTestFindsWhatTheRegexFinds() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})ng(?:ày|ay)x");
        FirstCharScan.Start start = FirstCharScan.Start.anyOfIgnoringCase("n").thenAnyOfIgnoringCase("g")
                .thirdAnyOfIgnoringCase("aà").notAfterLetter();
        String text = "ngàyx NGAYX angayx người ngÀyx nga ngayX";
        List<Integer> expected = new java.util.ArrayList<>();
        java.util.regex.Matcher m = p.matcher(text);
        while (m.find()) {
            expected.add(m.start());
        }
        List<Integer> found = new java.util.ArrayList<>();
        java.util.regex.Matcher n = p.matcher(text);
        for (int at = 0; FirstCharScan.find(n, text, at, start); at = n.end()) {
            found.add(n.start());
        }
        assertEquals(List.of(0, 6, 25, 35), expected);
        assertEquals(expected, found);
    }
}
