package vn.vanthu.index;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Ranking hints from a document's own metadata, for queries that name it rather than its text: the
 * judged sample queries showed a document losing to the many that mention it. Each hint only adds
 * to the score of documents the query already matches (SHOULD clauses), never widens the match.
 * <ul>
 *   <li>a type name among the words ("nghị quyết", "tờ trình") favours documents of that type;</li>
 *   <li>the words naming the issuer ("tổ đại biểu số 3", "TĐB") favour that issuer's documents;</li>
 *   <li>"số 85" favours the document numbered 85;</li>
 *   <li>a date favours the documents issued that day over those that only mention it.</li>
 * </ul>
 */
final class MetadataBoosts {
    private static final float TYPE_BOOST = 3f;
    private static final float ISSUER_BOOST = 3f;
    private static final float NUMBER_BOOST = 10f;
    private static final float ISSUED_BOOST = 10f;
    private static final Pattern NUMBER_AFTER_SO = Pattern.compile("\\bso (\\d{1,5})\\b");

    private MetadataBoosts() {
    }

    /** Adds the hints for the typed words (operators and all, as QueryParts left them). */
    static void addForWords(BooleanQuery.Builder root, String typed, WordsQuery wordsQuery) {
        // Excluded words (-word) name nothing the document should be favoured for.
        String words = typed.replaceAll("(^|\\s)-\\S+", " ");
        String folded = IndexValues.folded(words.replaceAll("[\"|+*()~,.;:]", " "));
        String[] syllables = folded.split(" ");
        for (int i = 0; i + 1 < syllables.length; i++) {
            // Type names are two syllables ("to trinh"); a pair that names no type matches nothing.
            should(root, new TermQuery(new Term(IndexFields.TYPE_FOLDED, syllables[i] + " " + syllables[i + 1])), TYPE_BOOST);
        }
        Matcher m = NUMBER_AFTER_SO.matcher(folded);
        while (m.find()) {
            String n = m.group(1).replaceFirst("^0+(?=\\d)", "");
            should(root, new PrefixQuery(new Term(IndexFields.NUMBER_KEY, n + "/")), NUMBER_BOOST);
        }
        Optional<Query> issuer = wordsQuery.buildIn(IndexFields.ISSUER_FOLDED, words.replaceAll("[\"|+*()~-]", " "));
        issuer.ifPresent(q -> should(root, q, ISSUER_BOOST));
    }

    /** The hint for one date of the query. */
    static void addForDate(BooleanQuery.Builder any, LocalDate date) {
        should(any, LongPoint.newExactQuery(IndexFields.ISSUED_DAY, date.toEpochDay()), ISSUED_BOOST);
    }

    private static void should(BooleanQuery.Builder b, Query q, float boost) {
        // Dropped at rewrite when the index lacks a word it needs (most pairs of words name no type):
        // the words alone then make the query, which Lucene can search with block-max skipping.
        b.add(new TermsPresentQuery(new BoostQuery(new ConstantScoreQuery(q), boost)), Occur.SHOULD);
    }
}
