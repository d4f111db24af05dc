package vn.vanthu.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query in another field: what analysing the same words again for that field would give,
 * when the analyser ignores the field's name (vanthu's query analysers do). A query's words are
 * analysed once and copied to the other fields instead of analysed once per field.
 */
final class FieldCopy {
    private FieldCopy() {
    }

    /**
     * {@code query} with every term in {@code field}; null when it holds a kind of query this cannot
     * copy exactly (the caller then analyses the words for that field). A copy is only returned when
     * copying it back gives a query equal to {@code query}, so nothing is lost on the way (a
     * synonym's boost, a clause's options).
     */
    static Query to(Query query, String field) {
        Query copy = copy(query, field);
        if (copy == null) {
            return null;
        }
        String from = fieldOf(query);
        return from != null && query.equals(copy(copy, from)) ? copy : null;
    }

    /** The one field of a query's terms, or null (no term, or several fields). */
    private static String fieldOf(Query query) {
        String[] field = {null};
        boolean[] mixed = {false};
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    mixed[0] |= field[0] != null && !field[0].equals(t.field());
                    field[0] = t.field();
                }
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return mixed[0] ? null : field[0];
    }

    private static Query copy(Query q, String field) {
        if (q instanceof TermQuery t) {
            return new TermQuery(new Term(field, t.getTerm().bytes()));
        }
        if (q instanceof SynonymQuery s) {
            // The builder keeps no boost but 1 (the copy back would differ otherwise: see to()).
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            for (Term t : s.getTerms()) {
                b.addTerm(new Term(field, t.bytes()));
            }
            return b.build();
        }
        if (q instanceof PhraseQuery p) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return b.build();
        }
        if (q instanceof MultiPhraseQuery p) {
            MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(p.getSlop());
            Term[][] terms = p.getTermArrays();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                Term[] moved = new Term[terms[i].length];
                for (int j = 0; j < moved.length; j++) {
                    moved[j] = new Term(field, terms[i][j].bytes());
                }
                b.add(moved, positions[i]);
            }
            return b.build();
        }
        if (q instanceof BoostQuery b) {
            Query inner = copy(b.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                Query inner = copy(c.getQuery(), field);
                if (inner == null) {
                    return null;
                }
                b.add(inner, c.getOccur());
            }
            return b.build();
        }
        return null;
    }
}
