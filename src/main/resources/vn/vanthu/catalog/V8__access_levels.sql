-- Who may see each document (issue 10): 'public', 'internal' or 'confidential'. Documents archived
-- before access levels existed are public, as they were. Who set the level and when (the ingest
-- that derived it, or a staff member's change) is kept beside it.
ALTER TABLE documents ADD COLUMN access_level TEXT NOT NULL DEFAULT 'public'
    CHECK (access_level IN ('public', 'internal', 'confidential'));
ALTER TABLE documents ADD COLUMN access_set_by TEXT;
ALTER TABLE documents ADD COLUMN access_set_at TEXT;
CREATE INDEX IF NOT EXISTS documents_access_level ON documents(access_level);
