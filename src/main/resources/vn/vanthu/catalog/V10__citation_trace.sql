-- A number's trace (issue 6) counts, filters and pages the citations of one number key. It needs,
-- per citation, the citing document's issue date and access level: on the documents row those sit
-- after the text (overflow pages for a long document), and joining 5,000 of them per trace was
-- most of its time. They are copied here, kept current by triggers XrefStore installs (triggers
-- cannot be written in this file: the migration runner splits statements at semicolons), so one
-- covering index answers the counts and the page for any caller.
--   citer_day   the citer's issue date as days since 1970-01-01 (NULL when undated), read with
--               no parsing, sorting as the ISO text did (undated first)
--   citer_year  its year, for the counts by year (strftime on every row was half their cost)
--   citer_level the citer's access level, so a caller's hidden citers are left out in SQL,
--               before counting and paging
ALTER TABLE citations ADD COLUMN citer_day INTEGER;
ALTER TABLE citations ADD COLUMN citer_year INTEGER;
ALTER TABLE citations ADD COLUMN citer_level TEXT;

UPDATE citations SET (citer_day, citer_year, citer_level) = (SELECT CAST(julianday(d.issued) - 2440587.5 AS INTEGER),
    CAST(substr(d.issued, 1, 4) AS INTEGER), d.access_level FROM documents d WHERE d.id = citations.document_id);

-- The order of a trace's page (date, citer, text order), then what the counts and the filter read.
CREATE INDEX IF NOT EXISTS citations_trace
    ON citations(number_key, citer_day, document_id, ordinal, citer_level, relation, citer_year);
