package vn.vanthu.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import vn.vanthu.text.VietnameseFolding;

/**
 * A query written in folded terms ("hoi dong") over an exact field, which matches every spelling
 * the index holds that folds to them (hội đồng, hỏi đồng, hoi dong…): the query-time replacement of
 * an indexed folded field. At rewrite, with the searcher's reader at hand, each folded term becomes
 * a {@link SynonymQuery} of its spellings (so BM25 counts them as one term, as a folded field would)
 * and each phrase a {@link MultiPhraseQuery} whose spellings also count as one term ({@link PooledPhraseQuery}). The template may hold term, synonym, phrase, multi-phrase
 * and boolean/boost queries, as Lucene's QueryBuilder makes them.
 *
 * <p>For highlighting, {@link #visit} reports the template's terms under {@link #spellingsField}
 * when every spelling should be marked (a query typed without diacritics); otherwise it reports them
 * as they are, so only text spelled without diacritics is marked besides the exact clause's own
 * terms (a search for "hội" marks "hoi" but not "hỏi").
 *
 * <p>{@link #compatibleWith} decides both, matching and marking, word by word from what was typed:
 * a word typed with diacritics expands only to the spellings it could stand for, its own and the one
 * with every mark lost ("hội" → hội, hoi; not hỏi, hơi, hồi, which are other words); a word typed
 * without them, even beside accented ones ("kế hoạch tiep xuc"), keeps every spelling. Where the
 * index holds no unaccented spelling of an accented word, its expansion is the exact query itself,
 * which {@link BooleanQuery}'s rewrite merges with the exact clause (boosts summed): the same
 * scores for less work.
 */
public final class FoldedQuery extends Query {
    private static final String SPELLINGS_PREFIX = "\u0000spellings:";

    private final Query template;
    private final boolean markAllSpellings;
    /**
     * For each folded word typed with diacritics, the spellings it may expand to besides itself;
     * a folded word not in it keeps every spelling. Null: every word keeps every spelling.
     */
    private final Map<BytesRef, Set<BytesRef>> typed;

    /** Every spelling of the template's folded terms. */
    public FoldedQuery(Query template, boolean markAllSpellings) {
        this(template, markAllSpellings, null);
    }

    private FoldedQuery(Query template, boolean markAllSpellings, Map<BytesRef, Set<BytesRef>> typed) {
        this.template = Objects.requireNonNull(template);
        this.markAllSpellings = markAllSpellings;
        this.typed = typed;
    }

