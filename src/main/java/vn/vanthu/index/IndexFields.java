package vn.vanthu.index;

/** Every field name of the Lucene index, in one place. */
final class IndexFields {
    /** The catalog id, as a string term (for deletes) and a stored value. */
    static final String ID = "id";
    /** Canonical key of the document's own number. */
    static final String NUMBER_KEY = "number_key";
    /** Canonical keys of the numbers the document cites. */
    static final String CITED_KEY = "cited_key";

    /**
     * The text and the title, diacritics kept. There are no folded or syllable-bigram fields: a query
     * folds and pairs its words over these ({@code FoldedQuery}, {@code SyllablePairQuery}).
     */
    static final String TEXT_EXACT = "text";
    static final String TITLE_EXACT = "title";
    /**
     * Fields of the layout before query-time folding: an index that still has them works (searches
     * do not read them), and {@code vanthu reindex} drops them.
     */
    static final java.util.List<String> RETIRED_TEXT_FIELDS = java.util.List.of("text_folded", "text_bi",
            "text_folded_bi", "title_folded");

    /** Type code (KH) and folded type name (ke hoach), for the loai: filter. */
    static final String TYPE_CODE = "type_code";
    static final String TYPE_FOLDED = "type_folded";
    /** The issuer's words, folded, for the coquan: filter. */
    static final String ISSUER_FOLDED = "issuer_folded";
    /** Session number and term, for the kyhop: and khoa: filters. */
    static final String SESSION_NUMBER = "session_no";
    static final String TERM = "term";
    /** ISO dates: the issue date and every date the text mentions, in whatever spelling. */
    static final String DATE_KEY = "date";

    /** Who may see the document ("public", "internal", "confidential"): every search filters on it. */
    static final String ACCESS = "access";

    /** Issue date as epoch day: a point for ranges, doc values for sorting. */
    static final String ISSUED_DAY = "issued_day";

    /** Facet dimensions; each is also indexed as a keyword for filtering under "f_" + name. */
    static final String FACET_TYPE = "type";
    static final String FACET_ISSUER = "issuer";
    static final String FACET_YEAR = "year";
    static final String FACET_SESSION = "session";
    /** The council term as a number ("11" for khóa XI). */
    static final String FACET_TERM = "term";
    /** Documents per issue month ("2016-11"), counted from {@link #ISSUED_DAY}'s doc values, not a stored facet. */
    static final String FACET_MONTH = "month";

    static String filterField(String dimension) {
        return "f_" + dimension;
    }

    /** Stored display values, so a results page needs no catalog lookups. */
    static final String STORED_NUMBER = "s_number";
    static final String STORED_TYPE = "s_type";
    static final String STORED_TITLE = "s_title";
    static final String STORED_ISSUER = "s_issuer";
    static final String STORED_ISSUED = "s_issued";
    static final String STORED_SESSION = "s_session";
    static final String STORED_TEXT = "s_text";

    private IndexFields() {
    }
}
