-- Council sessions as records of their own (issue 7), and which session each document belongs to.
-- IF NOT EXISTS: migrations of parallel branches may run in a different order.
CREATE TABLE IF NOT EXISTS sessions (
    id             INTEGER PRIMARY KEY,
    number         INTEGER NOT NULL,
    term           INTEGER,
    kind           TEXT    NOT NULL,
    opening        TEXT,
    closing        TEXT,
    dates_source   TEXT    NOT NULL DEFAULT '',
    corrected_by_staff INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT    NOT NULL
);
-- term may be unknown (NULL); a unique index with a COALESCE keeps one row per session either way.
CREATE UNIQUE INDEX IF NOT EXISTS sessions_key ON sessions(number, COALESCE(term, 0), kind);

CREATE TABLE IF NOT EXISTS session_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    method      TEXT    NOT NULL,
    reason      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS session_documents_session ON session_documents(session_id);
