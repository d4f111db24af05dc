package vn.vanthu.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanthu.document.FirstCharScan;
import vn.vanthu.document.RomanNumerals;
import vn.vanthu.document.SessionRef;
import vn.vanthu.document.TermYears;
import vn.vanthu.document.VietnameseNumerals;

/**
 * Reads the council sessions a text names: "kỳ họp thứ ba", "kỳ họp lần thứ ba", "kỳ họp thứ 3",
 * "Kỳ họp thứ Ba", "kỳ họp chuyên đề", "kỳ họp bất thường", each with the term that follows it in
 * the same stretch of text ("… HĐND huyện khóa XI", "khoá XI", "khóa 11").
 */
final class SessionReader {
    // Compiled once (these ran as String.matches/split, compiling a pattern per call).
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?s).*[;\\n].*|.*\\.\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;]|\\n[ \\t]*\\n");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Pattern SESSION = Pattern.compile(
            "(?iu)(?<!\\p{L})k[ỳìyi]\\s*họp\\s+(?:lần\\s+)?(?:thứ\\s+(\\d|\\p{L})|(chuyên\\s*đề|bất\\s*thường))");
    // SESSION opens with "k" and TERM_YEARS with "n": the scans try them only there (FirstCharScan).
    private static final FirstCharScan.Start SESSION_START =
            FirstCharScan.Start.anyOfIgnoringCase("k").thenAnyOfIgnoringCase("ỳìyi").notAfterLetter();
    private static final FirstCharScan.Start TERM_YEARS_START =
            FirstCharScan.Start.anyOfIgnoringCase("n").thenAnyOfIgnoringCase("h").notAfterLetter();
    private static final Pattern TERM = Pattern.compile("(?iu)(?<!\\p{L})kh(?:óa|oá)\\s+([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])");
    private static final Pattern TERM_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})kh(?:óa|oá)\\s+([IVXLC]+|\\d{1,2})[\\s,;:–-]*$");
    private static final Pattern KIND = Pattern.compile("(?iu)chuyên\\s*đề|bất\\s*thường");
    private static final int TERM_WINDOW = 90;
    // "nhiệm kỳ 2016 – 2021", "NHIỆM KỲ 2016-2021", "nhiệm kỳ 2021 - 2026": any dash, spaced or not.
    private static final Pattern TERM_YEARS = Pattern.compile(
            "(?iu)(?<!\\p{L})nhi[ệe]m\\s*k[ỳìy]\\s*:?\\s*((?:19|20)\\d{2})\\s*[-–—‐‑−]{1,2}\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final int OPENING = 2500;
    private static final Pattern CITED_NUMBER = Pattern.compile("(?u)\\d+(?:/(?:19|20)\\d{2})?/\\p{Lu}[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)*");

    /** One session named in the text, with where it was found. */
    record Mention(SessionRef session, int start, int end) {
    }

    List<Mention> findAll(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = SESSION.matcher(text);
        for (int from = 0; FirstCharScan.find(m, text, from, SESSION_START); from = m.end()) {
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
            }
            int next = nextSession(text, end);
            String after = text.substring(end, Math.min(next, Math.min(text.length(), end + TERM_WINDOW)));
            String kind = SessionRef.REGULAR;
            String kindText = m.group(2) != null ? m.group(2) : firstKind(sameStretch(after));
            if (kindText != null) {
                kind = Fold.fold(kindText).startsWith("chuyen") ? SessionRef.THEMATIC : SessionRef.EXTRAORDINARY;
            }
            Optional<Integer> term = term(TERM.matcher(sameStretch(after)));
            if (term.isEmpty()) {
                // "KHÓA XI, KỲ HỌP THỨ BA": the term written just before, on the same line.
                String before = text.substring(Math.max(0, m.start() - 30), m.start());
                before = before.substring(before.lastIndexOf('\n') + 1);
                term = term(TERM_BEFORE.matcher(before));
            }
            out.add(new Mention(new SessionRef(number, term, kind), m.start(), end));
        }
        return out;
    }

    /**
     * The session a document is about: the first named in its title, else the first in its opening
     * text; a term missing there is taken from another mention of the same session that states it.
     */
    Optional<SessionRef> subject(Optional<String> title, String text) {
        List<Mention> all = findAll(text);
        Optional<SessionRef> chosen = title.flatMap(t -> findAll(t).stream().findFirst().map(Mention::session));
        if (chosen.isEmpty()) {
            chosen = all.stream().filter(mm -> mm.start() < 2500).findFirst().map(Mention::session);
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        SessionRef s = chosen.get();
        if (s.term().isPresent()) {
            return chosen;
        }
        return Optional.of(all.stream()
                .map(Mention::session)
                .filter(o -> o.number() == s.number() && o.kind().equals(s.kind()) && o.term().isPresent())
                .findFirst()
                .orElse(s));
    }

    /**
     * The term's years a document names: the first in its title, else the first in its opening
     * text (the header and the lines that say what it is about), as the session is chosen.
     */
    Optional<TermYears> termYears(Optional<String> title, String text) {
        return title.flatMap(SessionReader::firstTermYears)
                .or(() -> firstTermYears(text.substring(0, Math.min(text.length(), OPENING))));
    }

    private static Optional<TermYears> firstTermYears(String s) {
        Matcher m = TERM_YEARS.matcher(s);
        for (int at = 0; FirstCharScan.find(m, s, at, TERM_YEARS_START); at = m.end()) {
            if (describesACitedDocument(s, m.start())) {
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            // A council term is five years (a few were shortened or lengthened); anything else is not a term.
            if (to > from && to - from <= 6) {
                return Optional.of(new TermYears(from, to));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the term closes the description of a document cited just before, in the same
     * clause ("thay thế Nghị quyết số 06/2016/NQ-HĐND … về mức chi … nhiệm kỳ 2016 – 2021"):
     * the cited document's term, not necessarily this one's.
     */
    private static boolean describesACitedDocument(String s, int at) {
        String before = s.substring(Math.max(0, at - 200), at);
        Matcher n = CITED_NUMBER.matcher(before);
        int end = -1;
        while (n.find()) {
            end = n.end();
        }
        return end >= 0 && !SENTENCE_BREAK.matcher(before.substring(end)).matches();
    }

    /** The text up to the end of the sentence; a single line break (a wrapped PDF line) does not end it. */
    private static String sameStretch(String after) {
        return SENTENCE_END.split(after, 2)[0];
    }

    private static Optional<Integer> term(Matcher t) {
        if (!t.find()) {
            return Optional.empty();
        }
        String v = t.group(1);
        return DIGITS.matcher(v).matches() ? Optional.of(Integer.parseInt(v)) : RomanNumerals.parse(v);
    }

    private static int nextSession(String text, int from) {
        Matcher m = SESSION.matcher(text);
        return FirstCharScan.find(m, text, from, SESSION_START) ? m.start() : text.length();
    }

    private static String firstKind(String s) {
        Matcher k = KIND.matcher(s.length() > 30 ? s.substring(0, 30) : s);
        return k.find() ? k.group() : null;
    }
}
