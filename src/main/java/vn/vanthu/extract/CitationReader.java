package vn.vanthu.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vanthu.document.Citation;
import vn.vanthu.document.DateMention;
import vn.vanthu.document.DateMentions;
import vn.vanthu.document.DocumentNumber;
import vn.vanthu.document.FirstCharScan;
import vn.vanthu.document.NumberMention;

/**
 * Reads every mention of another document in a text: numbered ("Kế hoạch số 40/KH-HĐND ngày
 * 14/11/2016 của Thường trực HĐND huyện") and named laws ("Luật Tổ chức chính quyền địa
 * phương"), with the relation its lead phrase gives, the type word, the issue date and issuer
 * stated next to it, the offsets and the sentence.
 *
 * <p>A date goes to the nearest mention before it in the same sentence that has none yet, so in
 * "Thông tư số 124/2021/TT-BTC … kèm theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ
 * tướng Chính phủ ngày 30/12/2021 của Bộ Tài chính" each document gets its own date. A date in an
 * effective-date phrase ("có hiệu lực thi hành kể từ ngày …", "từ ngày", "đến ngày") is never an
 * issue date.
 */
final class CitationReader {

    /** Lead phrases, longest first, each with the relation it gives. */
    private static final String[][] RELATIONS = {
        {"trên cơ sở xem xét", "trên cơ sở xem xét"},
        {"sửa đổi, bổ sung", "sửa đổi"},
        {"sửa đổi bổ sung", "sửa đổi"},
        {"kèm theo", "kèm theo"},
        {"tiếp theo", "tiếp theo"},
        {"căn cứ", "căn cứ"},
        {"căn cư", "căn cứ"},
        {"thực hiện", "thực hiện"},
        {"hướng dẫn", "hướng dẫn"},
        {"sửa đổi", "sửa đổi"},
        {"bổ sung", "bổ sung"},
        {"thay thế", "thay thế"},
        {"bãi bỏ", "bãi bỏ"},
        {"theo", "theo"},
    };
    private static final Pattern RELATION = Pattern.compile("(?<!\\p{L})(" + java.util.Arrays.stream(RELATIONS)
            .map(r -> Pattern.quote(r[0])).collect(Collectors.joining("|")) + ")(?!\\p{L})");

    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?u)(?<!\\p{L})(Bộ luật|BỘ LUẬT|Luật|LUẬT|Pháp lệnh|Hiến pháp)[ \\t]+(?!này|số|sửa đổi)(\\p{L}[\\p{L}\\d ,\\-–]*)");
    private static final FirstCharScan.Start NAMED_LAW_START =
            FirstCharScan.Start.anyOf("BLPH").thenAnyOf("ộỘuUhi").notAfterLetter();
    private static final Pattern NAME_STOP = Pattern.compile(
            "(?u)[,;.:()\\[\\]“”\"\\n]|(?<!\\p{L})(?:ngày|số|năm \\d|có hiệu lực|được|đã|thì|quy định|hiện hành|để|nhưng|mà|do|tại|"
                    + "đối với|trong|theo)(?!\\p{L})|(?<!\\p{L})và (?=Luật|Bộ luật|Nghị định|Pháp lệnh|Thông tư)");
    private static final Pattern DATE_PHRASE = Pattern.compile("(?iu)(?<!\\p{L})ngày(?!\\p{L})");
    private static final FirstCharScan.Start DATE_PHRASE_START =
            FirstCharScan.Start.anyOfIgnoringCase("n").thenAnyOfIgnoringCase("g").notAfterLetter();
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?iu)(?:(?<!\\p{L})(?:hiệu lực|kể từ|từ|trước|sau|cho đến)[^\\p{L}]*(?:thi hành[^\\p{L}]*)?(?:kể từ[^\\p{L}]*)?"
                    + "|từ ngày[^;]{0,30}(?<!\\p{L})đến[^\\p{L}]*)$");
    // The first letters of EFFECTIVE's phrases (hiệu lực, kể từ, từ, trước, sau, cho đến).
    private static final FirstCharScan.Start EFFECTIVE_START = FirstCharScan.Start.anyOfIgnoringCase("hktsc");
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "(?u)[,;.()\\[\\]:“”\"\\n]|(?<!\\p{L})(?:về|quy định|hướng dẫn|ban hành|sửa đổi|bổ sung|phê duyệt|thông qua|ngày|"
                    + "có hiệu lực|v/v|tại|đối với|để|được|nhằm|trong|thực hiện|cho|phân công|công bố|đã)(?!\\p{L})"
                    // "và" joins two bodies or is part of one ("Bộ Khoa học và Công nghệ"); before a lower-case word it ends the issuer.
                    + "|(?<!\\p{L})và(?=\\s+\\p{Ll})");
    private static final int MAX_DATE_DISTANCE = 1500;
    private static final int NEAR = 20;

    private final Pattern typeName;
    private final FirstCharScan.Start typeNameStart;
    private final Pattern typeBefore;
    private final Pattern codeBefore;

    CitationReader(DocumentTypes types) {
        String names = types.names().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String codes = types.codes().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // Names overlap ("Bộ luật" holds "luật"), so every start is found: the pattern is a lookahead.
        this.typeName = Pattern.compile("(?iu)(?=(" + names + "))");
        // Where a name can start: its first letter, at a word's start (the names found elsewhere are dropped).
        this.typeNameStart = FirstCharScan.Start.anyOfIgnoringCase(types.names().stream()
                .filter(n -> !n.isEmpty()).map(n -> n.substring(0, 1)).collect(Collectors.joining())).notAfterLetter();
        // "Kế hoạch số 40/…", "Quyết định giám đốc thẩm số 06/…", "Luật Tổ chức Chính phủ số 63/…", "Nghị định 30/…"
        this.typeBefore = Pattern.compile("(?iu)(" + names + ")(?:(?:[ \\t]+(?!số(?!\\p{L}))\\p{L}+){0,8}?[ \\t]+số(?:[ \\t]+hiệu)?)?[ \\t]*:?[ \\t]*\\n?[ \\t]*$");
        // "HD số 01/HĐ-HĐND": a type code written as the type word.
        this.codeBefore = Pattern.compile("(?u)(?<!\\p{L})(" + codes + ")[ \\t]+số[ \\t]*:?[ \\t]*$");
    }

    /** A citation under construction. */
    private static final class Draft {
        Optional<String> typeName = Optional.empty();
        Optional<DocumentNumber> number = Optional.empty();
        Optional<String> name = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> issuer = Optional.empty();
        String relation = Citation.GENERIC_RELATION;
        int start;
        int end;
        int typeStart;

        Citation toCitation(String text) {
            int[] s = Sentences.around(text, start);
            String sentence = SPACES.matcher(text.substring(s[0], s[1]).strip()).replaceAll(" ");
            return new Citation(relation, typeName, number, name, date, issuer, start, end, sentence);
        }
    }

    /**
     * Every citation in the text, in text order. Numbers inside {@code [skipStart, skipEnd)} (the
     * document's own header number) and numbers with the key {@code ownKey} (the document naming
     * itself, as an annex does) are not citations.
     */
    List<Citation> read(String text, int skipStart, int skipEnd, Optional<String> ownKey) {
        List<Draft> drafts = new ArrayList<>();
        for (NumberMention m : DocumentNumber.findAll(text)) {
            boolean inHeader = m.start() < skipEnd && m.end() > skipStart;
            if (inHeader || ownKey.filter(k -> k.equals(m.number().key())).isPresent()) {
                continue;
            }
            Draft d = new Draft();
            d.number = Optional.of(m.number());
            d.start = m.start();
            d.end = m.end();
            d.typeStart = m.start();
            typeWordBefore(text, m.start()).ifPresent(t -> {
                d.typeName = Optional.of(text.substring(t[0], t[1]));
                d.start = t[0];
                d.typeStart = t[0];
            });
            drafts.add(d);
        }
        addNamedLaws(text, drafts);
        if (drafts.isEmpty()) {
            // Nothing to give a relation or a date to: the passes over the whole text would find no owner.
            return List.of();
        }
        drafts.sort(Comparator.comparingInt(d -> d.start));
        assignRelations(text, drafts);
        assignDates(text, drafts);
        return drafts.stream().map(d -> d.toCitation(text)).toList();
    }

    private Optional<int[]> typeWordBefore(String text, int numberStart) {
        int from = Math.max(0, numberStart - 120);
        String before = text.substring(from, numberStart);
        // The nearest type word that leads up to the number ("… này thay thế Quyết định số 181/…"),
        // written out in full ("Bộ luật", not the "luật" inside it).
        // Only the names at a word's start count, so the lookahead is tried only there.
        List<int[]> names = new ArrayList<>();
        Matcher n = typeName.matcher(before);
        for (int i = 0; FirstCharScan.find(n, before, i, typeNameStart); i = n.start() + 1) {
            names.add(new int[] {n.start(), n.end(1)});
        }
        Matcher m = typeBefore.matcher(before);
        for (int k = names.size() - 1; k >= 0; k--) {
            m.region(names.get(k)[0], before.length());
            if (m.lookingAt()) {
                int start = m.start(1);
                int end = m.end(1);
                for (int j = k - 1; j >= 0 && names.get(j)[1] >= end; j--) {
                    if (names.get(j)[1] == end) {
                        start = names.get(j)[0];
                    }
                }
                return Optional.of(new int[] {from + start, from + end});
            }
        }
        Matcher c = codeBefore.matcher(before);
        if (endsWithSo(before) && c.find()) {
            return Optional.of(new int[] {from + c.start(1), from + c.end(1)});
        }
        return Optional.empty();
    }

    /**
     * Whether the text ends with "số", apart from spaces, tabs, colons and a final line break: what
     * {@code codeBefore} (anchored with {@code $}) needs, checked before running it over the text.
     */
    private static boolean endsWithSo(String before) {
        int end = before.length();
        while (end > 0 && " \t:\n\r\u0085\u2028\u2029".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        return before.startsWith("số", end - 2);
    }

    /** Named laws without a number: "Luật Tổ chức chính quyền địa phương", "Bộ luật Dân sự". */
    private static void addNamedLaws(String text, List<Draft> drafts) {
        Matcher m = NAMED_LAW.matcher(text);
        int from = 0;
        while (from < text.length() && FirstCharScan.find(m, text, from, NAMED_LAW_START)) {
            from = m.end(1);
            int typeStart = m.start(1);
            if (drafts.stream().anyMatch(d -> d.typeStart == typeStart || (typeStart >= d.start && typeStart < d.end))) {
                continue;
            }
            String rest = m.group(2);
            Matcher stop = NAME_STOP.matcher(rest);
            String name = (stop.find() ? rest.substring(0, stop.start()) : rest).strip();
            String[] words = SPACES.split(name);
            if (name.isEmpty() || words.length > 14) {
                continue;
            }
            // Named only when the law is named by more than a lower-case word ("luật định" is no name).
            Draft d = new Draft();
            d.typeName = Optional.of(m.group(1));
            // The name is written with its type word, as laws are named ("Luật Tổ chức chính quyền địa phương").
            d.start = typeStart;
            d.typeStart = typeStart;
            d.end = m.start(2) + m.group(2).indexOf(name) + name.length();
            d.name = Optional.of(SPACES.matcher(text.substring(typeStart, d.end)).replaceAll(" "));
            drafts.add(d);
            from = d.end;
        }
    }

    private static void assignRelations(String text, List<Draft> drafts) {
        String lower = text.toLowerCase(Locale.ROOT);
        Draft previous = null;
        for (Draft d : drafts) {
            int[] sentence = Sentences.around(text, d.start);
            int from = sentence[0];
            if (previous != null && previous.end > from && previous.end <= d.start) {
                from = previous.end;
            }
            int comma = lastClauseComma(lower, from, d.typeStart);
            int windowStart = Math.max(from, comma);
            String window = lower.substring(windowStart, d.typeStart);
            Matcher r = RELATION.matcher(window);
            String found = null;
            int foundAt = -1;
            while (r.find()) {
                found = r.group(1);
                foundAt = windowStart + r.start(1);
            }
            boolean sameSentence = previous != null && previous.end > sentence[0] && previous.end <= d.start;
            if (found != null) {
                d.relation = relationOf(found);
                if (STATUS_RELATIONS.contains(d.relation)) {
                    d.relation = statusOrNot(lower, d.relation, foundAt, sameSentence ? previous : null, sentence[0]);
                }
            } else if (sameSentence && connectorsOnly(text.substring(previous.end, d.typeStart))) {
                d.relation = previous.relation;
            } else if (sameSentence && STATUS_RELATIONS.contains(previous.relation)
                    && nextInList(lower.substring(previous.end, d.typeStart))) {
                // "thay thế Nghị định số 93/… quy định về tổ chức, hoạt động … và Nghị định số 136/…": one verb, two objects.
                d.relation = previous.relation;
            }
            // Declared expired ("… hết hiệu lực"): what no lead phrase of its own governs is repealed by this document.
            if (found == null && declaredExpired(lower, d.end, sentence[1])) {
                d.relation = REPEALED;
            }
            previous = d;
        }
    }

    private static final String REPEALED = "bãi bỏ";
    /** The relations by which this document changes the one it cites (its status: replaced, repealed, amended). */
    private static final java.util.Set<String> STATUS_RELATIONS = java.util.Set.of("thay thế", REPEALED, "sửa đổi", "bổ sung");
    private static final Pattern PASSIVE = Pattern.compile("(?u)(?<!\\p{L})(?:được|bị)$");
    private static final Pattern ALREADY = Pattern.compile("(?u)(?<!\\p{L})đã\\s+");
    private static final Pattern COORDINATED = Pattern.compile("(?u)(?:[,;:]|(?<!\\p{L})(?:và|hoặc|đồng thời|đồng thời là))$");
    private static final Pattern THIS_DOCUMENT = Pattern.compile(
            "(?u)(?<!\\p{L})(?:văn bản|nghị quyết|nghị định|quyết định|thông tư|thông tư liên tịch|luật|bộ luật|pháp lệnh|chỉ thị"
                    + "|kế hoạch|quy chế|quy định|thông báo|hướng dẫn) này(?!\\p{L})");
    private static final Pattern EXPIRED = Pattern.compile("(?u)(?<!\\p{L})hết hiệu lực(?!\\p{L})");

    /**
     * A status phrase ("thay thế", "bãi bỏ", "sửa đổi, bổ sung") gives its relation only when this
     * document is the one acting: not in the passive ("được sửa đổi, bổ sung bởi Luật số …"), and
     * not inside the description of the document cited just before ("Nghị định số 136/… của Chính
     * phủ sửa đổi, bổ sung … Nghị định số 93/…": there the decree 136 amends 93, this one does not).
     * Then the mention takes the lead phrase of the one before it ("Căn cứ Nghị định số 09/… sửa
     * đổi, bổ sung Nghị định số 110/…": both are bases), or none when that one was itself a change.
     */
    private static String statusOrNot(String lower, String relation, int phraseAt, Draft previous, int sentenceStart) {
        int leadFrom = previous != null ? previous.end : sentenceStart;
        String lead = lower.substring(leadFrom, phraseAt).strip();
        String inherited = previous != null && !STATUS_RELATIONS.contains(previous.relation)
                ? previous.relation : Citation.GENERIC_RELATION;
        if (PASSIVE.matcher(ALREADY.matcher(lead).replaceAll("")).find()) {
            return inherited;
        }
        if (previous != null && !lead.isEmpty() && !COORDINATED.matcher(lead).find()) {
            return inherited;
        }
        return relation;
    }

    /** Between two objects of one verb: ends with "và", "hoặc", "," or ";" (the first's description may run long). */
    private static boolean nextInList(String between) {
        String t = between.strip();
        if (t.length() > 600 || t.endsWith(":") || !COORDINATED.matcher(t).find()) {
            return false;
        }
        // A ";" or ":" inside ends the first object's clause: what follows may be a new sentence part.
        String inner = t.substring(0, t.length() - 1);
        return !inner.contains(";") && !inner.contains(":") && !inner.contains("\n");
    }

    /**
     * "Nghị định số 61/1998/NĐ-CP … hết hiệu lực thi hành" in a sentence where this document speaks
     * of itself ("Nghị định này có hiệu lực …"): it repeals what it declares expired.
     */
    private static boolean declaredExpired(String lower, int from, int sentenceEnd) {
        if (from >= sentenceEnd) {
            return false;
        }
        String rest = lower.substring(from, sentenceEnd);
        Matcher e = EXPIRED.matcher(rest);
        if (!e.find()) {
            return false;
        }
        int[] s = Sentences.around(lower, from);
        return THIS_DOCUMENT.matcher(lower.substring(s[0], s[1])).find();
    }

    /** The last comma that closes a clause ("…, Thường trực ban hành"), not the one in "sửa đổi, bổ sung". */
    private static int lastClauseComma(String lower, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (lower.charAt(i) == ',' && !lower.startsWith("sửa đổi", Math.max(0, i - 7))) {
                return i + 1;
            }
        }
        return from;
    }

    /** Between two citations of one list: "và", a comma, a date or issuer of the first ("… ngày …, và"). */
    private static boolean connectorsOnly(String between) {
        // What the first item says of itself goes: its date, year, issuer, title ("về …") and a remark in brackets.
        String t = LIST_DATES.matcher(between).replaceAll(" ");
        t = BRACKETED.matcher(t).replaceAll(" ");
        // A title running to the ';' that closes the item may hold commas ("về dự toán thu, chi …;").
        t = TITLE_TO_SEMICOLON.matcher(t).replaceAll(";");
        t = TITLE_TO_COMMA.matcher(t).replaceAll(" ").strip();
        return t.length() <= 12 && CONNECTORS.matcher(t).replaceAll("").isEmpty();
    }

    private static final Pattern LIST_DATES = Pattern.compile(
            "(?iu)ngày\\s*[\\d/.\\-]+|ngày\\s*\\d{1,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*\\d{4}|năm\\s*\\d{4}");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern TITLE_TO_SEMICOLON = Pattern.compile("(?u)(?<!\\p{L})(?:của|về)\\s+[^;()]*;");
    private static final Pattern TITLE_TO_COMMA = Pattern.compile("(?u)(?<!\\p{L})(?:của|về)\\s+[^,;()]*");
    private static final Pattern CONNECTORS = Pattern.compile("(?u)(?<!\\p{L})(?:và|hoặc)(?!\\p{L})|[,;\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String relationOf(String phrase) {
        for (String[] r : RELATIONS) {
            if (r[0].equals(phrase)) {
                return r[1];
            }
        }
        return Citation.GENERIC_RELATION;
    }

    private static void assignDates(String text, List<Draft> drafts) {
        // A date goes only to a mention that ends before it (ownerOf): earlier dates (the header's) have none.
        int firstEnd = drafts.stream().mapToInt(d -> d.end).min().orElse(Integer.MAX_VALUE);
        Matcher m = DATE_PHRASE.matcher(text);
        for (int from = 0; FirstCharScan.find(m, text, from, DATE_PHRASE_START); from = m.end()) {
            int at = m.start();
            if (at < firstEnd) {
                continue;
            }
            String lead = text.substring(Math.max(0, at - 40), at);
            if (FirstCharScan.find(EFFECTIVE.matcher(lead), lead, 0, EFFECTIVE_START)) {
                continue;
            }
            Optional<DateMention> date = DateMentions.first(text.substring(at, Math.min(text.length(), at + 40)))
                    .filter(dm -> dm.start() <= 6);
            if (date.isEmpty()) {
                continue;
            }
            int dateEnd = at + date.get().end();
            Optional<String> issuer = issuerAt(text, dateEnd, nextStart(drafts, dateEnd));
            Optional<Draft> owner = ownerOf(text, drafts, at, date.get().date(), issuer.isPresent());
            if (owner.isEmpty()) {
                continue;
            }
            owner.get().date = Optional.of(date.get().date());
            owner.get().issuer = issuer.or(() -> owner.get().issuer);
        }
        for (Draft d : drafts) {
            if (d.issuer.isEmpty() && d.date.isEmpty()) {
                d.issuer = issuerAt(text, d.end, nextStart(drafts, d.end));
            }
        }
    }

    /** Where the next mention starts after {@code at}: an issuer stated before it ends there. */
    private static int nextStart(List<Draft> drafts, int at) {
        return drafts.stream().mapToInt(d -> d.start).filter(s -> s >= at).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Which mention a date belongs to. A date written right after a mention ("số 40/KH-HĐND ngày
     * …", "Luật … ngày …") is that mention's, or the latest one still without a date when dates
     * close nested mentions in turn. A date further away belongs to a mention only when it names
     * an issuer too ("… ngày 11/11/2016 của Quốc hội", the way a title-long citation closes), and
     * then to the outermost mention still open: the document whose title ran until there. A law
     * named inside that title does not take it, nor does a number whose year is not the date's.
     */
    private static Optional<Draft> ownerOf(String text, List<Draft> drafts, int at, LocalDate date, boolean withIssuer) {
        int sentenceStart = Sentences.around(text, at, MAX_DATE_DISTANCE)[0];
        List<Draft> open = new ArrayList<>();
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.end > at) {
                continue;
            }
            if (d.end < sentenceStart || at - d.end > MAX_DATE_DISTANCE) {
                break;
            }
            // A number that carries its year (15/2020/NQ-HĐND) was not issued in another year.
            boolean yearFits = d.number.flatMap(DocumentNumber::year).map(y -> y == date.getYear()).orElse(true);
            if (d.date.isEmpty() && yearFits) {
                open.add(d);
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Draft latest = open.get(0);
        boolean near = at - latest.end <= NEAR;
        if (near && !(withIssuer && latest.number.isEmpty())) {
            return Optional.of(latest);
        }
        if (!withIssuer) {
            return near ? Optional.of(latest) : Optional.empty();
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Draft outer = open.get(i);
            if (outer.number.isPresent()) {
                return Optional.of(outer);
            }
        }
        return Optional.of(latest);
    }

    /** "của HĐND tỉnh", "của Thường trực HĐND huyện": the issuer stated right at {@code at}. */
    private static Optional<String> issuerAt(String text, int at, int limit) {
        String rest = joinWrappedLines(text.substring(at, Math.min(text.length(), Math.min(limit, at + 200))));
        Matcher m = OF_ISSUER.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        String after = rest.substring(m.end());
        Matcher stop = ISSUER_STOP.matcher(after);
        String issuer = (stop.find() ? after.substring(0, stop.start()) : after).strip();
        issuer = endOfPlaceName(SPACES.matcher(issuer).replaceAll(" "));
        if (issuer.isEmpty() || issuer.length() > 90) {
            return Optional.empty();
        }
        return Optional.of(issuer);
    }

    private static final Pattern OF_ISSUER = Pattern.compile("(?u)^[ \\t]*,?[ \\t]*của[ \\t]+(?=\\p{Lu})");

    /** A single line break inside a wrapped paragraph is a space; a blank line or a new lead phrase is not. */
    private static String joinWrappedLines(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '\n' && (i + 1 >= b.length() || b.charAt(i + 1) != '\n') && (i == 0 || b.charAt(i - 1) != '\n')
                    && !LINE_LEAD.matcher(b.substring(i + 1)).lookingAt()) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static final Pattern LINE_LEAD = Pattern.compile("(?iu)[ \\t]*(?:căn cứ|trên cơ sở|xét|theo|thực hiện|[-+•\\d(])");
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("tỉnh", "huyện", "quận", "xã", "phường", "thành phố", "thị xã", "thị trấn");

    /**
     * A body named with its place ends where the place name ends: "HĐND tỉnh Hòa Nam quy định…" is
     * "HĐND tỉnh Hòa Nam", "Thường trực HĐND huyện tổng hợp ý kiến…" is "Thường trực HĐND huyện".
     * After a place word only capitalised words (the place's name) or "và" with another body go on.
     */
    static String endOfPlaceName(String issuer) {
        String[] w = issuer.split(" ");
        boolean afterPlace = false;
        for (int i = 0; i < w.length; i++) {
            String lower = w[i].toLowerCase(Locale.ROOT);
            String pair = i + 1 < w.length ? lower + " " + w[i + 1].toLowerCase(Locale.ROOT) : "";
            if (PLACE_WORDS.contains(pair) && w[i].equals(lower)) {
                afterPlace = true;
                i++;
                continue;
            }
            boolean society = lower.equals("xã") && pair.equals("xã hội");
            if (PLACE_WORDS.contains(lower) && w[i].equals(lower) && !society) {
                afterPlace = true;
                continue;
            }
            if (afterPlace && w[i].equals(lower) && !(lower.matches("[uủ][yỷ]") && i > 0 && PLACE_WORDS.contains(w[i - 1].toLowerCase(Locale.ROOT)))) {
                boolean andAnother = lower.equals("và") && i + 1 < w.length && !w[i + 1].equals(w[i + 1].toLowerCase(Locale.ROOT));
                if (!andAnother) {
                    return String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
                }
                afterPlace = false;
            }
        }
        return issuer;
    }
}
