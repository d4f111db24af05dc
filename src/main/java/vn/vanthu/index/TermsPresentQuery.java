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
 * An optional ranking hint that disappears at rewrite when a term it requires is in no document of
 * the index, so it cannot match: the query "cử tri" asks for a document type named "cu tri" and an
 * issuer with those words, and neither exists. Left in, such a clause turns the search's top level
 * into required words plus optional hints, which Lucene scores without skipping (its
 * required-and-optional scorer passes no minimum competitive score down to the words); without
 * it, the words alone are the query and block-max skipping applies. The score of every document is
 * the same either way: the clause matched nothing.
 *
 * <p>Only plain term clauses that must match are checked; a clause of any other kind is never
 * dropped.
 */
final class TermsPresentQuery extends Query {
    private final Query query;

    TermsPresentQuery(Query query) {
        this.query = Objects.requireNonNull(query);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        for (Term t : requiredTerms(query)) {
            if (reader.docFreq(t) == 0) {
                return new MatchNoDocsQuery("no document holds " + t);
            }
        }
        return query;
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
