-- Documents whose index entry may lag behind the catalog: marked before a change to what the entry
-- holds (a correction, an access level, OCR text), cleared once the index has committed the change.
-- A mark left by a killed process makes the next ingest or server start index the document again.
CREATE TABLE IF NOT EXISTS index_pending (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id)
);
