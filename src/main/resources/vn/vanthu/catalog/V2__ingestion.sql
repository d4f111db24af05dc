-- Archive-grade ingestion (issue 4): zip entries linked to their container, versions of a file
-- re-ingested from the same path, documents kept without text until they are OCRed, staff tokens.
ALTER TABLE documents ADD COLUMN container_id INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN entry_path TEXT;
ALTER TABLE documents ADD COLUMN previous_version_id INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN needs_ocr INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_source_path ON documents(source_path);
CREATE INDEX documents_container ON documents(container_id);
CREATE INDEX documents_previous_version ON documents(previous_version_id);

-- Bearer tokens of staff who may upload: only the SHA-256 of each token is kept.
CREATE TABLE staff_tokens (
    token_sha256 TEXT PRIMARY KEY,
    label        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
