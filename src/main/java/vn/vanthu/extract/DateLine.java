package vn.vanthu.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;

/**
 * The place and date line ("Hà Nội, ngày 05 tháng 3 năm 2020", a draft's "Hà Nội, ngày   tháng   năm
 * 2016"): the first one in the header is kept. The date counts only with day, month and year.
 */
final class DateLine {
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?u)(\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,4})[ \\t]*,[ \\t]*(?i:ngày)[\\s.…]*(\\d{0,2})[\\s.…]*(?i:tháng)[\\s.…]*(\\d{0,2})[\\s.…]*(?i:năm)[\\s.…]*((?:19|20)\\d{2})?");

    private boolean seen;
    private Optional<LocalDate> issued = Optional.empty();
    private Optional<String> place = Optional.empty();

    /** Reads the piece if it is the header's first place-and-date line with a day, month or year written; whether it was. */
    boolean read(String t) {
        if (seen || t.length() > 160) {
            return false;
        }
        Matcher dm = DATE_LINE.matcher(t);
        if (!dm.find() || (dm.group(4) == null && dm.group(2).isEmpty() && dm.group(3).isEmpty())) {
            return false;
        }
        seen = true;
        place = Optional.of(dm.group(1).strip()).filter(s -> !s.isEmpty());
        issued = date(dm.group(4), dm.group(3), dm.group(2));
        return true;
    }

    /** The date an older heading writes after its number, when the header gave none. */
    void orFirstIn(String afterNumber) {
        if (issued.isEmpty()) {
            issued = DateMentions.first(afterNumber).map(DateMention::date);
        }
    }

    boolean seen() {
        return seen;
    }

    Optional<LocalDate> issued() {
        return issued;
    }

    Optional<String> place() {
        return place;
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        if (y == null || m == null || d == null || m.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
