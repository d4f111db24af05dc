-- Staff corrections of a document's metadata, kept apart from what extraction read.
-- The documents row holds the effective values (every reader, SQL or Java, sees the corrected
-- ones); this table holds each correction with the extracted value it overrides, so clearing it
-- restores that value and a later re-extraction cannot silently undo it (a trigger installed by
-- CorrectionStore writes the corrections back over any new extraction and remembers the new
-- extracted value).
CREATE TABLE IF NOT EXISTS document_corrections (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field TEXT NOT NULL,              -- number, type, issuer, parentIssuer, issued, place, title, sessionNumber, sessionKind, sessionTerm, signer
    value TEXT NOT NULL,              -- the corrected value as shown (ISO date, number as written, type name)
    extracted TEXT,                   -- the value read from the text that the correction overrides (NULL: none was read)
    corrected_by TEXT NOT NULL,       -- the staff token's label or the name given on the command line
    corrected_at TEXT NOT NULL,       -- ISO instant
    note TEXT,
    columns TEXT NOT NULL,            -- JSON: the documents columns the correction sets, display column first
    extracted_columns TEXT NOT NULL,  -- JSON: the same columns as extraction wrote them
    PRIMARY KEY (document_id, field)
);
