package vn.vanthu.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.Automaton;

import vn.vanthu.analysis.FoldedQuery;
import vn.vanthu.analysis.FoldedSpellings;

import vn.vanthu.text.VietnameseFolding;
import vn.vanthu.text.VietnameseNormalizer;

/**
 * The words of a query as a Lucene query. Runs of plain words are analysed whole, so multi-word
 * abbreviations expand both ways ("HĐND" ⇄ "hội đồng nhân dân") and every word must match;
 * {@code "phrases"} match in order; {@code -word} and {@code -"phrase"} exclude (without regard to
 * diacritics); {@code a | b} or {@code a OR b} accept either; {@code word*} matches a prefix.
 * Each unit matches in the exact or the folded form, so a query without diacritics finds what one
 * with them finds, while exact spellings score higher. There is no folded field: the folded form is
 * a {@link FoldedQuery} over the exact field, which matches every spelling the index holds of the
 * folded words.
 */
final class WordsQuery {
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"|(\\S+)");

    /** Fields searched for words, with their weights: exactly, and folded at query time. */
    private final Map<String, Float> exactFields;
    private final Map<String, Float> foldedFields;
    private final QueryBuilder exact;
    private final QueryBuilder folded;

    WordsQuery(Analyzer exactQueryAnalyzer, Analyzer foldedQueryAnalyzer, Map<String, Float> exactFields,
               Map<String, Float> foldedFields) {
        this.exact = new QueryBuilder(exactQueryAnalyzer);
        this.folded = new QueryBuilder(foldedQueryAnalyzer);
        this.exactFields = exactFields;
        this.foldedFields = foldedFields;
    }

    /** One unit of the query: a run of words, a phrase, a prefix; excluded or not; or-ed with the next. */
    private record Unit(String text, Kind kind, boolean excluded) {
    }

    private enum Kind { WORDS, PHRASE, PREFIX, OR }

    /** The query for the words, or empty when they hold nothing searchable. */
    java.util.Optional<Query> build(String words) {
        List<Unit> units = units(words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<Query> alternatives = new ArrayList<>();
        boolean orPending = false;
        boolean any = false;
        for (Unit u : units) {
            if (u.kind() == Kind.OR) {
                orPending = !alternatives.isEmpty();
                continue;
            }
            java.util.Optional<Query> q = unit(u);
            if (q.isEmpty()) {
                continue;
            }
            if (u.excluded()) {
                all.add(q.get(), Occur.MUST_NOT);
                continue;
            }
            if (!orPending && !alternatives.isEmpty()) {
                all.add(either(alternatives), Occur.MUST);
                alternatives.clear();
            }
            alternatives.add(q.get());
            orPending = false;
            any = true;
        }
        if (!alternatives.isEmpty()) {
            all.add(either(alternatives), Occur.MUST);
        }
        return any ? java.util.Optional.of(all.build()) : java.util.Optional.empty();
    }

    private static Query either(List<Query> qs) {
        if (qs.size() == 1) {
            return qs.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        qs.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    private static List<Unit> units(String words) {
        List<Unit> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Matcher m = TOKEN.matcher(words);
        while (m.find()) {
            if (m.group(2) != null) {
                flush(run, out);
                out.add(new Unit(m.group(2), Kind.PHRASE, !m.group(1).isEmpty()));
                continue;
            }
            String t = m.group(3);
            if (t.equals("|") || t.equals("OR")) {
                flush(run, out);
                out.add(new Unit("", Kind.OR, false));
            } else if (t.startsWith("-") && t.length() > 1) {
                flush(run, out);
                out.add(new Unit(t.substring(1), Kind.WORDS, true));
            } else if (t.endsWith("*") && t.length() > 1) {
                flush(run, out);
                out.add(new Unit(t.substring(0, t.length() - 1), Kind.PREFIX, false));
            } else if (t.equals("AND") || t.equals("+")) {
                flush(run, out);
            } else {
                run.append(t.startsWith("+") ? t.substring(1) : t).append(' ');
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<Unit> out) {
        if (!run.toString().isBlank()) {
            out.add(new Unit(run.toString().strip(), Kind.WORDS, false));
        }
        run.setLength(0);
    }

    private java.util.Optional<Query> unit(Unit u) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (u.kind() == Kind.PREFIX) {
            String prefix = VietnameseFolding.fold(VietnameseNormalizer.normalize(u.text())).toLowerCase(java.util.Locale.ROOT);
            if (prefix.length() < 2) {
                return java.util.Optional.empty();
            }
            Automaton spellings = FoldedSpellings.prefixAutomaton(prefix);
            for (Map.Entry<String, Float> f : foldedFields.entrySet()) {
                b.add(new BoostQuery(new AutomatonQuery(new Term(f.getKey(), prefix), spellings), f.getValue()), Occur.SHOULD);
            }
            return java.util.Optional.of(b.build());
        }
        // Exclusions ignore diacritics: "-hội" must not let "hoi" or "hỏi" through.
        Map<String, Float> exactOnes = u.excluded() ? Map.of() : exactFields;
        // The exact analysis of the unit, per field, serves the exact clauses and the folded clauses'
        // spellings as typed: analysed once, not twice.
        Map<String, Query> exactByField = new java.util.HashMap<>();
        any |= add(b, exact, exactOnes, u, false, null, exactByField);
        boolean everySpelling = u.excluded() || !VietnameseFolding.hasDiacritics(u.text());
        any |= add(b, folded, foldedFields, u, true, everySpelling ? null : exact, exactByField);
        return any ? java.util.Optional.of(b.build()) : java.util.Optional.empty();
    }

    /** All the words in one field (folded analysis), e.g. for an issuer filter. */
    java.util.Optional<Query> buildIn(String field, String text) {
        return java.util.Optional.ofNullable(folded.createBooleanQuery(field, text, Occur.MUST));
    }

    /**
     * The unit in each field; {@code fold} makes it a {@link FoldedQuery}. Without {@code typedWith}
     * it covers every spelling (a unit typed without diacritics, all of them highlighted, or an
     * exclusion); with it (the exact analysis) a unit typed with diacritics is folded only to the
     * spellings compatible with what was typed, its own and the unaccented one, as its highlighting
     * marks them (a search for "hội" finds and marks "hội" and "hoi", not "hỏi"). The exact analysis's
     * queries are kept in {@code exactByField} (queries never change, so one may serve both clauses).
     */
    private static boolean add(BooleanQuery.Builder b, QueryBuilder builder, Map<String, Float> fields, Unit u,
                               boolean fold, QueryBuilder typedWith, Map<String, Query> exactByField) {
        boolean any = false;
        for (Map.Entry<String, Float> f : fields.entrySet()) {
            Query q = fold ? query(builder, f.getKey(), u) : exactIn(exactByField, builder, f.getKey(), u);
            if (q != null && fold) {
                Query typed = typedWith == null ? null : exactIn(exactByField, typedWith, f.getKey(), u);
                q = typed == null ? new FoldedQuery(q, !VietnameseFolding.hasDiacritics(u.text()))
                        : FoldedQuery.compatibleWith(q, typed);
            }
            if (q != null) {
                b.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
                any = true;
            }
        }
        return any;
    }

    /** The exact analysis's query of the unit in {@code field} (null when nothing is left of it), built once. */
    private static Query exactIn(Map<String, Query> exactByField, QueryBuilder exact, String field, Unit u) {
        if (!exactByField.containsKey(field)) {
            exactByField.put(field, query(exact, field, u));
        }
        return exactByField.get(field);
    }

    private static Query query(QueryBuilder builder, String field, Unit u) {
        return u.kind() == Kind.PHRASE
                ? builder.createPhraseQuery(field, u.text())
                : builder.createBooleanQuery(field, u.text(), Occur.MUST);
    }
}
