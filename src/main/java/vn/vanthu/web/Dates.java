package vn.vanthu.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates as the pages show them to people, the Vietnamese way: a day is "14/11/2016", a month is
 * "tháng 11/2016". Every page writes its dates through here. What machines read keeps ISO: the
 * JSON API, the {@code datetime} attribute of {@code <time>} (the {@code date.jte} template),
 * URLs and form values.
 */
public final class Dates {
    /** Corrections are stamped as instants; staff read them as the day it was in Vietnam. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** "14/11/2016". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** The day of an instant in Vietnam's time ("27/11/2026"). */
    public static String day(Instant at) {
        return DAY.format(at.atZone(VIETNAM));
    }

    /** An ISO date ("2016-11-14") as "14/11/2016"; anything else (a partial or unread date) unchanged. */
    public static String day(String iso) {
        return parse(iso).map(Dates::day).orElse(iso);
    }

    /** A day, or what to write when there is none ("—", "không rõ ngày"). */
    public static String day(Optional<LocalDate> d, String none) {
        return d.map(Dates::day).orElse(none);
    }

    /** "tháng 11/2016". */
    public static String month(YearMonth m) {
        return "tháng " + m.getMonthValue() + "/" + m.getYear();
    }

    /** An ISO date, if the text is one. */
    public static Optional<LocalDate> parse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
