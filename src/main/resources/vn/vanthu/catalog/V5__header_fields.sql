-- The header fields read since issue 5's second pass: markings, addressees, distribution list,
-- signature block and the term's years. Lists are stored one item a line (items never hold one).
ALTER TABLE documents ADD COLUMN security TEXT;
ALTER TABLE documents ADD COLUMN urgency TEXT;
ALTER TABLE documents ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN distribution TEXT NOT NULL DEFAULT '';
-- Authority lines one a line ("TM. THƯỜNG TRỰC HĐND"); the signer's name stays in `signer`.
ALTER TABLE documents ADD COLUMN signature_authorities TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN signature_position TEXT;
ALTER TABLE documents ADD COLUMN term_from INTEGER;
ALTER TABLE documents ADD COLUMN term_to INTEGER;
CREATE INDEX IF NOT EXISTS documents_security ON documents(security)
