package vn.vanthu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * An optional ranking hint that disappears at rewrite when no document of the index matches it:
 * the query "cử tri" asks for a document type named "cu tri" and an issuer with those words, and
 * neither exists. Left in, such a clause turns the search's top level
 * into required words plus optional hints, which Lucene scores without skipping (its
 * required-and-optional scorer passes no minimum competitive score down to the words); without
 * it, the words alone are the query and block-max skipping applies. The score of every document is
 * the same either way: the clause matched nothing.
 *
 * <p>The terms of the plain term clauses that must match are looked up first (most hints fall
 * there, at the cost of a dictionary lookup); a hint that passes is then searched for one match.
 * Dropping a hint can change a total that is reported as a lower bound ("at least N"): the
 * counting stops at a different point once the words are searched with skipping.
 */
final class TermsPresentQuery extends Query {
    private final Query query;

    TermsPresentQuery(Query query) {
        this.query = Objects.requireNonNull(query);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Term> required = requiredTerms(query);
        for (Term t : required) {
            if (reader.docFreq(t) == 0) {
                return new MatchNoDocsQuery("no document holds " + t);
            }
        }
        // Each word may be in some document and no document match the whole hint ("ĐBQH": every word
        // is in some issuer's name, none holds all four). The first match found, or none, settles it.
        if (!FirstMatch.exists(uncached(reader), query)) {
            return new MatchNoDocsQuery("no document matches " + query);
        }
        return query;
    }

    /** A plain searcher of the same reader: the check must not fill or read the search's query cache. */
    private static IndexSearcher uncached(IndexReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setQueryCache(null);
        return s;
    }

    /** The terms of the query's required term clauses (under MUST or FILTER all the way down). */
    static List<Term> requiredTerms(Query query) {
        List<Term> out = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST || occur == Occur.FILTER ? this : QueryVisitor.EMPTY_VISITOR;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (q instanceof TermQuery) {
                    out.add(terms[0]);
                }
            }
        });
        return out;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "ifpresent(" + query.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && query.equals(((TermsPresentQuery) o).query);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + query.hashCode();
    }
}
