-- Cross-references (package xref): which archived document each numbered citation means, and
-- the dates each document's text mentions. Both are derived from documents and citations and
-- are recomputed after every ingestion run.

-- One row per numbered citation once it has been resolved: resolved (one target), ambiguous
-- (several candidates, listed rather than guessed) or missing (no archived document fits).
CREATE TABLE IF NOT EXISTS citation_resolutions (
    citation_id INTEGER PRIMARY KEY REFERENCES citations(id) ON DELETE CASCADE,
    status      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS citation_resolutions_status ON citation_resolutions(status);

-- The archived documents a citation may mean (one when resolved, several when ambiguous).
CREATE TABLE IF NOT EXISTS citation_targets (
    citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (citation_id, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS citation_targets_document ON citation_targets(document_id, citation_id);

-- Every calendar date a document's text mentions, with the sentence, for the date view.
CREATE TABLE IF NOT EXISTS date_mentions (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date         TEXT    NOT NULL,
    start_offset INTEGER NOT NULL,
    sentence     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS date_mentions_date ON date_mentions(date, document_id);
CREATE INDEX IF NOT EXISTS date_mentions_document ON date_mentions(document_id);

-- The documents whose dates have been read (so an old catalog is scanned once on opening).
CREATE TABLE IF NOT EXISTS date_scans (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);
