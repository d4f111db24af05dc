-- The catalog: the truth about every archived document (the Lucene index is derived from it).
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT    NOT NULL UNIQUE,
    filename        TEXT    NOT NULL,
    source_path     TEXT,
    media_type      TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    ingested_at     TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    warnings        TEXT    NOT NULL DEFAULT '',
    number_raw      TEXT,
    number_no       TEXT,
    number_year     INTEGER,
    number_type     TEXT,
    number_issuer   TEXT,
    number_key      TEXT,
    type_code       TEXT,
    type_name       TEXT,
    issued          TEXT,
    place           TEXT,
    issuer          TEXT,
    parent_issuer   TEXT,
    title           TEXT,
    session_number  INTEGER,
    session_term    INTEGER,
    session_kind    TEXT,
    signer          TEXT
);
CREATE INDEX documents_number_key ON documents(number_key);
CREATE INDEX documents_issued ON documents(issued);

CREATE TABLE citations (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    relation      TEXT    NOT NULL,
    type_name     TEXT,
    number_raw    TEXT,
    number_no     TEXT,
    number_year   INTEGER,
    number_type   TEXT,
    number_issuer TEXT,
    number_key    TEXT,
    name          TEXT,
    date          TEXT,
    issuer        TEXT,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    sentence      TEXT    NOT NULL
);
CREATE INDEX citations_document ON citations(document_id);
CREATE INDEX citations_number_key ON citations(number_key);

-- Files that could not be ingested, with the reason, until a later run succeeds.
CREATE TABLE failures (
    path      TEXT PRIMARY KEY,
    sha256    TEXT,
    reason    TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
