package vn.vanthu.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.SessionRef;
import vn.vanthu.document.VietnameseNumerals;

/**
 * Finds every session a text names ("kỳ họp thứ ba", "Kỳ họp lần thứ ba", "kỳ họp thứ 3 … khóa
 * XI", "kỳ họp chuyên đề"), each with the term stated in the same clause. The reading work's
 * parser gives a document's subject session only; comparing needs every mention with its place
 * (to tie a sentence's dates to the session it names).
 */
final class SessionMentions {
    private static final Pattern SESSION = Pattern.compile(
            "(?iu)(?<!\\p{L})k[ỳìyi]\\s*họp\\s+(?:lần\\s+)?(?:thứ\\s+(\\d|\\p{L})|(chuyên\\s*đề|bất\\s*thường))");
    private static final Pattern TERM = Pattern.compile("(?iu)(?<!\\p{L})kh(?:óa|oá)\\s+([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])");
    // "Hội đồng nhân dân huyện Khoa XI" (the seed's title) states the term without "khóa".
    private static final Pattern BARE_TERM = Pattern.compile("(?u)^[,\\s]*[^.;,\\n]{0,50}?\\s([IVX]{1,5})(?![\\p{L}\\d])");
    private static final Pattern KIND = Pattern.compile("(?iu)^\\s*(?:\\S+\\s+){0,3}?(chuyên\\s*đề|bất\\s*thường)");
    private static final int TERM_WINDOW = 80;

    /** A session named at [start, end) of the text. */
    record Mention(SessionRef session, int start, int end) {
    }

    private SessionMentions() {
    }

    static List<Mention> findAll(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = SESSION.matcher(text);
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            searchFrom = m.end();
            int number = 0;
            int end = m.end();
            if (m.group(1) != null) {
                // The number's words are read on from where it opens ("thứ hai mươi lăm", "thứ ba HĐND").
                Optional<VietnameseNumerals.Reading> ord = VietnameseNumerals.leading(text, m.start(1));
                if (ord.isEmpty()) {
                    continue;
                }
                number = ord.get().value();
                end = ord.get().end();
                searchFrom = end;
            }
            String after = text.substring(end, Math.min(text.length(), end + TERM_WINDOW));
            Matcher next = SESSION.matcher(after);
            if (next.find()) {
                after = after.substring(0, next.start());
            }
            String clause = after.split("[.;\\n]", 2)[0];
            String kind = SessionRef.REGULAR;
            String kindText = m.group(2);
            if (kindText == null) {
                Matcher k = KIND.matcher(clause);
                kindText = k.find() ? k.group(1) : null;
            }
            if (kindText != null) {
                kind = PlainText.fold(kindText).startsWith("chuyen") ? SessionRef.THEMATIC : SessionRef.EXTRAORDINARY;
            }
            out.add(new Mention(new SessionRef(number, term(clause), kind), m.start(), end));
        }
        return out;
    }

    private static Optional<Integer> term(String clause) {
        Matcher t = TERM.matcher(clause);
        if (t.find()) {
            String v = t.group(1);
            return v.matches("\\d+") ? Optional.of(Integer.parseInt(v)) : RomanNumerals.parse(v);
        }
        Matcher bare = BARE_TERM.matcher(clause);
        return bare.find() ? RomanNumerals.parse(bare.group(1)) : Optional.empty();
    }
}
