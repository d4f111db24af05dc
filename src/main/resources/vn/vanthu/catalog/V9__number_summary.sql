-- Per-number summary of the citations that find no archived document: how many, by how many
-- documents, first and last cited. The missing-documents report reads one row per number from it
-- instead of regrouping every citation on each call; XrefStore keeps it current whenever it stores
-- resolutions (the only time a citation becomes or stops being missing).
CREATE TABLE IF NOT EXISTS number_summary (
    number_key  TEXT    PRIMARY KEY,
    missing     INTEGER NOT NULL,
    citers      INTEGER NOT NULL,
    first_cited TEXT,
    last_cited  TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS number_summary_rank ON number_summary(missing DESC, number_key);

-- A catalog resolved before this table existed.
INSERT OR REPLACE INTO number_summary (number_key, missing, citers, first_cited, last_cited)
SELECT c.number_key, count(*), count(DISTINCT c.document_id), min(d.issued), max(d.issued)
FROM citations c JOIN citation_resolutions r ON r.citation_id = c.id JOIN documents d ON d.id = c.document_id
WHERE r.status = 'missing' GROUP BY c.number_key;
