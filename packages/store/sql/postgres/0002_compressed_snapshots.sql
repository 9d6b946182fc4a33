-- Snapshots stored compressed. "encoding" tells how a row holds the snapshot's JSON:
--   'gzip': "data" holds the UTF-8 JSON compressed with gzip (RFC 1952; one or more members, read
--           them in order as one stream) and "checksum" is the SHA-256 of those stored bytes;
--   'json': "body" holds the JSON as text and "checksum" is the SHA-256 of that text (every row
--           written before this migration).
-- "data" is already compressed: STORAGE EXTERNAL keeps it out of line without trying pglz on it.
ALTER TABLE snapshots
  ALTER COLUMN body DROP NOT NULL,
  ADD COLUMN encoding TEXT NOT NULL DEFAULT 'json',
  ADD COLUMN data BYTEA;

ALTER TABLE snapshots ALTER COLUMN data SET STORAGE EXTERNAL;

ALTER TABLE snapshots ADD CONSTRAINT snapshots_encoding CHECK (
  (encoding = 'json' AND body IS NOT NULL AND data IS NULL)
  OR (encoding = 'gzip' AND body IS NULL AND data IS NOT NULL));
