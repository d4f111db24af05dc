package vn.vanthu.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as the pages write them: day/month/year, the Vietnamese way ("14/11/2016"). */
final class Dates {
    private Dates() {
    }

    /** An ISO date ("2016-11-14") as "14/11/2016"; anything else unchanged. */
    static String display(String iso) {
        try {
            LocalDate d = LocalDate.parse(iso);
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