    /**
     * The folded template restricted, word by word, to the spellings compatible with what was
     * typed ({@code typed}: the exact query of the same words, in the same field). A folded term that
     * one of its terms with diacritics folds to expands to those terms and to itself (the text
     * without diacritics); any other folded term, a word typed without them, to every spelling.
     * Highlighting marks the same (see {@link #visit}).
     */
    public static FoldedQuery compatibleWith(Query template, Query typed) {
        Map<BytesRef, Set<BytesRef>> byKey = new HashMap<>();
        typed.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    String text = t.text();
                    String key = VietnameseFolding.fold(text);
                    if (!key.equals(text)) {
                        byKey.computeIfAbsent(new BytesRef(key), k -> new TreeSet<>()).add(BytesRef.deepCopyOf(t.bytes()));
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        Map<BytesRef, Set<BytesRef>> frozen = new HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new FoldedQuery(template, false, Map.copyOf(frozen));
    }

    /** Whether a folded term of this query expands to every spelling (and so marks every one). */
    private boolean everySpelling(Term folded) {
        return typed == null ? markAllSpellings : !typed.containsKey(folded.bytes());
    }

    /** The pseudo field under which {@link #visit} reports a folded term whose every spelling is a hit. */
    public static String spellingsField(String field) {
        return SPELLINGS_PREFIX + field;
    }

    /** The real field of a {@link #spellingsField}, or null for any other field name. */
    public static String fieldOfSpellings(String pseudoField) {
        return pseudoField.startsWith(SPELLINGS_PREFIX) ? pseudoField.substring(SPELLINGS_PREFIX.length()) : null;
    }

    public Query template() {
        return template;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return new Expansion(searcher.getIndexReader(), typed).expand(template);
    }

    /** One rewrite: the spellings looked up once per folded term (and remembered per reader). */
    private static final class Expansion {
        private final ReaderSpellings reader;
        private final Map<BytesRef, Set<BytesRef>> typed;
        private final Map<Term, Term[]> spellings = new HashMap<>();

        Expansion(IndexReader reader, Map<BytesRef, Set<BytesRef>> typed) {
            this.reader = ReaderSpellings.of(reader);
            this.typed = typed;
        }

        private Term[] spellings(Term folded) throws IOException {
            Term[] known = spellings.get(folded);
            if (known == null) {
                List<BytesRef> forms = reader.of(folded.field(), folded.text());
                Set<BytesRef> asTyped = typed == null ? null : typed.get(folded.bytes());
                List<Term> kept = new ArrayList<>(forms.size());
                for (BytesRef f : forms) {
                    if (asTyped == null || asTyped.contains(f) || f.bytesEquals(folded.bytes())) {
                        kept.add(new Term(folded.field(), f));
                    }
                }
                known = kept.toArray(new Term[0]);
                spellings.put(folded, known);
            }
            return known;
        }

        Query expand(Query q) throws IOException {
            if (q instanceof TermQuery t) {
                return synonyms(t.getTerm().field(), List.of(t.getTerm()));
            }
            if (q instanceof SynonymQuery s) {
                return synonyms(s.getField(), s.getTerms());
            }
            if (q instanceof PhraseQuery p) {
                MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(p.getSlop());
                Term[] terms = p.getTerms();
                int[] positions = p.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    Term[] forms = spellings(terms[i]);
                    if (forms.length == 0) {
                        return new MatchNoDocsQuery("no spelling of " + terms[i] + " in the index");
                    }
                    b.add(forms, positions[i]);
                }
                return terms.length == 0 ? new MatchNoDocsQuery("empty phrase") : phrase(b.build());
            }
            if (q instanceof MultiPhraseQuery p) {
                MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(p.getSlop());
                Term[][] terms = p.getTermArrays();
                int[] positions = p.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    List<Term> forms = new ArrayList<>();
                    for (Term t : terms[i]) {
                        forms.addAll(List.of(spellings(t)));
                    }
                    if (forms.isEmpty()) {
                        return new MatchNoDocsQuery("no spelling of a phrase word in the index");
                    }
                    b.add(forms.toArray(Term[]::new), positions[i]);
                }
                return phrase(b.build());
            }
            if (q instanceof BoostQuery b) {
                return new BoostQuery(expand(b.getQuery()), b.getBoost());
            }
            if (q instanceof BooleanQuery bq) {
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
                for (BooleanClause c : bq.clauses()) {
                    b.add(expand(c.getQuery()), c.getOccur());
                }
                return b.build();
            }
            throw new IllegalArgumentException("cannot fold a " + q.getClass().getSimpleName() + ": " + q);
        }

        /**
         * A plain {@link PhraseQuery} when each position has one spelling (the same scores as the
         * pooled form, and equal to an exact clause of the same words, so the two can merge).
         */
        private static Query phrase(MultiPhraseQuery p) {
            Term[][] terms = p.getTermArrays();
            for (Term[] forms : terms) {
                if (forms.length != 1) {
                    return new PooledPhraseQuery(p);
                }
            }
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(terms[i][0], positions[i]);
            }
            return b.build();
        }

        private Query synonyms(String field, List<Term> folded) throws IOException {
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            int n = 0;
            Term single = null;
            for (Term t : folded) {
                for (Term form : spellings(t)) {
                    b.addTerm(form);
                    single = form;
                    n++;
                }
            }
            if (n == 0) {
                return new MatchNoDocsQuery("no spelling of " + folded + " in the index");
            }
            return n == 1 ? new TermQuery(single) : b.build();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
        if (typed == null && !markAllSpellings) {
            template.visit(v);
            return;
        }
        template.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                Term[] reported = new Term[terms.length];
                for (int i = 0; i < terms.length; i++) {
                    reported[i] = everySpelling(terms[i])
                            ? new Term(spellingsField(terms[i].field()), terms[i].bytes()) : terms[i];
                }
                v.consumeTerms(query, reported);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    @Override
    public String toString(String field) {
        return "folded(" + template.toString(field) + (markAllSpellings ? "" : ", mark exact")
                + (typed == null ? "" : ", spellings typed") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && template.equals(((FoldedQuery) o).template)
                && markAllSpellings == ((FoldedQuery) o).markAllSpellings
                && Objects.equals(typed, ((FoldedQuery) o).typed);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * classHash() + template.hashCode()) + Boolean.hashCode(markAllSpellings))
                + Objects.hashCode(typed);
    }
}
