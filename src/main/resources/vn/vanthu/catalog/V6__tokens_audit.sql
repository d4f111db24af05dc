-- Trust (issue 10): tokens with a role that can be listed and revoked, login sessions of the
-- pages, and the audit log of writes.

-- staff_tokens gains an id, a role, and its use and revocation times. SQLite cannot add a primary
-- key to a table, so the table is rebuilt; tokens issued before roles existed become staff, and a
-- token without a label is named after its row so `vanthu token revoke LABEL` can reach it.
CREATE TABLE staff_tokens_v6 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    token_sha256 TEXT NOT NULL UNIQUE,
    role         TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'admin')),
    label        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
INSERT INTO staff_tokens_v6 (token_sha256, role, label, created_at)
    SELECT token_sha256, 'staff', CASE WHEN trim(label) = '' THEN 'token ' || rowid ELSE label END, created_at
    FROM staff_tokens ORDER BY created_at, rowid;
DROP TABLE staff_tokens;
ALTER TABLE staff_tokens_v6 RENAME TO staff_tokens;
CREATE INDEX staff_tokens_label ON staff_tokens(label);

-- A page login: only the SHA-256 of the session id (the cookie) is kept. The caller is read again
-- from the token's hash on every request, so revoking the token ends its sessions at once.
CREATE TABLE IF NOT EXISTS login_sessions (
    id_sha256    TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS login_sessions_last_seen ON login_sessions(last_seen_at);

-- Who changed what and when. No foreign key on document_id: the log outlives what it describes.
CREATE TABLE IF NOT EXISTS audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    document_id INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at);
CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log(actor, at);
