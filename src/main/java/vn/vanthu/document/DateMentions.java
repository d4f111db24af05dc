package vn.vanthu.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a Vietnamese text mentions: "ngày 14 tháng 11 năm 2016", "29/9/2016",
 * "27-3-2017", "22.01.2010", and a shared month written once ("ngày 19 và 20/12/2016", "26, 27/12/2011"
 * are two dates each). A numeric date glued to another number ("80101911/26.06.2025") or to a
 * ký hiệu is not a date; a day count ("từ 5 đến 10 ngày") is none; a blank draft date
 * ("ngày   tháng 5 năm 2026") is none.
 */
public final class DateMentions {

    private static final Pattern IN_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:ngày|ngay)\\s*(\\d{1,2})\\s*(?:tháng|thang)\\s*(\\d{1,2})\\s*(?:năm|nam)\\s*((?:19|20)\\d{2})(?!\\d)");
    // A date written with one separator used twice: d/m/yyyy, d-m-yyyy or d.m.yyyy.
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/\\-]|\\.\\d)");
    // "ngày 19 và 20/12/2016", "Ngày 26, 27/12/2011": the earlier days, written right before a full date, share its month.
    private static final Pattern SHARED_MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}])ngày\\s+((?:\\d{1,2}\\s*(?:,|và|-|–)\\s*)+)$");

    // Where each pattern can start: after its lookbehind, on "n", "g" then "a"/"à" (ngày, ngay), or on a digit.
    private static final FirstCharScan.Start IN_WORDS_START = FirstCharScan.Start.anyOfIgnoringCase("n")
            .thenAnyOfIgnoringCase("g").thirdAnyOfIgnoringCase("aà").notAfterLetter();
    private static final FirstCharScan.Start NUMERIC_START = FirstCharScan.DIGIT.notAfter("0123456789/.-");

    private DateMentions() {
    }

    /** Every date mentioned, in text order. */
    public static List<DateMention> findAll(String text) {
        List<DateMention> out = new ArrayList<>();
        Matcher w = IN_WORDS.matcher(text);
        for (int at = 0; FirstCharScan.find(w, text, at, IN_WORDS_START); at = Math.max(w.end(), w.start() + 1)) {
            date(w.group(3), w.group(2), w.group(1)).ifPresent(d -> out.add(new DateMention(d, w.start(), w.end())));
        }
        Matcher n = NUMERIC.matcher(text);
        for (int at = 0; FirstCharScan.find(n, text, at, NUMERIC_START); at = Math.max(n.end(), n.start() + 1)) {
            Optional<LocalDate> d = date(n.group(4), n.group(3), n.group(1));
            if (d.isEmpty()) {
                continue;
            }
            out.add(new DateMention(d.get(), n.start(), n.end()));
            addSharedMonthDays(text, n, d.get(), out);
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(out);
    }

    /** The first date the text mentions, if any (callers check where it starts). */
    public static Optional<DateMention> first(String text) {
        List<DateMention> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static void addSharedMonthDays(String text, Matcher numeric, LocalDate last, List<DateMention> out) {
        int windowStart = Math.max(0, numeric.start() - 60);
        String before = text.substring(windowStart, numeric.start());
        Matcher s = SHARED_MONTH.matcher(before);
        if (!s.find()) {
            return;
        }
        Matcher day = Pattern.compile("\\d{1,2}").matcher(s.group(1));
        int previous = 0;
        List<DateMention> days = new ArrayList<>();
        while (day.find()) {
            int dd = Integer.parseInt(day.group());
            // Days listed before the full date run upwards and stay below its day; otherwise it is no list.
            if (dd <= previous || dd >= last.getDayOfMonth()) {
                return;
            }
            previous = dd;
            int abs = windowStart + s.start(1) + day.start();
            days.add(new DateMention(last.withDayOfMonth(dd), abs, abs + day.group().length()));
        }
        out.addAll(days);
    }

    static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
