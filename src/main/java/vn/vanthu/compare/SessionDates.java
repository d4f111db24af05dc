package vn.vanthu.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;
import vn.vanthu.document.SessionRef;

/**
 * Reads when a session sits from a sentence that names it and says it is held: "Kỳ họp lần thứ ba
 * được tổ chức trong hai ngày 19 và 20/12/2016", "… dự kiến tổ chức từ ngày 07 đến ngày
 * 09/12/2016", "(khai mạc lúc 7 giờ 30 phút ngày 19/12/2016)". The opening is the first day
 * stated, the closing the last.
 */
final class SessionDates {
    private static final Pattern HELD = Pattern.compile(
            "(?iu)tổ chức (?:trong|vào|từ|ngày)|diễn ra|khai mạc|họp trong|họp từ|họp vào|tiến hành trong");
    // "từ ngày 07 đến ngày 09/12/2016": the first day shares the month of the last.
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)từ\\s+ngày\\s+(\\d{1,2})\\s+(?:đến|tới)\\s+(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})");
    private static final int MAX_DAYS = 10;

    /** A session's days as one sentence states them. */
    record Statement(SessionRef session, LocalDate opening, LocalDate closing, String sentence) {
    }

    private SessionDates() {
    }

    static List<Statement> read(String text) {
        List<Statement> out = new ArrayList<>();
        for (String sentence : PlainText.sentences(text)) {
            if (!HELD.matcher(sentence).find()) {
                continue;
            }
            List<SessionMentions.Mention> mentions = SessionMentions.findAll(sentence);
            if (mentions.isEmpty()) {
                continue;
            }
            // The dates belong to the first session named, and are those written after it.
            SessionMentions.Mention m = mentions.get(0);
            int until = mentions.size() > 1 ? mentions.get(1).start() : sentence.length();
            String tail = sentence.substring(m.end(), until);
            List<LocalDate> days = new ArrayList<>(DateMentions.findAll(tail).stream().map(DateMention::date).toList());
            Matcher r = RANGE.matcher(tail);
            while (r.find()) {
                dateOf(r.group(4), r.group(3), r.group(1)).ifPresent(days::add);
            }
            if (days.isEmpty()) {
                continue;
            }
            days.sort(Comparator.naturalOrder());
            LocalDate first = days.get(0);
            LocalDate last = days.get(days.size() - 1);
            if (last.toEpochDay() - first.toEpochDay() > MAX_DAYS) {
                continue; // a span this long is a preparation period, not a sitting
            }
            out.add(new Statement(m.session(), first, last, sentence));
        }
        return out;
    }

    private static Optional<LocalDate> dateOf(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
